package fi.avustukset.grant.call.domain;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface GrantCallRepository extends JpaRepository<GrantCall, String> {

  long countByCallKeyStartingWith(String prefix);

  /** The call, row-locked until the transaction ends (serialises application numbering). */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from GrantCall c where c.callKey = ?1")
  Optional<GrantCall> findForUpdate(String callKey);
}

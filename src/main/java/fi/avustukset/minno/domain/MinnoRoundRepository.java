package fi.avustukset.minno.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MinnoRoundRepository extends JpaRepository<MinnoRound, String> {
  List<MinnoRound> findByRoundCodeStartingWith(String prefix);

  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select r from MinnoRound r where r.roundCode = :code")
  Optional<MinnoRound> findForUpdate(@Param("code") String code);
}

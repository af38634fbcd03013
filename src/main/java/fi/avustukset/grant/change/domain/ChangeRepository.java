package fi.avustukset.grant.change.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChangeRepository extends JpaRepository<ChangeRequest, String> {

  List<ChangeRequest> findByApplicationNumberOrderBySeq(String applicationNumber);

  boolean existsByApplicationNumberAndStatus(String applicationNumber, ChangeStatus status);
}

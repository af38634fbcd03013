package fi.avustukset.grant.obligation.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ReclaimDecisionRepository extends JpaRepository<ReclaimDecision, Long> {

  List<ReclaimDecision> findByApplicationNumberOrderById(String applicationNumber);
}

package fi.avustukset.grant.decision.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CommitteeRecusalRepository
    extends JpaRepository<CommitteeRecusal, CommitteeRecusal.Key> {

  @Query("select r from CommitteeRecusal r where r.key.applicationNumber = ?1 order by r.key.userId")
  List<CommitteeRecusal> findByApplication(String applicationNumber);
}

package fi.avustukset.grant.eligibility.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface EligibilityResultRepository
    extends JpaRepository<EligibilityResult, EligibilityResult.Key> {

  @Query("select r from EligibilityResult r where r.key.applicationNumber = ?1 order by r.key.ruleId")
  List<EligibilityResult> findByApplication(String applicationNumber);

  @Modifying
  @Query("delete from EligibilityResult r where r.key.applicationNumber = ?1")
  void deleteByApplication(String applicationNumber);
}

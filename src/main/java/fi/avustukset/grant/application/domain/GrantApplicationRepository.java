package fi.avustukset.grant.application.domain;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface GrantApplicationRepository extends JpaRepository<GrantApplication, String> {

  List<GrantApplication> findByCallKeyOrderByApplicationNumber(String callKey);

  List<GrantApplication> findByCallKeyAndBusinessIdInOrderByApplicationNumber(String callKey,
      List<String> businessIds);

  long countByCallKey(String callKey);

  /** The applications of the given organisations, newest first (the applicant's own view). */
  List<GrantApplication> findByBusinessIdInOrderBySubmittedAtDesc(List<String> businessIds);

  List<GrantApplication> findAllByOrderBySubmittedAtDesc();

  // JPQL: a cached plan (see ConflictOfInterestRepository); asked at every final decision.
  @Query("select count(a) from GrantApplication a where a.callKey = ?1 and a.status in ?2")
  long countByCallKeyAndStatusIn(String callKey, List<ApplicationStatus> statuses);

  @Query("select coalesce(max(a.applicationNumber), '') from GrantApplication a where a.callKey = ?1")
  String maxApplicationNumber(String callKey);

  @Query("select coalesce(sum(a.grantedAmount), 0) from GrantApplication a where a.callKey = ?1"
      + " and a.decision = fi.avustukset.grant.application.domain.Decision.GRANTED and a.applicationNumber <> ?2")
  BigDecimal sumGrantedExcept(String callKey, String applicationNumber);
}

package fi.avustukset.grant.eligibility.domain;

import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.errors.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Runs and records the eligibility check E1–E9 of an application (DOMAIN.md §3). */
@Service
@Transactional
public class EligibilityService {

  private final EligibilityChecker checker = new EligibilityChecker();
  private final ApplicationService applications;
  private final GrantCallService calls;
  private final EligibilityResultRepository results;

  public EligibilityService(ApplicationService applications, GrantCallService calls,
      EligibilityResultRepository results) {
    this.applications = applications;
    this.calls = calls;
    this.results = results;
  }

  public EligibilityReport check(String applicationNumber) {
    GrantApplication application = applications.find(applicationNumber)
        .orElseThrow(() -> new NotFoundException("Hakemusta " + applicationNumber + " ei ole"));
    GrantCall call = calls.find(application.getCallKey()).orElseThrow();
    EligibilityReport report = checker.check(application.data(), call.getGrantType(),
        call.getAppropriation());
    results.deleteByApplication(applicationNumber);
    results.flush();
    for (RuleResult result : report.results()) {
      results.save(new EligibilityResult(applicationNumber, result));
    }
    application.setEligible(report.eligible());
    // A failed check goes to the preparer first; completion is requested only by the preparer.
    application.setStatus(report.eligible() ? ApplicationStatus.IN_REVIEW
        : ApplicationStatus.ELIGIBILITY_REVIEW);
    return report;
  }

  /** The preparer's judgement: the open questions and failures are accepted as eligible. */
  public void acceptByJudgement(String applicationNumber) {
    GrantApplication application = applications.find(applicationNumber).orElseThrow();
    application.setEligible(true);
    application.setStatus(ApplicationStatus.IN_REVIEW);
  }

  @Transactional(readOnly = true)
  public List<EligibilityResult> results(String applicationNumber) {
    return results.findByApplication(applicationNumber);
  }
}

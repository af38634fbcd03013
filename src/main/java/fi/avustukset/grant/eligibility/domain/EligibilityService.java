package fi.avustukset.grant.eligibility.domain;

import fi.avustukset.grant.GrantProperties;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.attachment.domain.AttachmentService;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs and records the eligibility check E1–E9 of an application (DOMAIN.md §3), noting the
 * required attachments it lacks as a completion reason (EligibilityReport).
 */
@Service
@Transactional
public class EligibilityService {

  private final EligibilityChecker checker = new EligibilityChecker();
  private final ApplicationService applications;
  private final GrantCallService calls;
  private final EligibilityResultRepository results;
  private final AttachmentService attachments;

  private final GrantProperties properties;
  private final Clock clock;

  public EligibilityService(ApplicationService applications, GrantCallService calls,
      EligibilityResultRepository results, GrantProperties properties, Clock clock,
      AttachmentService attachments) {
    this.applications = applications;
    this.calls = calls;
    this.results = results;
    this.properties = properties;
    this.clock = clock;
    this.attachments = attachments;
  }

  public EligibilityReport check(String applicationNumber) {
    GrantApplication application = applications.find(applicationNumber)
        .orElseThrow(() -> new NotFoundException("Hakemusta " + applicationNumber + " ei ole"));
    GrantCall call = calls.find(application.getCallKey()).orElseThrow();
    EligibilityReport report = checker.check(application.data(), call.getGrantType(),
        call.getAppropriation(), attachments.kindsOf(applicationNumber));
    if (application.getEligible() != null) {
      // A check again (after a completion): the earlier rows go first. A first check has none
      // to delete, so it skips the bulk delete and the flush that JPA does before it.
      results.deleteByApplication(applicationNumber);
      results.flush();
    }
    for (RuleResult result : report.results()) {
      results.save(new EligibilityResult(applicationNumber, result));
    }
    application.recordEligibilityCheck(report.eligible());
    return report;
  }

  /** The preparer's judgement: the open questions and failures are accepted as eligible. */
  public void acceptByJudgement(String applicationNumber) {
    applications.find(applicationNumber).orElseThrow().markEligible();
  }

  /**
   * The preparer's review of a failed or open check (Task_ReviewEligibility, §3): validated by
   * {@link EligibilityReview}, then the application is judged eligible, asked to complete, or
   * gets a rejection proposal.
   */
  public EligibilityReview.Outcome review(String applicationNumber, EligibilityReview.Input input) {
    EligibilityReview.Outcome outcome = EligibilityReview.validate(input, LocalDate.now(clock),
        properties.completionPeriod());
    switch (outcome.choice()) {
      case ELIGIBLE -> acceptByJudgement(applicationNumber);
      case REQUEST_COMPLETION -> applications.get(applicationNumber).requestCompletion();
      case PROPOSE_REJECTION -> applications.get(applicationNumber)
          .propose(BigDecimal.ZERO.setScale(2), outcome.rejectionProposal());
    }
    return outcome;
  }

  /**
   * The requested completion did not arrive by its deadline (Task_ProposeRejectionOverdue, §3):
   * a rejection is proposed naming the deadline and the failed rules.
   */
  public void rejectAsOverdue(String applicationNumber, Object completionDue, Object failures) {
    applications.get(applicationNumber).rejectAsOverdue(EligibilityReview.OVERDUE + " ("
        + finnishDate(completionDue) + "); puutteet: " + EligibilityReview.ruleList(failures));
  }

  /** The ISO deadline as the document shows it: {@code 2027-03-15} → {@code 15.3.2027}. */
  static String finnishDate(Object isoDate) {
    try {
      return LocalDate.parse(String.valueOf(isoDate)).format(DateTimeFormatter.ofPattern("d.M.yyyy"));
    } catch (DateTimeParseException e) {
      return String.valueOf(isoDate);
    }
  }

  @Transactional(readOnly = true)
  public List<EligibilityResult> results(String applicationNumber) {
    return results.findByApplication(applicationNumber);
  }
}

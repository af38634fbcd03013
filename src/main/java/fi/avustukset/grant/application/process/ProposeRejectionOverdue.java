package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProposeRejectionOverdue: the requested completion did not arrive by its deadline. */
@Component
public class ProposeRejectionOverdue implements JavaDelegate {

  static final String REASON = "Hakija ei täydentänyt hakemusta määräaikaan mennessä";

  private final ApplicationService applications;

  public ProposeRejectionOverdue(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var application = applications.get((String) execution.getVariable(APPLICATION_NUMBER));
    application.propose(BigDecimal.ZERO.setScale(2), REASON + " ("
        + finnishDate(execution.getVariable(COMPLETION_DUE)) + "); puutteet: "
        + ApplyEligibilityReview.ruleList(execution.getVariable(ELIGIBILITY_FAILURES)));
    application.setEligible(false);
    application.setStatus(ApplicationStatus.IN_REVIEW);
    execution.setVariable(PROPOSED_DECISION, "REJECTED");
    execution.setVariable(PROPOSAL_REASON, REASON);
  }

  /** The ISO deadline as the document shows it: {@code 2027-03-15} → {@code 15.3.2027}. */
  static String finnishDate(Object isoDate) {
    try {
      return java.time.LocalDate.parse(String.valueOf(isoDate))
          .format(java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy"));
    } catch (java.time.format.DateTimeParseException e) {
      return String.valueOf(isoDate);
    }
  }
}

package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.platform.domain.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNegotiationOutcome (DOMAIN.md §2): a letter of intent (aiesopimus) becomes a
 * proposal to grant the negotiated amount; a stop becomes a proposal to reject with the notes
 * ({@link ApplicationService#recordNegotiationOutcome}).
 */
@Component
public class RecordNegotiationOutcome implements JavaDelegate {

  private final ApplicationService applications;

  public RecordNegotiationOutcome(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean letterOfIntent = "LETTER_OF_INTENT".equals(execution.getVariable(NEGOTIATION_OUTCOME));
    var application = applications.recordNegotiationOutcome(
        (String) execution.getVariable(APPLICATION_NUMBER), letterOfIntent,
        execution.getVariable(NEGOTIATED_AMOUNT), execution.getVariable(NEGOTIATION_NOTES));
    if (letterOfIntent) {
      execution.setVariable(PROPOSED_DECISION, "GRANTED");
      execution.setVariable(PROPOSED_AMOUNT, application.getProposedAmount().doubleValue());
    } else {
      execution.setVariable(PROPOSED_DECISION, "REJECTED");
      execution.setVariable(PROPOSAL_REASON, Values.text(execution.getVariable(NEGOTIATION_NOTES)));
    }
  }
}

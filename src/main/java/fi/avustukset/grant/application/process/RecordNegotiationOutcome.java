package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.platform.domain.Values;
import java.math.BigDecimal;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordNegotiationOutcome (DOMAIN.md §2): a letter of intent (aiesopimus) becomes a
 * proposal to grant the negotiated amount; a stop becomes a proposal to reject with the notes.
 */
@Component
public class RecordNegotiationOutcome implements JavaDelegate {

  private final ApplicationService applications;

  public RecordNegotiationOutcome(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var application = applications.get((String) execution.getVariable(APPLICATION_NUMBER));
    String notes = Values.text(execution.getVariable(NEGOTIATION_NOTES));
    if ("LETTER_OF_INTENT".equals(execution.getVariable(NEGOTIATION_OUTCOME))) {
      BigDecimal amount = Values.decimal(execution.getVariable(NEGOTIATED_AMOUNT)).setScale(2);
      application.setLetterOfIntent(true);
      application.propose(amount, null);
      execution.setVariable(PROPOSED_DECISION, "GRANTED");
      execution.setVariable(PROPOSED_AMOUNT, amount.doubleValue());
    } else {
      application.setLetterOfIntent(false);
      application.propose(BigDecimal.ZERO.setScale(2), "Kumppanuusneuvottelu päättyi ilman"
          + " aiesopimusta: " + notes);
      execution.setVariable(PROPOSED_DECISION, "REJECTED");
      execution.setVariable(PROPOSAL_REASON, notes);
    }
  }
}

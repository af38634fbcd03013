package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.Outcome;
import fi.avustukset.minno.domain.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordOutcome: the confirmed selection decision becomes the registration's one outcome
 * (selected, carried over to the next round — M4 — or declined with a reason); the NGO is told.
 */
@Component
public class RecordOutcome implements JavaDelegate {

  private final RegistrationService registrations;

  public RecordOutcome(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    registrations.decide((Long) execution.getVariable(REGISTRATION_ID),
        Outcome.valueOf((String) execution.getVariable(REGISTRATION_OUTCOME)),
        (String) execution.getVariable(OUTCOME_REASON));
  }
}

package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_PreScreenChallenges: the advisory M1 check of every challenge (programme themes,
 * description good enough to ideate on) for the coordinator's screening; one screening task
 * per challenge follows.
 */
@Component
public class PreScreenChallenges implements JavaDelegate {

  private final RegistrationService registrations;

  public PreScreenChallenges(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(CHALLENGE_COUNT,
        registrations.preScreen((Long) execution.getVariable(REGISTRATION_ID)));
  }
}

package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_RedirectChallenges (M2): records where the NGO was pointed for
 * the challenges that failed M1 (another funder, a funding directory); required.
 */
@Component
public class RecordRedirectAdvice implements TaskListener {

  private final RegistrationService registrations;

  public RecordRedirectAdvice(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void notify(DelegateTask task) {
    registrations.recordRedirectAdvice((Long) task.getVariable(REGISTRATION_ID),
        (String) task.getVariable(REDIRECT_ADVICE));
  }
}

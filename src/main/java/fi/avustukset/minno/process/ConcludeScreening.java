package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ConcludeScreening: how many challenges suit (M1) and how many take the M2 route. */
@Component
public class ConcludeScreening implements JavaDelegate {

  private final RegistrationService registrations;

  public ConcludeScreening(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegistrationService.ScreeningResult result =
        registrations.concludeScreening((Long) execution.getVariable(REGISTRATION_ID));
    execution.setVariable(SUITABLE_COUNT, result.suitable());
    execution.setVariable(REDIRECTED_COUNT, result.redirected());
    execution.setVariable(REDIRECTED_CHALLENGES, result.redirectedTitles());
  }
}

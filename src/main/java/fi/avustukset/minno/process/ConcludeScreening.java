package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ConcludeScreening: how many challenges suit (M1) and how many take the M2 route; an open
 * selection task of the round gets this registration among its options.
 */
@Component
public class ConcludeScreening implements JavaDelegate {

  private final RegistrationService registrations;
  private final SelectionOptions selectionOptions;

  public ConcludeScreening(RegistrationService registrations, SelectionOptions selectionOptions) {
    this.registrations = registrations;
    this.selectionOptions = selectionOptions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RegistrationService.ScreeningResult result =
        registrations.concludeScreening((Long) execution.getVariable(REGISTRATION_ID));
    execution.setVariable(SUITABLE_COUNT, result.suitable());
    execution.setVariable(REDIRECTED_COUNT, result.redirected());
    execution.setVariable(REDIRECTED_CHALLENGES, result.redirectedTitles());
    // screened after the selection task was created: its form offers this registration too
    selectionOptions.refresh((String) execution.getVariable(ROUND_CODE));
  }
}

package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.ROUND_CODE;

import fi.avustukset.minno.domain.MinnoRoundService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRegistration: after registrationCloses no registration is accepted. */
@Component
public class CloseRegistration implements JavaDelegate {

  private final MinnoRoundService rounds;

  public CloseRegistration(MinnoRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.closeRegistration((String) execution.getVariable(ROUND_CODE));
  }
}

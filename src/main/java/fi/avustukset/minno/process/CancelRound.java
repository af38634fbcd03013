package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.ROUND_CODE;

import fi.avustukset.minno.domain.MinnoRoundService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CancelRound: the cooperation does not continue this semester (step 1). */
@Component
public class CancelRound implements JavaDelegate {

  private final MinnoRoundService rounds;

  public CancelRound(MinnoRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.cancel((String) execution.getVariable(ROUND_CODE));
  }
}

package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.ROUND_CODE;

import fi.avustukset.minno.domain.MinnoRoundService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseRound: feedback collected and the cooperation evaluated; the round is closed. */
@Component
public class CloseRound implements JavaDelegate {

  private final MinnoRoundService rounds;

  public CloseRound(MinnoRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.close((String) execution.getVariable(ROUND_CODE));
  }
}

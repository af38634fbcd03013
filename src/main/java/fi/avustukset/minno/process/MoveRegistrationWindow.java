package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import fi.avustukset.minno.domain.MinnoRound;
import fi.avustukset.minno.domain.MinnoRoundService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_ReviewRegistrationWindow (M5): the coordinator may move the
 * registration window away from the STEA deadline; the timers and the warning follow.
 */
@Component
public class MoveRegistrationWindow implements TaskListener {

  private final MinnoRoundService rounds;

  public MoveRegistrationWindow(MinnoRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    MinnoRound round = rounds.moveWindow((String) task.getVariable(ROUND_CODE),
        task.getVariable(REGISTRATION_OPENS), task.getVariable(REGISTRATION_CLOSES));
    ProcessValues.window(task.getExecution(), round);
  }
}

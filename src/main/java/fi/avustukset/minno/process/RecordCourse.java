package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import fi.avustukset.minno.domain.MinnoRoundService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion listener of Task_RecordCourse: the university records students and teams. */
@Component
public class RecordCourse implements TaskListener {

  private final MinnoRoundService rounds;

  public RecordCourse(MinnoRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    rounds.recordCourse((String) task.getVariable(ROUND_CODE), task.getVariable(STUDENT_COUNT),
        task.getVariable(STUDENT_TEAMS));
  }
}

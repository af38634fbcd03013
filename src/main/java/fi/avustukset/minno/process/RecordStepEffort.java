package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.minno.domain.MinnoRoundService;
import fi.avustukset.minno.domain.MinnoStep;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of the coordinator's ten step tasks (DOMAIN.md §10): records the actual
 * effort in workdays (and a note) against the step's planned effort. The form's values are
 * removed afterwards so the next step's form starts empty. Step 7 also records student awards.
 */
@Component
public class RecordStepEffort implements TaskListener {

  /** BPMN task id → step of DOMAIN.md §10. */
  static final Map<String, MinnoStep> STEPS = Map.of(
      "Task_ConfirmCooperation", MinnoStep.CONFIRM_COOPERATION,
      "Task_AnnounceRound", MinnoStep.ANNOUNCE_ROUND,
      "Task_PrepareRegistration", MinnoStep.PREPARE_REGISTRATION,
      "Task_CoachChallenges", MinnoStep.COACH_CHALLENGES,
      "Task_ProposeSelection", MinnoStep.NEGOTIATE_SELECTION,
      "Task_FollowProject", MinnoStep.FOLLOW_PROJECT,
      "Task_AttendMinnoFest", MinnoStep.ATTEND_MINNO_FEST,
      "Task_CommunicateResults", MinnoStep.COMMUNICATE_RESULTS,
      "Task_FollowUpWork", MinnoStep.FOLLOW_UP_WORK,
      "Task_CollectFeedback", MinnoStep.COLLECT_FEEDBACK);

  private final MinnoRoundService rounds;

  public RecordStepEffort(MinnoRoundService rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateTask task) {
    MinnoStep step = STEPS.get(task.getTaskDefinitionKey());
    if (step == null) {
      throw new IllegalStateException("no MINNO step for task " + task.getTaskDefinitionKey());
    }
    String roundCode = (String) task.getVariable(ROUND_CODE);
    rounds.completeStep(roundCode, step, task.getVariable(ACTUAL_EFFORT_DAYS),
        (String) task.getVariable(STEP_NOTE), ProcessValues.actor(task));
    if (step == MinnoStep.ATTEND_MINNO_FEST) {
      rounds.recordAwards(roundCode, Boolean.TRUE.equals(Values.bool(task.getVariable(STUDENT_AWARDS))));
    }
    task.getExecution().removeVariable(ACTUAL_EFFORT_DAYS);
    task.getExecution().removeVariable(STEP_NOTE);
  }
}

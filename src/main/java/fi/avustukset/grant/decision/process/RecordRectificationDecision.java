package fi.avustukset.grant.decision.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.grant.decision.domain.GrantDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_HandleRectification (DOMAIN.md §6): the committee upholds its decision or
 * amends it (granted or rejected, with the same rules as the original decision).
 */
@Component
public class RecordRectificationDecision implements TaskListener {

  private final GrantDecisionService decisions;

  public RecordRectificationDecision(GrantDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    Object outcome = task.getVariable(RECTIFICATION_OUTCOME);
    if (!"UPHELD".equals(outcome) && !"AMENDED".equals(outcome)) {
      throw new InvalidInputException(RECTIFICATION_OUTCOME, "valitse ratkaisu");
    }
    if (Values.text(task.getVariable(DECISION_REASONS)) == null) {
      throw new InvalidInputException(DECISION_REASONS, "perustelut ovat pakolliset");
    }
    if ("AMENDED".equals(outcome)) {
      if ("RETURNED".equals(task.getVariable(DECISION))) {
        throw new InvalidInputException(DECISION, "muutettu päätös on myönteinen tai kielteinen");
      }
      var application = decisions.decide((String) task.getVariable(APPLICATION_NUMBER),
          task.getVariable(DECISION), task.getVariable(GRANTED_AMOUNT),
          task.getVariable(DECISION_REASONS), GrantDecisionService.COMMITTEE);
      RecordCommitteeDecision.DecisionVariables.write(task, application);
    }
  }
}

package fi.avustukset.grant.decision.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.decision.domain.GrantDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_HandleRectification (DOMAIN.md §6): the committee upholds its decision or
 * amends it ({@link GrantDecisionService#decideRectification}); an amended decision is written
 * back like the original one.
 */
@Component
public class RecordRectificationDecision implements TaskListener {

  private final GrantDecisionService decisions;

  public RecordRectificationDecision(GrantDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    decisions.decideRectification((String) task.getVariable(APPLICATION_NUMBER),
            task.getVariable(RECTIFICATION_OUTCOME), task.getVariable(DECISION),
            task.getVariable(GRANTED_AMOUNT), task.getVariable(DECISION_REASONS))
        .ifPresent(application -> RecordCommitteeDecision.DecisionVariables.write(task, application));
  }
}

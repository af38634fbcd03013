package fi.avustukset.grant.decision.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.decision.domain.GrantDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of Task_BoardDecision: the regional board decides a matter it took over (§6). */
@Component
public class RecordBoardDecision implements TaskListener {

  private final GrantDecisionService decisions;

  public RecordBoardDecision(GrantDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    var application = decisions.decide((String) task.getVariable(APPLICATION_NUMBER),
        task.getVariable(DECISION), task.getVariable(GRANTED_AMOUNT),
        task.getVariable(DECISION_REASONS), GrantDecisionService.REGIONAL_BOARD);
    RecordCommitteeDecision.DecisionVariables.write(task, application);
  }
}

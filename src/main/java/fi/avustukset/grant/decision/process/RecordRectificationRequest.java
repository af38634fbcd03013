package fi.avustukset.grant.decision.process;

import fi.avustukset.platform.process.ProcessSupport;
import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.decision.domain.GrantDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_ConsiderRectification: acceptance, or a request with its grounds (§6,
 * {@link GrantDecisionService#recordRectificationRequest}); the answer as a boolean for the gateway.
 */
@Component
public class RecordRectificationRequest implements TaskListener {

  private final GrantDecisionService decisions;

  public RecordRectificationRequest(GrantDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    boolean requested = decisions.recordRectificationRequest(
        (String) task.getVariable(APPLICATION_NUMBER), task.getVariable(RECTIFICATION_REQUESTED),
        task.getVariable(RECTIFICATION_REASONS));
    ProcessSupport.setIfChanged(task, RECTIFICATION_REQUESTED, requested);
  }
}

package fi.avustukset.grant.change.process;

import static fi.avustukset.grant.change.process.GrantChangeVariables.*;

import fi.avustukset.grant.change.domain.ChangeService;
import fi.avustukset.platform.process.ProcessSupport;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion listener of Task_AssessChange: the preparer's recommendation and its grounds. */
@Component
public class ApplyChangeAssessment implements TaskListener {

  private final ChangeService changes;

  public ApplyChangeAssessment(ChangeService changes) {
    this.changes = changes;
  }

  @Override
  public void notify(DelegateTask task) {
    changes.assess((String) task.getVariable(CHANGE_NUMBER),
        (String) task.getVariable(RECOMMENDATION), (String) task.getVariable(ASSESSMENT),
        ProcessSupport.actor(task));
  }
}

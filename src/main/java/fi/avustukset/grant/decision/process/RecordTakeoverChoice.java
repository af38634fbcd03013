package fi.avustukset.grant.decision.process;

import fi.avustukset.platform.process.ProcessSupport;
import static fi.avustukset.grant.application.process.GrantApplicationVariables.TAKE_OVER;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of Task_ConsiderTakeover: the board's choice as a boolean for the gateway. */
@Component
public class RecordTakeoverChoice implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Boolean takeOver = Values.boolOrNull(task.getVariable(TAKE_OVER));
    if (takeOver == null) {
      throw new InvalidInputException(TAKE_OVER, "valitse, otetaanko asia käsiteltäväksi");
    }
    ProcessSupport.setIfChanged(task, TAKE_OVER, takeOver);
  }
}

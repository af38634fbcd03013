package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Create listener of Task_ProposeSelection: offers the screened registrations with a suitable
 * challenge (and those carried in, M4) as options of the selection form.
 */
@Component
public class PrepareSelection implements TaskListener {

  private final SelectionOptions options;

  public PrepareSelection(SelectionOptions options) {
    this.options = options;
  }

  @Override
  public void notify(DelegateTask task) {
    task.getExecution().setVariables(options.variables((String) task.getVariable(ROUND_CODE)));
    if (task.getVariable(SELECTED_REGISTRATIONS) == null) {
      task.getExecution().setVariable(SELECTED_REGISTRATIONS, SpinValues.jsonValue("[]").create());
    }
    if (task.getVariable(CARRIED_OVER_REGISTRATIONS) == null) {
      task.getExecution().setVariable(CARRIED_OVER_REGISTRATIONS, SpinValues.jsonValue("[]").create());
    }
  }
}

package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import fi.avustukset.minno.domain.SelectionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RecordSelection: the university confirmed the selection (M3); each candidate
 * registration's own instance is told its outcome: selected, carried over (M4) or declined.
 */
@Component
public class RecordSelection implements JavaDelegate {

  private final SelectionService selection;
  private final MinnoWorkflow workflow;

  public RecordSelection(SelectionService selection, MinnoWorkflow workflow) {
    this.selection = selection;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    selection.confirm((String) execution.getVariable(ROUND_CODE),
            (String) execution.getVariable(DECLINE_REASON))
        .forEach(workflow::decide);
  }
}

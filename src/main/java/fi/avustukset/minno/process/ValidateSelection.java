package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import fi.avustukset.minno.domain.SelectionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_ProposeSelection: the proposal must respect the round's capacity
 * (M3), every registration must be screened (M1), and declined NGOs get a reason; otherwise
 * the completion is refused with a message and the coordinator corrects the form.
 */
@Component
public class ValidateSelection implements TaskListener {

  private final SelectionService selection;

  public ValidateSelection(SelectionService selection) {
    this.selection = selection;
  }

  @Override
  public void notify(DelegateTask task) {
    String roundCode = (String) task.getVariable(ROUND_CODE);
    selection.propose(roundCode,
        ProcessValues.ids(SELECTED_REGISTRATIONS, task.getVariable(SELECTED_REGISTRATIONS)),
        ProcessValues.ids(CARRIED_OVER_REGISTRATIONS, task.getVariable(CARRIED_OVER_REGISTRATIONS)),
        (String) task.getVariable(DECLINE_REASON), (String) task.getVariable(SELECTION_NOTE));
    task.getExecution().setVariable(SELECTION_SUMMARY, selection.proposalSummary(roundCode));
  }
}

package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import fi.avustukset.minno.domain.ChallengeStatus;
import fi.avustukset.minno.domain.Registration;
import fi.avustukset.minno.domain.SelectionService;
import java.util.stream.Collectors;
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

  private final SelectionService selection;

  public PrepareSelection(SelectionService selection) {
    this.selection = selection;
  }

  @Override
  public void notify(DelegateTask task) {
    String roundCode = (String) task.getVariable(ROUND_CODE);
    ArrayNode options = ProcessValues.JSON.createArrayNode();
    StringBuilder summary = new StringBuilder();
    for (Registration registration : selection.candidates(roundCode)) {
      String challenges = registration.getChallenges().stream()
          .filter(c -> c.getStatus() == ChallengeStatus.SUITABLE)
          .map(c -> c.getTitle() + " [" + c.getLanguage() + ", " + c.getStudentField() + "]")
          .collect(Collectors.joining("; "));
      String label = registration.getOrganizationName()
          + (registration.isCarriedIn() ? " (siirretty edelliseltä kierrokselta)" : "");
      options.addObject().put("label", label).put("value", String.valueOf(registration.getId()));
      summary.append("- **").append(label).append("**: ").append(challenges).append('\n');
    }
    int waiting = selection.unscreened(roundCode).size();
    if (waiting > 0) {
      summary.append("\n**Huom.** ").append(waiting)
          .append(" ilmoittautumisen haasteet on vielä seulomatta (M1).");
    }
    task.getExecution().setVariable(CANDIDATE_OPTIONS, SpinValues.jsonValue(options.toString()).create());
    task.getExecution().setVariable(CANDIDATE_SUMMARY, summary.length() == 0
        ? "Ei valittavia ilmoittautumisia." : summary.toString());
    if (task.getVariable(SELECTED_REGISTRATIONS) == null) {
      task.getExecution().setVariable(SELECTED_REGISTRATIONS, SpinValues.jsonValue("[]").create());
    }
    if (task.getVariable(CARRIED_OVER_REGISTRATIONS) == null) {
      task.getExecution().setVariable(CARRIED_OVER_REGISTRATIONS, SpinValues.jsonValue("[]").create());
    }
  }
}

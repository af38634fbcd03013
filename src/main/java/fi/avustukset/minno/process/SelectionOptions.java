package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.*;

import com.fasterxml.jackson.databind.node.ArrayNode;
import fi.avustukset.minno.domain.ChallengeStatus;
import fi.avustukset.minno.domain.MinnoRoundService;
import fi.avustukset.minno.domain.Registration;
import fi.avustukset.minno.domain.SelectionService;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The options of the selection form (Task_ProposeSelection, Camunda Forms dynamic options): the
 * screened registrations with a suitable challenge and those carried in (M4). Computed when the
 * task is created and again whenever a registration's screening concludes while it is open, so
 * a late screening still shows up in the coordinator's form.
 */
@Component
public class SelectionOptions {

  static final String PROPOSE_TASK = "Task_ProposeSelection";

  private final SelectionService selection;
  private final MinnoRoundService rounds;
  private final RuntimeService runtimeService;
  private final TaskService taskService;

  public SelectionOptions(SelectionService selection, MinnoRoundService rounds,
      RuntimeService runtimeService, TaskService taskService) {
    this.selection = selection;
    this.rounds = rounds;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
  }

  /** candidateOptions (JSON) and candidateSummary (Markdown) for the round's selection form. */
  public Map<String, Object> variables(String roundCode) {
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
    Map<String, Object> variables = new HashMap<>();
    variables.put(CANDIDATE_OPTIONS, SpinValues.jsonValue(options.toString()).create());
    variables.put(CANDIDATE_SUMMARY, summary.length() == 0
        ? "Ei valittavia ilmoittautumisia." : summary.toString());
    return variables;
  }

  /** Refreshes the options of the round's open selection task, if there is one. */
  public void refresh(String roundCode) {
    String roundInstance = rounds.get(roundCode).getProcessInstanceId();
    if (roundInstance == null || taskService.createTaskQuery().processInstanceId(roundInstance)
        .taskDefinitionKey(PROPOSE_TASK).count() == 0) {
      return;
    }
    runtimeService.setVariables(roundInstance, variables(roundCode));
  }
}

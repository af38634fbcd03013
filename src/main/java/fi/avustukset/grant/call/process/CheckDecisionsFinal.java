package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.application.domain.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckDecisionsFinal: does every application of the call have a final decision? */
@Component
public class CheckDecisionsFinal implements JavaDelegate {

  public static final String ALL_DECISIONS_FINAL = "allDecisionsFinal";

  private final ApplicationService applications;

  public CheckDecisionsFinal(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ALL_DECISIONS_FINAL,
        applications.allDecisionsFinal((String) execution.getVariable(CALL_KEY)));
  }
}

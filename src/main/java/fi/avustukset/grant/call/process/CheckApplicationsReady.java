package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.application.domain.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CheckApplicationsReady: are all applications of the call ready for decision? */
@Component
public class CheckApplicationsReady implements JavaDelegate {

  public static final String ALL_APPLICATIONS_READY = "allApplicationsReady";

  private final ApplicationService applications;

  public CheckApplicationsReady(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariable(ALL_APPLICATIONS_READY,
        applications.allReadyForDecision((String) execution.getVariable(CALL_KEY)));
  }
}

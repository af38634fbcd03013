package fi.avustukset.grant.application.process;

import fi.avustukset.grant.application.domain.ApplicationService;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.platform.security.CurrentUser;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one adapter that starts {@code grant-application}. The input is validated first (so bad
 * input is a 400 naming the fields before the engine is touched); the process's first task
 * records the application in the same transaction, so either both exist or neither.
 */
@Component
public class ApplicationWorkflow {

  private final RuntimeService runtimeService;
  private final ApplicationService applications;
  private final CurrentUser currentUser;

  public ApplicationWorkflow(RuntimeService runtimeService, ApplicationService applications,
      CurrentUser currentUser) {
    this.runtimeService = runtimeService;
    this.applications = applications;
    this.currentUser = currentUser;
  }

  /** The registered application: its number, its process instance and its status now. */
  public record Started(String applicationNumber, String processInstanceId, String status) {}

  @Transactional
  public Started submit(String callKey, Map<String, Object> input) {
    var submitter = new ApplicationService.Submitter(currentUser.userId(),
        currentUser.isApplicantOnly(), currentUser.organizationBusinessIds());
    applications.validate(callKey, input, submitter);
    Map<String, Object> variables = new HashMap<>();
    input.forEach((k, v) -> {
      if (v != null) {
        variables.put(k, v);
      }
    });
    variables.put(CALL_KEY, callKey);
    // Task_RegisterApplication makes the application number the business key; the instance
    // returned is the engine's own, so it carries the key without its variables being read back.
    ProcessInstance instance = runtimeService
        .createProcessInstanceByKey(PROCESS_KEY)
        .setVariables(variables)
        .execute();
    String number = instance.getBusinessKey();
    // Same transaction: the application is still in the persistence context (no query).
    return new Started(number, instance.getId(), applications.get(number).getStatus().name());
  }
}

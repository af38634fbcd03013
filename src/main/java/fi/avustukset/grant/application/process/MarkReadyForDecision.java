package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.process.CallMessages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_MarkReadyForDecision: the application waits for its decision proposal; when it is the
 * last of a closed call to get ready, the call is told to assemble the proposal list.
 */
@Component
public class MarkReadyForDecision implements JavaDelegate {

  private final ApplicationService applications;
  private final CallMessages messages;

  public MarkReadyForDecision(ApplicationService applications, CallMessages messages) {
    this.applications = applications;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String callKey = (String) execution.getVariable(CALL_KEY);
    if (applications.markReadyForDecision((String) execution.getVariable(APPLICATION_NUMBER),
        callKey)) {
      messages.applicationsReady(callKey);
    }
  }
}

package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.call.process.CallMessages;
import fi.avustukset.grant.call.domain.CallStatus;
import fi.avustukset.grant.call.domain.GrantCallService;
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
  private final GrantCallService calls;
  private final CallMessages messages;

  public MarkReadyForDecision(ApplicationService applications, GrantCallService calls,
      CallMessages messages) {
    this.applications = applications;
    this.calls = calls;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(APPLICATION_NUMBER);
    String callKey = (String) execution.getVariable(CALL_KEY);
    applications.setStatus(number, ApplicationStatus.READY_FOR_DECISION);
    if (calls.lock(callKey).getStatus() == CallStatus.CLOSED
        && applications.allReadyForDecision(callKey)) {
      messages.applicationsReady(callKey);
    }
  }
}

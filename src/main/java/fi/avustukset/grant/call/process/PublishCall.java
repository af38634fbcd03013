package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.call.domain.GrantCallService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_PublishCall: the approved call is published and waits for its application period. */
@Component
public class PublishCall implements JavaDelegate {

  private final GrantCallService calls;

  public PublishCall(GrantCallService calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    calls.publish((String) execution.getVariable(CALL_KEY));
  }
}

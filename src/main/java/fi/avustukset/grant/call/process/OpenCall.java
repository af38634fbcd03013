package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.call.domain.GrantCallService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_OpenCall: from applicationStart on, applications are accepted. */
@Component
public class OpenCall implements JavaDelegate {

  private final GrantCallService calls;

  public OpenCall(GrantCallService calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    calls.open((String) execution.getVariable(CALL_KEY));
  }
}

package fi.avustukset.call.process;

import static fi.avustukset.call.GrantCallVariables.CALL_KEY;

import fi.avustukset.call.GrantCallService;
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

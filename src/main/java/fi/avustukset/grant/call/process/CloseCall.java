package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.call.domain.GrantCallService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_CloseCall: after the deadline day no application is accepted. */
@Component
public class CloseCall implements JavaDelegate {

  private final GrantCallService calls;

  public CloseCall(GrantCallService calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    calls.close((String) execution.getVariable(CALL_KEY));
  }
}

package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.*;

import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.domain.Values;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterCall: validates the start data of a call and records the draft. Runs in the
 * starter's transaction, so bad input refuses the start itself and nothing is half-created.
 * The business key becomes the call code.
 */
@Component
public class RegisterCall implements JavaDelegate {

  private final GrantCallService calls;

  public RegisterCall(GrantCallService calls) {
    this.calls = calls;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GrantCall call = calls.register(execution.getProcessBusinessKey(),
        new GrantCallService.CallInput(
            (String) execution.getVariable(CALL_NAME),
            (String) execution.getVariable(GRANT_TYPE),
            execution.getVariable(APPROPRIATION),
            execution.getVariable(APPLICATION_START),
            execution.getVariable(APPLICATION_DEADLINE)),
        (String) execution.getVariable(CALL_INITIATOR));
    call.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(call.getCallKey());
    execution.setVariable(CALL_KEY, call.getCallKey());
    // Normalised values, so forms and gateways see one type whatever the starter sent.
    execution.setVariable(APPROPRIATION, call.getAppropriation().doubleValue());
    execution.setVariable(APPLICATION_START, call.getApplicationStart().toString());
    execution.setVariable(APPLICATION_DEADLINE, call.getApplicationDeadline().toString());
    execution.setVariable(APPLICATION_OPENS_AT, Date.from(
        call.getApplicationStart().atStartOfDay(Values.HELSINKI).toInstant()));
    execution.setVariable(APPLICATION_CLOSES_AT, Date.from(
        call.getApplicationDeadline().plusDays(1).atStartOfDay(Values.HELSINKI).toInstant()));
  }
}

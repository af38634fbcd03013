package fi.avustukset.grant.decision.process;

import fi.avustukset.platform.process.ProcessSupport;
import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.call.process.CallMessages;
import fi.avustukset.grant.decision.domain.GrantDecisionService;
import fi.avustukset.platform.domain.Values;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_FinalizeDecision: after the take-over and rectification windows the decision is final
 * (decisionFinal = true, DOMAIN.md §6); the last one of a call tells the call.
 */
@Component
public class FinalizeDecision implements JavaDelegate {

  private final GrantDecisionService decisions;
  private final CallMessages messages;

  public FinalizeDecision(GrantDecisionService decisions, CallMessages messages) {
    this.decisions = decisions;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var finalized = decisions.finalizeDecision((String) execution.getVariable(APPLICATION_NUMBER));
    var application = finalized.application();
    execution.setVariable(DECISION_FINAL, true);
    // The agreement (grant-agreement) starts from the recorded decision (DOMAIN.md §7).
    ProcessSupport.setIfChanged(execution, DECISION, application.getDecision().name());
    ProcessSupport.setIfChanged(execution, GRANTED_AMOUNT, application.getGrantedAmount() == null ? 0.0
        : application.getGrantedAmount().doubleValue());
    execution.setVariable(DECISION_DATE, application.getDecidedAt().atZone(Values.HELSINKI)
        .toLocalDate().toString());
    if (finalized.lastOfCall()) {
      messages.decisionsFinal(application.getCallKey());
    }
  }
}

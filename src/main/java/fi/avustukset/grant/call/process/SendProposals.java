package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.process.GrantApplicationVariables;
import fi.avustukset.grant.call.process.CallMessages;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendProposals: every application ready for decision gets its proposal; the committee's
 * decision form opens with the proposal as its default (DOMAIN.md §6).
 */
@Component
public class SendProposals implements JavaDelegate {

  private final ApplicationService applications;
  private final RuntimeService runtimeService;

  public SendProposals(ApplicationService applications, RuntimeService runtimeService) {
    this.applications = applications;
    this.runtimeService = runtimeService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String callKey = (String) execution.getVariable(CALL_KEY);
    for (GrantApplication a : applications.ofCall(callKey)) {
      if (a.getStatus() != ApplicationStatus.READY_FOR_DECISION) {
        continue;
      }
      BigDecimal amount = a.getProposedAmount() == null ? BigDecimal.ZERO : a.getProposedAmount();
      String proposed = amount.signum() > 0 ? "GRANTED" : "REJECTED";
      Map<String, Object> variables = new HashMap<>();
      variables.put(GrantApplicationVariables.PROPOSED_DECISION, proposed);
      variables.put(GrantApplicationVariables.PROPOSED_AMOUNT, amount.doubleValue());
      variables.put(GrantApplicationVariables.PROPOSAL_REASON, a.getProposalReason());
      variables.put(GrantApplicationVariables.DECISION, proposed);
      variables.put(GrantApplicationVariables.GRANTED_AMOUNT, amount.doubleValue());
      variables.put(GrantApplicationVariables.DECISION_REASONS,
          "GRANTED".equals(proposed) ? null : a.getProposalReason());
      a.setStatus(ApplicationStatus.IN_COMMITTEE);
      runtimeService.createMessageCorrelation(CallMessages.DECISION_PROPOSAL)
          .processInstanceBusinessKey(a.getApplicationNumber())
          .setVariables(variables)
          .correlateAll();
    }
  }
}

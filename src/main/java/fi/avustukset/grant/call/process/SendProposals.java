package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.application.process.GrantApplicationVariables;
import fi.avustukset.grant.decision.domain.AllocationService;
import fi.avustukset.grant.decision.domain.AllocationService.CommitteeProposal;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_SendProposals: every application ready for decision gets its proposal
 * ({@link AllocationService#sendToCommittee}); the committee's decision form opens with the
 * proposal as its default (DOMAIN.md §6). The message goes through {@link CallMessages}.
 */
@Component
public class SendProposals implements JavaDelegate {

  private final AllocationService allocation;
  private final CallMessages messages;

  public SendProposals(AllocationService allocation, CallMessages messages) {
    this.allocation = allocation;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (CommitteeProposal p : allocation.sendToCommittee((String) execution.getVariable(CALL_KEY))) {
      messages.decisionProposal(p.applicationNumber(), variables(p));
    }
  }

  /** The proposal as the committee's form reads it (proposal and the decision's defaults). */
  static Map<String, Object> variables(CommitteeProposal p) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(GrantApplicationVariables.PROPOSED_DECISION, p.decision());
    variables.put(GrantApplicationVariables.PROPOSED_AMOUNT, p.amount().toDouble());
    variables.put(GrantApplicationVariables.PROPOSAL_REASON, p.reason());
    variables.put(GrantApplicationVariables.DECISION, p.decision());
    variables.put(GrantApplicationVariables.GRANTED_AMOUNT, p.amount().toDouble());
    variables.put(GrantApplicationVariables.DECISION_REASONS, p.granted() ? null : p.reason());
    return variables;
  }
}

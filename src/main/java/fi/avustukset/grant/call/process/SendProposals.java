package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.application.process.GrantApplicationVariables;
import fi.avustukset.grant.decision.domain.AllocationService;
import fi.avustukset.grant.decision.domain.AllocationService.CommitteeProposal;
import java.math.BigDecimal;
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
    Map<String, BigDecimal> computed =
        ProposalSummary.amounts(execution.getVariable(ProposalSummary.COMPUTED_PROPOSALS));
    for (CommitteeProposal p : allocation.sendToCommittee((String) execution.getVariable(CALL_KEY))) {
      messages.decisionProposal(p.applicationNumber(),
          variables(p, computed.get(p.applicationNumber())));
    }
  }

  /**
   * The proposal as the committee's form reads it (proposal and the decision's defaults); a
   * proposal the preparer changed says so with both amounts: "Valmistelijan muutos: ehdotettu
   * 25 000,00 €, oikaistu 20 000,00 € (perustelu)".
   */
  static Map<String, Object> variables(CommitteeProposal p, BigDecimal computed) {
    Map<String, Object> variables = new HashMap<>();
    String adjustment = ProposalSummary.adjustment(p.reason(), p.amount().amount(), computed);
    variables.put(GrantApplicationVariables.PROPOSED_DECISION, p.decision());
    variables.put(GrantApplicationVariables.PROPOSED_AMOUNT, p.amount().toDouble());
    variables.put(GrantApplicationVariables.PROPOSAL_REASON, adjustment == null ? p.reason()
        : AllocationService.ADJUSTED + adjustment);
    variables.put(GrantApplicationVariables.DECISION, p.decision());
    variables.put(GrantApplicationVariables.GRANTED_AMOUNT, p.amount().toDouble());
    variables.put(GrantApplicationVariables.DECISION_REASONS, p.granted() ? null : p.reason());
    return variables;
  }
}

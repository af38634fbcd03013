package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.decision.domain.AllocationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ProposeAllocation: ranking and budget allocation within the appropriation (E9, §5); the
 * preparer's summary and the computed amounts go to the process ({@link ProposalSummary}).
 */
@Component
public class ProposeAllocation implements JavaDelegate {

  public static final String PROPOSAL_SUMMARY = ProposalSummary.PROPOSAL_SUMMARY;

  private final AllocationService allocation;
  private final ProposalSummary summary;

  public ProposeAllocation(AllocationService allocation, ProposalSummary summary) {
    this.allocation = allocation;
    this.summary = summary;
  }

  @Override
  public void execute(DelegateExecution execution) {
    summary.computed(execution, allocation.propose((String) execution.getVariable(CALL_KEY)));
  }
}

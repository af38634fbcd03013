package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.CALL_KEY;

import fi.avustukset.grant.call.domain.CallSummary;
import fi.avustukset.grant.call.domain.CallSummaryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SummarizeCall: applied, eligible, granted count and sum, appropriation used. */
@Component
public class SummarizeCall implements JavaDelegate {

  private final CallSummaryService summaries;

  public SummarizeCall(CallSummaryService summaries) {
    this.summaries = summaries;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CallSummary s = summaries.close((String) execution.getVariable(CALL_KEY));
    execution.setVariable("applicationCount", s.applied());
    execution.setVariable("eligibleCount", s.eligible());
    execution.setVariable("grantedCount", s.grantedCount());
    execution.setVariable("grantedSum", s.grantedSum().doubleValue());
    execution.setVariable("appropriationUsedPercent", s.appropriationUsedPercent().doubleValue());
  }
}

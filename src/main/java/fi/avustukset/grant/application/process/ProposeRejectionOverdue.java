package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.eligibility.domain.EligibilityReview;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_ProposeRejectionOverdue: the requested completion did not arrive by its deadline. */
@Component
public class ProposeRejectionOverdue implements JavaDelegate {

  private final EligibilityService eligibility;

  public ProposeRejectionOverdue(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    eligibility.rejectAsOverdue((String) execution.getVariable(APPLICATION_NUMBER),
        execution.getVariable(COMPLETION_DUE), execution.getVariable(ELIGIBILITY_FAILURES));
    execution.setVariable(PROPOSED_DECISION, "REJECTED");
    execution.setVariable(PROPOSAL_REASON, EligibilityReview.OVERDUE);
  }
}

package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.eligibility.domain.EligibilityReview;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_ReviewEligibility (DOMAIN.md §3): the preparer's choice is validated and
 * applied by {@link EligibilityService#review} (rules in {@link EligibilityReview}) before the
 * task may complete; the outcome is written back for the gateway and the timer.
 */
@Component
public class ApplyEligibilityReview implements TaskListener {

  private final EligibilityService eligibility;

  public ApplyEligibilityReview(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void notify(DelegateTask task) {
    EligibilityReview.Outcome outcome = eligibility.review(
        (String) task.getVariable(APPLICATION_NUMBER),
        new EligibilityReview.Input((String) task.getVariable(ELIGIBILITY_DECISION),
            task.getVariable(ELIGIBILITY_NOTE), task.getVariable(ELIGIBILITY_FAILURES),
            task.getVariable(COMPLETION_REQUEST), task.getVariable(COMPLETION_DUE)));
    switch (outcome.choice()) {
      case ELIGIBLE -> task.setVariable(ELIGIBLE, true);
      case REQUEST_COMPLETION -> {
        task.setVariable(COMPLETION_DUE, outcome.completionDue().toString());
        task.setVariable(COMPLETION_DEADLINE, Date.from(outcome.completionDeadline()));
      }
      case PROPOSE_REJECTION -> {
        task.setVariable(PROPOSED_DECISION, "REJECTED");
        task.setVariable(PROPOSAL_REASON, outcome.note());
      }
    }
  }
}

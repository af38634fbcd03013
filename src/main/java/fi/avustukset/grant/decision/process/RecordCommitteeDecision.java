package fi.avustukset.grant.decision.process;

import fi.avustukset.platform.process.ProcessSupport;
import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.decision.domain.GrantDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_CommitteeDecision (DOMAIN.md §6): validated and recorded before the task
 * may complete — granted ≤ requested (E9), the call's total ≤ its appropriation, reasons for
 * rejections and returns.
 */
@Component
public class RecordCommitteeDecision implements TaskListener {

  private final GrantDecisionService decisions;

  public RecordCommitteeDecision(GrantDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    var application = decisions.decide((String) task.getVariable(APPLICATION_NUMBER),
        task.getVariable(DECISION), task.getVariable(GRANTED_AMOUNT),
        task.getVariable(DECISION_REASONS), GrantDecisionService.COMMITTEE);
    DecisionVariables.write(task, application);
  }

  /** Writes the recorded decision back in the types the gateways and forms expect. */
  static final class DecisionVariables {
    static void write(DelegateTask task, fi.avustukset.grant.application.domain.GrantApplication a) {
      ProcessSupport.setIfChanged(task, DECISION, a.getDecision().name());
      ProcessSupport.setIfChanged(task, GRANTED_AMOUNT,
          a.getDecision() == Decision.RETURNED || a.getGrantedAmount() == null ? 0.0
              : a.getGrantedAmount().doubleValue());
    }

    private DecisionVariables() {}
  }
}

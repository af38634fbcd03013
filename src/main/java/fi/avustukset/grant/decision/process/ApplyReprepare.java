package fi.avustukset.grant.decision.process;

import fi.avustukset.platform.process.ProcessSupport;
import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.decision.domain.GrantDecisionService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion of Task_Reprepare (DOMAIN.md §6): a returned application gets a new proposal
 * ({@link GrantDecisionService#reprepare}: a grant of at most the request, E9, or a rejection,
 * with its reason); the committee's form opens with the new proposal as its default.
 */
@Component
public class ApplyReprepare implements TaskListener {

  private final GrantDecisionService decisions;

  public ApplyReprepare(GrantDecisionService decisions) {
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    var proposal = decisions.reprepare((String) task.getVariable(APPLICATION_NUMBER),
        task.getVariable(PROPOSED_DECISION), task.getVariable(PROPOSED_AMOUNT),
        task.getVariable(PROPOSAL_REASON));
    task.setVariable(PROPOSED_AMOUNT, proposal.amount().toDouble());
    ProcessSupport.setIfChanged(task, DECISION, proposal.decision());
    ProcessSupport.setIfChanged(task, GRANTED_AMOUNT, proposal.amount().toDouble());
    task.setVariable(DECISION_REASONS, proposal.reason());
  }
}

package fi.avustukset.grant.call.process;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of Task_AdjustProposal: the preparer confirms the proposal list. */
@Component
public class ConfirmProposal implements TaskListener {

  public static final String PROPOSAL_CONFIRMED = "proposalConfirmed";

  @Override
  public void notify(DelegateTask task) {
    Boolean confirmed = Values.boolOrNull(task.getVariable(PROPOSAL_CONFIRMED));
    if (!Boolean.TRUE.equals(confirmed)) {
      throw new InvalidInputException(PROPOSAL_CONFIRMED, "vahvista, että esityslista on tarkistettu");
    }
  }
}

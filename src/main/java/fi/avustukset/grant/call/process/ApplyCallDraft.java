package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.*;

import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.grant.call.domain.Criterion;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_DraftCall: stores the call text and the scoring weights
 * (DOMAIN.md §4). Weights that do not sum to 100 refuse the completion with a message, so the
 * preparer corrects the form instead of publishing a call that cannot be scored.
 */
@Component
public class ApplyCallDraft implements TaskListener {

  private final GrantCallService calls;

  public ApplyCallDraft(GrantCallService calls) {
    this.calls = calls;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<Criterion, Object> weights = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      weights.put(criterion, task.getVariable(criterion.weightVariable()));
    }
    calls.draft((String) task.getVariable(CALL_KEY), (String) task.getVariable(CALL_DESCRIPTION),
        weights);
  }
}

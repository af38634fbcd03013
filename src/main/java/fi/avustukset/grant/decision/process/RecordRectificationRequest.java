package fi.avustukset.grant.decision.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of Task_ConsiderRectification: acceptance, or a request with its grounds (§6). */
@Component
public class RecordRectificationRequest implements TaskListener {

  private final ApplicationService applications;

  public RecordRectificationRequest(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    Boolean requested = Values.boolOrNull(task.getVariable(RECTIFICATION_REQUESTED));
    if (requested == null) {
      throw new InvalidInputException(RECTIFICATION_REQUESTED, "valitse, hyväksyttekö päätöksen");
    }
    if (requested && Values.text(task.getVariable(RECTIFICATION_REASONS)) == null) {
      throw new InvalidInputException(RECTIFICATION_REASONS, "kertokaa oikaisuvaatimuksen perustelut");
    }
    task.setVariable(RECTIFICATION_REQUESTED, requested);
    if (requested) {
      applications.get((String) task.getVariable(APPLICATION_NUMBER)).rectificationRequested();
    }
  }
}

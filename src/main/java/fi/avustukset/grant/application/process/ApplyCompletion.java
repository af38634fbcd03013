package fi.avustukset.grant.application.process;

import fi.avustukset.platform.process.ProcessSupport;
import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.application.domain.ApplicationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Completion of Task_CompleteApplication: the applicant's data is validated and stored. */
@Component
public class ApplyCompletion implements TaskListener {

  private final ApplicationService applications;

  public ApplyCompletion(ApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void notify(DelegateTask task) {
    var data = applications.complete((String) task.getVariable(APPLICATION_NUMBER),
        task.getVariables()).data();
    ProcessSupport.setIfChanged(task, REQUESTED_AMOUNT, data.requestedAmount().doubleValue());
    task.setVariable(DURATION_YEARS, data.durationYears());
    task.setVariable(MUNICIPALITY_COUNT, data.municipalityCount());
  }
}

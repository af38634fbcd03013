package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoSemesterVariables.ROUND_CODE;

import fi.avustukset.minno.domain.MinnoRoundService;
import fi.avustukset.minno.domain.Registration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_OpenRegistration: NGOs may register from now on; registrations carried over from an
 * earlier round (M4) join this round without re-registration, each in its own instance.
 */
@Component
public class OpenRegistration implements JavaDelegate {

  private final MinnoRoundService rounds;
  private final MinnoWorkflow workflow;

  public OpenRegistration(MinnoRoundService rounds, MinnoWorkflow workflow) {
    this.rounds = rounds;
    this.workflow = workflow;
  }

  @Override
  public void execute(DelegateExecution execution) {
    for (Registration carried : rounds.openRegistration((String) execution.getVariable(ROUND_CODE))) {
      workflow.start(carried);
    }
  }
}

package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.RegistrationService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Completion listener of Task_ScreenChallenge: the coordinator's M1 decision — the challenge
 * suits only when it fits the ERDF/ESF+ programme criteria and suits MINNO.
 */
@Component
public class RecordScreening implements TaskListener {

  private final RegistrationService registrations;

  public RecordScreening(RegistrationService registrations) {
    this.registrations = registrations;
  }

  @Override
  public void notify(DelegateTask task) {
    registrations.screen((Long) task.getVariable(REGISTRATION_ID),
        ((Number) task.getVariable(CHALLENGE_ID)).longValue(), task.getVariable(FITS_PROGRAMME),
        task.getVariable(SUITS_MINNO), (String) task.getVariable(SCREENING_NOTE),
        ProcessValues.actor(task));
  }
}

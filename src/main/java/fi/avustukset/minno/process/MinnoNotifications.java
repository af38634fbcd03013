package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.Registration;
import fi.avustukset.minno.domain.RegistrationService;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.mail.Outbox;
import fi.avustukset.platform.mail.ProcessMailHooks;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The NGO's messages of minno-registration (DOMAIN.md §10): the registration is received, and
 * its outcome — selected, carried over to the next round, or not selected / redirected with
 * the reason — to the contact address given at registration.
 */
@Component
public class MinnoNotifications implements ProcessMailHooks {

  private final Outbox outbox;
  private final RegistrationService registrations;

  public MinnoNotifications(Outbox outbox, @Lazy RegistrationService registrations) {
    this.outbox = outbox;
    this.registrations = registrations;
  }

  @Override
  public void register(Registry r) {
    r.onEnd(PROCESS_KEY, "StartEvent_Registered", ex -> send(ex, "minno-registration-received"));
    r.onStart(PROCESS_KEY, "EndEvent_Selected", ex -> send(ex, "minno-selected"));
    r.onStart(PROCESS_KEY, "EndEvent_CarriedOver", ex -> send(ex, "minno-carried-over"));
    r.onStart(PROCESS_KEY, "EndEvent_Declined", ex -> send(ex, "minno-declined"));
    r.onStart(PROCESS_KEY, "EndEvent_Redirected", ex -> send(ex, "minno-redirected"));
    r.onStart(PROCESS_KEY, "EndEvent_ChallengesRedirected",
        ex -> send(ex, "minno-challenges-redirected"));
  }

  void send(DelegateExecution execution, String template) {
    Object id = execution.getVariable(REGISTRATION_ID);
    if (!(id instanceof Long registrationId)) {
      return;
    }
    Registration registration;
    try {
      registration = registrations.get(registrationId);
    } catch (NotFoundException e) {
      return; // nothing to tell anyone about
    }
    Map<String, Object> m = new HashMap<>();
    m.put("registration", registration.businessKey());
    m.put("roundCode", registration.getRoundCode());
    m.put("organizationName", registration.getOrganizationName());
    m.put("challengeCount", registration.getChallenges().size());
    m.put("challenges", registration.getChallenges().stream().map(c -> c.getTitle()).toList());
    m.put("reason", registration.getOutcomeReason());
    m.put("redirectAdvice", execution.getVariable(REDIRECT_ADVICE));
    m.put("redirectedChallenges", execution.getVariable(REDIRECTED_CHALLENGES));
    m.put("carriedInto", registration.getCarriedIntoRound());
    outbox.enqueue(new MailRequest(template + ":" + registration.businessKey(), template,
        registration.businessKey(), registration.getContactEmail(), m));
  }
}

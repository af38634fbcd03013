package fi.avustukset.minno.process;

import static fi.avustukset.minno.process.MinnoRegistrationVariables.*;

import fi.avustukset.minno.domain.Registration;
import fi.avustukset.minno.domain.RegistrationService;
import fi.avustukset.minno.domain.SelectionService.Decision;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one adapter that starts and signals {@code minno-registration} instances. A registration
 * is validated and recorded by the domain first, then its process is started in the same
 * transaction on the registrant's behalf (applicants hold no Camunda grant on the definition,
 * so no path around the checks of {@link RegistrationService#register} exists).
 */
@Component
public class MinnoWorkflow {

  private final RegistrationService registrations;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public MinnoWorkflow(RegistrationService registrations, RuntimeService runtimeService,
      IdentityService identityService) {
    this.registrations = registrations;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** {@code POST /api/minno/{roundCode}/registrations}: record, then start its own process. */
  @Transactional
  public Registration register(String roundCode, RegistrationService.RegistrationInput input,
      String businessId, String registeredBy) {
    Registration registration = registrations.register(roundCode, input, businessId, registeredBy);
    start(registration);
    return registration;
  }

  /** Starts the registration's own instance (also for carried-in ones, M4). */
  public ProcessInstance start(Registration registration) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(REGISTRATION_ID, registration.getId());
    variables.put(ROUND_CODE, registration.getRoundCode());
    variables.put(ORGANIZATION_NAME, registration.getOrganizationName());
    variables.put(CARRIED_IN, registration.isCarriedIn());
    ProcessInstance instance = asProcessApplication(() -> runtimeService
        .startProcessInstanceByKey(PROCESS_KEY, registration.businessKey(), variables));
    registration.setProcessInstanceId(instance.getId());
    return instance;
  }

  /** Tells a candidate registration's instance the confirmed selection decision. */
  public void decide(Decision decision) {
    asProcessApplication(() -> runtimeService.createMessageCorrelation(SELECTION_DECIDED)
        .processInstanceId(decision.processInstanceId())
        .setVariable(REGISTRATION_OUTCOME, decision.outcome().name())
        .setVariable(OUTCOME_REASON, decision.reason())
        .correlateWithResult());
  }

  private <T> T asProcessApplication(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }
}

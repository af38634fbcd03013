package fi.avustukset.grant.change.process;

import static fi.avustukset.grant.change.process.GrantChangeVariables.*;

import fi.avustukset.grant.change.domain.ChangeRequest;
import fi.avustukset.grant.change.domain.ChangeService;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one adapter that starts {@code grant-change}. A change application is validated and
 * recorded by the domain first, then its process starts in the same transaction on the
 * organisation's behalf: applicants hold no Camunda grant on the definition (AuthorizationSetup),
 * so engine-rest offers no path around {@link ChangeService#file}; and the process takes
 * nothing but the change number (GrantChangeVariables.START_FIELDS).
 */
@Component
public class ChangeWorkflow {

  private final ChangeService changes;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;

  public ChangeWorkflow(ChangeService changes, RuntimeService runtimeService,
      IdentityService identityService) {
    this.changes = changes;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
  }

  /** {@code POST /api/applications/{n}/changes}: record, then start its own process. */
  @Transactional
  public ChangeRequest file(String applicationNumber, ChangeService.ChangeInput input,
      String userId) {
    ChangeRequest change = changes.file(applicationNumber, input, userId);
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY,
          change.getChangeNumber(), Map.of(CHANGE_NUMBER, change.getChangeNumber()));
      change.setProcessInstanceId(instance.getId());
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
    return change;
  }
}

package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;
import static fi.avustukset.platform.process.ProcessSupport.setIfChanged;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.grant.GrantProperties;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.identity.Organizations;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterApplication: synchronous, in the submitter's transaction, so invalid input, an
 * unknown or closed call, or another organisation's Y-tunnus refuse the start and nothing is
 * half-created. The application number becomes the business key.
 */
@Component
public class RegisterApplication implements JavaDelegate {

  private final ApplicationService applications;
  private final GrantCallService calls;
  private final CurrentUser currentUser;
  private final GrantProperties properties;

  public RegisterApplication(ApplicationService applications, GrantCallService calls,
      CurrentUser currentUser, GrantProperties properties) {
    this.applications = applications;
    this.calls = calls;
    this.currentUser = currentUser;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var submitter = new ApplicationService.Submitter(
        (String) execution.getVariable(APPLICANT_USER_ID), currentUser.isApplicantOnly(),
        currentUser.organizationBusinessIds());
    GrantApplication application = applications.register(
        (String) execution.getVariable(CALL_KEY), execution.getVariables(), submitter);
    application.setProcessInstanceId(execution.getProcessInstanceId());
    GrantCall call = calls.get(application.getCallKey());

    execution.setProcessBusinessKey(application.getApplicationNumber());
    setIfChanged(execution, APPLICATION_NUMBER, application.getApplicationNumber());
    setIfChanged(execution, APPLICANT_GROUP, Organizations.groupId(application.getBusinessId()));
    setIfChanged(execution, GRANT_TYPE, call.getGrantType().name());
    setIfChanged(execution, CALL_NAME, call.getName());
    // Normalised values: one type per variable whatever the starter sent.
    var data = application.data();
    setIfChanged(execution, ORGANIZATION_TYPE, data.organizationType());
    setIfChanged(execution, OPEN_TO_WHOLE_TARGET_GROUP, data.openToWholeTargetGroup());
    setIfChanged(execution, COMPLEMENTS_SERVICES, data.complementsServices());
    setIfChanged(execution, SERVICE_DIRECTORY, data.serviceDirectory().name());
    setIfChanged(execution, MUNICIPALITY_COUNT, data.municipalityCount());
    setIfChanged(execution, WHOLE_REGION, data.wholeRegion());
    setIfChanged(execution, HAS_OTHER_FUNDING, data.hasOtherFunding());
    setIfChanged(execution, REQUESTED_AMOUNT, data.requestedAmount().doubleValue());
    setIfChanged(execution, DURATION_YEARS, data.durationYears());
    setIfChanged(execution, DECISION_FINAL, false);
    setIfChanged(execution, TAKEOVER_PERIOD, properties.takeoverPeriod().toString());
    setIfChanged(execution, RECTIFICATION_PERIOD, properties.rectificationPeriod().toString());
  }
}

package fi.avustukset.grant.agreement.process;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The one adapter that starts grant-agreement from Java (STYLE.md "Starting processes"), for a
 * caller that does not want to wait for the agreement in a call activity (it runs for years):
 * e.g. a delegate after the final GRANTED decision of grant-application. Business key = the
 * application number; the variables are the input contract of README.
 */
@Component
public class AgreementWorkflow {

  private final RuntimeService runtimeService;

  public AgreementWorkflow(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  /** What the caller knows after the final decision. */
  public record GrantDecided(String applicationNumber, String callKey, String grantType,
      String organizationName, String businessId, String applicantGroup, String projectName,
      double grantedAmount, int durationYears, LocalDate decisionDate) {}

  /** Starts the agreement; bad input refuses the start (InvalidInputException, nothing recorded). */
  public ProcessInstance start(GrantDecided grant) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(APPLICATION_NUMBER, grant.applicationNumber());
    variables.put(CALL_KEY, grant.callKey());
    variables.put(GRANT_TYPE, grant.grantType());
    variables.put(ORGANIZATION_NAME, grant.organizationName());
    variables.put(BUSINESS_ID, grant.businessId());
    variables.put(APPLICANT_GROUP, grant.applicantGroup());
    variables.put(PROJECT_NAME, grant.projectName());
    variables.put(GRANTED_AMOUNT, grant.grantedAmount());
    variables.put(DURATION_YEARS, grant.durationYears());
    variables.put(DECISION_DATE, grant.decisionDate() == null ? null : grant.decisionDate().toString());
    return runtimeService.startProcessInstanceByKey(PROCESS_KEY, grant.applicationNumber(),
        variables);
  }
}

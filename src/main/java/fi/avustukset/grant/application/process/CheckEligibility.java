package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.eligibility.domain.EligibilityReport;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_CheckEligibility: rules E1–E9, recorded per rule with the reason (DOMAIN.md §3); the
 * required attachments still missing are named in the summary as a completion reason.
 */
@Component
public class CheckEligibility implements JavaDelegate {

  private final EligibilityService eligibility;

  public CheckEligibility(EligibilityService eligibility) {
    this.eligibility = eligibility;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EligibilityReport report = eligibility.check((String) execution.getVariable(APPLICATION_NUMBER));
    execution.setVariable(ELIGIBLE, report.eligible());
    execution.setVariable(ELIGIBILITY_FAILURES, new ArrayList<>(report.failures()));
    execution.setVariable(ELIGIBILITY_OPEN_QUESTIONS, new ArrayList<>(report.openQuestions()));
    execution.setVariable(ELIGIBILITY_SUMMARY, report.summary());
    execution.setVariable(MISSING_ATTACHMENTS, new ArrayList<>(report.missingAttachments().stream()
        .map(Enum::name).toList()));
  }
}

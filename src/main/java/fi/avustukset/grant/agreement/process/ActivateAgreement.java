package fi.avustukset.grant.agreement.process;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.APPLICATION_NUMBER;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import fi.avustukset.grant.payment.domain.PaymentService;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.project.domain.ProjectService.ProjectData;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_ActivateAgreement: the signed agreement comes into force — its payment instalments and
 * its reports (one per agreement year, E10) are planned, and the funded project is created
 * with the application number as its code, so activity reports can be attached to it.
 * Idempotent, as a retried job may run it again.
 */
@Component
public class ActivateAgreement implements JavaDelegate {

  private final AgreementService agreements;
  private final PaymentService payments;
  private final ReportObligationService reports;
  private final ProjectService projects;

  public ActivateAgreement(AgreementService agreements, PaymentService payments,
      ReportObligationService reports, ProjectService projects) {
    this.agreements = agreements;
    this.payments = payments;
    this.reports = reports;
    this.projects = projects;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String applicationNumber = (String) execution.getVariable(APPLICATION_NUMBER);
    Agreement agreement = agreements.get(applicationNumber);
    payments.plan(applicationNumber);
    reports.plan(applicationNumber);
    projects.save(applicationNumber, new ProjectData(agreement.getProjectName(),
        agreement.getOrganizationName(), existingProgramme(applicationNumber),
        agreement.getBusinessId(), applicationNumber));
  }

  /** A project may already exist (a retried job, or staff created it): keep its programme. */
  private String existingProgramme(String projectCode) {
    return projects.find(projectCode).map(FundedProject::getProgrammeCode).orElse(null);
  }
}

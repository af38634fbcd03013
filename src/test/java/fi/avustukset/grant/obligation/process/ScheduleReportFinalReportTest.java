package fi.avustukset.grant.obligation.process;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fi.avustukset.grant.obligation.domain.ReportObligation;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

/**
 * The last year's report (E10) gives the review task the link to the project's final report
 * over all its years (issue 16); the other years' reports do not.
 */
class ScheduleReportFinalReportTest {

  ReportObligationService service = mock(ReportObligationService.class);
  DelegateExecution execution = mock(DelegateExecution.class);

  void given(boolean last) {
    ReportObligation report = mock(ReportObligation.class);
    when(report.isFinalReport()).thenReturn(last);
    when(report.getApplicationNumber()).thenReturn("A-2027-0001");
    when(report.getPeriodStart()).thenReturn(LocalDate.of(2029, 3, 15));
    when(report.getPeriodEnd()).thenReturn(LocalDate.of(2030, 3, 14));
    when(report.currentDueDate()).thenReturn(LocalDate.of(2030, 5, 14));
    when(execution.getVariable(GrantReportVariables.APPLICATION_NUMBER)).thenReturn("A-2027-0001");
    when(execution.getVariable(GrantReportVariables.REPORT_YEAR)).thenReturn(3);
    when(service.report("A-2027-0001", 3)).thenReturn(report);
  }

  @Test
  void theFinalReportLinksTheProjectsFinalReportPage() {
    given(true);
    new ScheduleReport(service).execute(execution);
    verify(execution).setVariable(GrantReportVariables.FINAL_REPORT_URL,
        "/api/projects/A-2027-0001/reports/final.html");
    verify(execution).setVariable(GrantReportVariables.REPORT_KIND_NAME, "Loppuraportti");
  }

  @Test
  void anAnnualReportHasNoFinalReportLink() {
    given(false);
    new ScheduleReport(service).execute(execution);
    verify(execution, never()).setVariable(eq(GrantReportVariables.FINAL_REPORT_URL), anyString());
  }
}

package fi.avustukset.grant.obligation.process;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.grant.obligation.domain.ReportObligation;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * E10 after a period extension (change application): the final report's grant-report instance
 * waits at Event_AgreementYearEnds for the old end of the agreement; its schedule variables are
 * set anew from the moved report record and the timer moves to the day after the new end. The
 * reminders' timers are created from these variables when the report task opens.
 */
@Component
public class ReportRescheduling {

  private final ReportObligationService reports;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;

  public ReportRescheduling(ReportObligationService reports, RuntimeService runtimeService,
      ManagementService managementService) {
    this.reports = reports;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
  }

  /** Moves the waiting final-report instance of the agreement to its report's current dates. */
  public void rescheduleFinalReport(String applicationNumber) {
    ReportObligation report = reports.of(applicationNumber).stream()
        .filter(ReportObligation::isFinalReport).findFirst().orElse(null);
    if (report == null) {
      return;
    }
    Map<String, Object> variables = ScheduleReport.variables(report);
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(GrantReportVariables.PROCESS_KEY)
        .processInstanceBusinessKey(applicationNumber).active().list()) {
      Object year = runtimeService.getVariable(instance.getId(), REPORT_YEAR);
      if (!(year instanceof Number n) || n.intValue() != report.getYear()) {
        continue;
      }
      runtimeService.setVariables(instance.getId(), variables);
      Job timer = managementService.createJobQuery().processInstanceId(instance.getId())
          .activityId("Event_AgreementYearEnds").timers().singleResult();
      if (timer != null) {
        managementService.setJobDuedate(timer.getId(), (Date) variables.get(REPORT_OPENS_AT));
      }
    }
  }
}

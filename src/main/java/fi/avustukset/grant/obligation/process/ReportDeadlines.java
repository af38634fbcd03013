package fi.avustukset.grant.obligation.process;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.platform.process.ProcessSupport;
import fi.avustukset.grant.obligation.domain.ReportSchedule;
import java.time.LocalDate;
import java.util.Date;
import java.util.function.BiConsumer;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Writes one round of the applicant's deadlines into the process variables. */
final class ReportDeadlines {

  static void set(VariableScope scope, ReportSchedule.Deadlines deadlines) {
    set(scope::setVariable, deadlines);
  }

  static void set(BiConsumer<String, Object> variables, ReportSchedule.Deadlines deadlines) {
    variables.accept(REPORT_DUE_DATE, deadlines.dueDate().toString());
    // The task is due at the end of the due date; reminders and lateness start at midnight.
    variables.accept(REPORT_DUE_AT, new Date(startOfDay(deadlines.dueDate().plusDays(1))
        .getTime() - 60_000));
    variables.accept(REPORT_REMIND_AT, startOfDay(deadlines.remindOn()));
    variables.accept(REPORT_LATE_AT, startOfDay(deadlines.lateFrom()));
    variables.accept(REPORT_ESCALATE_AT, startOfDay(deadlines.escalateOn()));
  }

  static Date startOfDay(LocalDate day) {
    return ProcessSupport.startOfDay(day);
  }

  private ReportDeadlines() {}
}

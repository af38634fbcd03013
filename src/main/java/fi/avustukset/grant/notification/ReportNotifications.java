package fi.avustukset.grant.notification;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;

import fi.avustukset.platform.mail.MailFormat;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.mail.Outbox;
import fi.avustukset.platform.mail.ProcessMailHooks;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * The applicant's messages of grant-report (E10): the report falls due (before), it is late
 * (after), it is accepted or more information is asked, a reclaim is decided.
 */
@Component
public class ReportNotifications implements ProcessMailHooks {

  public static final String PROCESS = PROCESS_KEY;

  private final Outbox outbox;
  private final GrantMailRecipients recipients;
  private final GrantNotifications grant;

  public ReportNotifications(Outbox outbox, @Lazy GrantMailRecipients recipients,
      @Lazy GrantNotifications grant) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.grant = grant;
  }

  @Override
  public void register(Registry r) {
    r.onEnd(PROCESS, "Task_RemindBeforeDue", ex -> reminder(ex, "report-due"));
    r.onEnd(PROCESS, "Task_MarkReportLate", ex -> reminder(ex, "report-late"));
    r.onEnd(PROCESS, "Task_RemindAfterDue", ex -> reminder(ex, "report-overdue"));
    r.onTaskComplete(PROCESS, "Task_ReviewReport", this::reviewed);
    r.onTaskComplete(PROCESS, "Task_DecideReclaim", this::reclaimDecided);
  }

  void reminder(DelegateExecution execution, String template) {
    String number = (String) execution.getVariable(APPLICATION_NUMBER);
    Map<String, Object> m = model(number, execution);
    if (m != null) {
      send(template + ":" + number + ":" + execution.getVariable(REPORT_YEAR) + ":"
          + execution.getVariable(REPORT_DUE_DATE), template, number, m);
    }
  }

  void reviewed(DelegateTask task) {
    String outcome = (String) task.getVariable(REPORT_REVIEW);
    String template = switch (outcome == null ? "" : outcome) {
      case "ACCEPTED" -> "report-accepted";
      case "COMPLETION_REQUESTED" -> "report-more-info";
      default -> null; // RECLAIM: the applicant hears of the reclaim decision
    };
    String number = (String) task.getVariable(APPLICATION_NUMBER);
    Map<String, Object> m = template == null ? null : model(number, task);
    if (m != null) {
      m.put("comment", task.getVariable(REVIEW_COMMENT));
      send(template + ":" + task.getId(), template, number, m);
    }
  }

  void reclaimDecided(DelegateTask task) {
    String number = (String) task.getVariable(APPLICATION_NUMBER);
    Map<String, Object> m = model(number, task);
    if (m != null) {
      Object amount = task.getVariable(RECLAIM_AMOUNT);
      m.put("reclaim", amount instanceof Number n && n.doubleValue() > 0);
      m.put("reclaimAmount", MailFormat.euros(amount));
      m.put("reasons", task.getVariable(RECLAIM_REASONS));
      send("reclaim-decided:" + task.getId(), "reclaim-decided", number, m);
    }
  }

  private void send(String dedupe, String template, String number, Map<String, Object> m) {
    outbox.enqueue(new MailRequest(dedupe, template, number, recipients.contactEmail(number), m));
  }

  private Map<String, Object> model(String number, VariableScope scope) {
    return recipients.application(number).map(a -> {
      Map<String, Object> m = grant.model(a);
      m.put("reportYear", scope.getVariable(REPORT_YEAR));
      m.put("reportKind", scope.getVariable(REPORT_KIND_NAME));
      m.put("finalReport", Boolean.TRUE.equals(scope.getVariable(FINAL_REPORT)));
      m.put("periodStart", MailFormat.date(scope.getVariable(REPORT_PERIOD_START)));
      m.put("periodEnd", MailFormat.date(scope.getVariable(REPORT_PERIOD_END)));
      m.put("due", MailFormat.date(scope.getVariable(REPORT_DUE_DATE)));
      m.put("note", scope.getVariable(REMINDER_NOTE));
      return m;
    }).orElse(null);
  }
}

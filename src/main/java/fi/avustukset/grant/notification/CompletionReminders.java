package fi.avustukset.grant.notification;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.platform.mail.MailFormat;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.mail.Outbox;
import fi.avustukset.platform.domain.Values;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder of a completion request before its deadline: every open Task_CompleteApplication
 * whose deadline is at most {@code grants.mail.completion-reminder-before} away gets one reminder
 * (dedupe key per task, so every node of a cluster may run this and it is still sent once).
 */
@Component
public class CompletionReminders {

  private static final Logger log = LoggerFactory.getLogger(CompletionReminders.class);

  private final TaskService tasks;
  private final Outbox outbox;
  private final GrantNotifications notifications;
  private final GrantMailRecipients recipients;
  private final Clock clock;
  private final Period before;

  public CompletionReminders(TaskService tasks, Outbox outbox, GrantNotifications notifications,
      GrantMailRecipients recipients, Clock clock,
      @Value("${grants.mail.completion-reminder-before:P3D}") Period before) {
    this.tasks = tasks;
    this.outbox = outbox;
    this.notifications = notifications;
    this.recipients = recipients;
    this.clock = clock;
    this.before = before;
  }

  @Scheduled(fixedDelayString = "${grants.mail.reminder-interval:PT1H}",
      initialDelayString = "PT1M")
  public void scheduled() {
    try {
      remindDue();
    } catch (RuntimeException e) {
      log.warn("Completion reminders failed this round: {}", e.toString());
    }
  }

  /** Writes the reminders due today; returns how many were new. */
  @Transactional
  public int remindDue() {
    LocalDate today = LocalDate.now(clock.withZone(Values.HELSINKI));
    int written = 0;
    for (Task task : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY)
        .taskDefinitionKey("Task_CompleteApplication").active().list()) {
      Map<String, Object> vars = tasks.getVariables(task.getId());
      LocalDate due;
      try {
        due = Values.localDate(vars.get(COMPLETION_DUE));
      } catch (RuntimeException e) {
        continue;
      }
      if (due == null || due.isBefore(today) || due.isAfter(today.plus(before))) {
        continue;
      }
      String number = (String) vars.get(APPLICATION_NUMBER);
      String dedupe = "completion-reminder:" + task.getId();
      if (outbox.exists(dedupe)) {
        continue;
      }
      var application = recipients.application(number);
      if (application.isEmpty()) {
        continue;
      }
      Map<String, Object> m = notifications.model(application.get());
      m.put("request", vars.get(COMPLETION_REQUEST));
      m.put("due", MailFormat.date(due));
      if (outbox.enqueue(new MailRequest(dedupe, "completion-reminder", number,
          application.get().getContactEmail(), m)).isPresent()) {
        written++;
      }
    }
    return written;
  }
}

package fi.avustukset.platform.mail.process;

import fi.avustukset.platform.mail.MailFormat;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.mail.Outbox;

import fi.avustukset.platform.identity.Groups;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff digest, once a day (issue 12): to every member of a staff group, the group's
 * unclaimed tasks that have waited longer than {@code grants.mail.digest-older-than}. One
 * message per member, group and day (dedupe key), so every node may run it.
 */
@Component
public class StaffDigest {

  private static final Logger log = LoggerFactory.getLogger(StaffDigest.class);
  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private final TaskService tasks;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final Outbox outbox;
  private final Clock clock;
  private final Duration olderThan;

  public StaffDigest(TaskService tasks, RuntimeService runtime, IdentityService identity,
      Outbox outbox, Clock clock,
      @Value("${grants.mail.digest-older-than:P2D}") Duration olderThan) {
    this.tasks = tasks;
    this.runtime = runtime;
    this.identity = identity;
    this.outbox = outbox;
    this.clock = clock;
    this.olderThan = olderThan;
  }

  @Scheduled(cron = "${grants.mail.digest-cron:0 0 7 * * MON-FRI}", zone = "Europe/Helsinki")
  public void scheduled() {
    try {
      log.info("Staff digest: {} messages", send());
    } catch (RuntimeException e) {
      log.warn("Staff digest failed this round: {}", e.toString());
    }
  }

  public record WaitingTask(String name, String businessKey, String since, long days) {}

  /** Writes today's digests; returns how many new messages. */
  @Transactional
  public int send() {
    Instant now = Instant.now(clock);
    LocalDate today = LocalDate.ofInstant(now, HELSINKI);
    int written = 0;
    for (Groups.Role role : Groups.ROLES) {
      if (!Groups.STAFF.contains(role.id())) {
        continue;
      }
      List<Task> waiting = tasks.createTaskQuery().taskCandidateGroup(role.id()).taskUnassigned()
          .taskCreatedBefore(Date.from(now.minus(olderThan))).active()
          .orderByTaskCreateTime().asc().listPage(0, 200);
      if (waiting.isEmpty()) {
        continue;
      }
      Set<String> instanceIds = waiting.stream().map(Task::getProcessInstanceId)
          .collect(Collectors.toSet());
      Map<String, String> keys = new HashMap<>();
      for (ProcessInstance pi : runtime.createProcessInstanceQuery()
          .processInstanceIds(instanceIds).list()) {
        keys.put(pi.getId(), pi.getBusinessKey());
      }
      List<WaitingTask> lines = new ArrayList<>();
      for (Task t : waiting) {
        Instant created = t.getCreateTime().toInstant();
        lines.add(new WaitingTask(t.getName(), keys.getOrDefault(t.getProcessInstanceId(), ""),
            MailFormat.date(created), Duration.between(created, now).toDays()));
      }
      for (User user : identity.createUserQuery().memberOfGroup(role.id()).list()) {
        if (user.getEmail() == null || user.getEmail().isBlank()) {
          continue;
        }
        Map<String, Object> m = new HashMap<>();
        m.put("groupName", role.name());
        m.put("tasks", lines);
        m.put("count", lines.size());
        m.put("days", olderThan.toDays());
        m.put("firstName", user.getFirstName());
        if (outbox.enqueue(new MailRequest("staff-digest:" + today + ":" + role.id() + ":"
            + user.getId(), "staff-digest", role.id(), user.getEmail(), m)).isPresent()) {
          written++;
        }
      }
    }
    return written;
  }
}

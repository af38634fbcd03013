package fi.avustukset.grant.obligation.process;

import fi.avustukset.grant.obligation.domain.ReportObligationService;

import static fi.avustukset.grant.obligation.process.GrantReportVariables.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import fi.avustukset.grant.obligation.process.MarkReportLate;
import fi.avustukset.grant.obligation.process.RemindApplicant;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Paths of grant-report (E10): on time, late with reminders and escalation, completion
 * requested, reclaim. Time moves with ClockUtil and due timer jobs are executed — no sleeping.
 * The reminder and late-marking delegates are the real ones over a mocked domain service, so
 * the test sees what the applicant sees in Tasklist: the report task's priority and description.
 */
@Deployment(resources = {"processes/grant-report.bpmn", "forms/report-submit.form",
    "forms/report-review.form", "forms/report-late-followup.form", "forms/reclaim-decide.form"})
class GrantReportProcessTest {

  static final String APPLICATION = "2027-KU-1-0003";
  static final String ORG_GROUP = "org12345671";
  static final long DAY = 86_400_000L;

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineCoverageExtension
      .builder("unit.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  ReportObligationService reports = mock(ReportObligationService.class);
  JavaDelegate scheduleReport = mock(JavaDelegate.class);
  TaskListener applyReportSubmission = mock(TaskListener.class);
  TaskListener applyReportReview = mock(TaskListener.class);
  TaskListener applyReclaimDecision = mock(TaskListener.class);

  /** "Now" of each test: the day the agreement year ends. */
  Instant yearEnds = Instant.parse("2028-03-14T22:00:00Z");

  @BeforeEach
  void registerMocks() throws Exception {
    ClockUtil.setCurrentTime(Date.from(yearEnds.minus(30, ChronoUnit.DAYS)));
    doAnswer(inv -> {
      DelegateExecution execution = inv.getArgument(0);
      Date opens = Date.from(yearEnds);
      execution.setVariable(REPORT_OPENS_AT, opens);
      execution.setVariable(REPORT_DUE_DATE, "2028-05-15");
      execution.setVariable(REPORT_DUE_AT, new Date(opens.getTime() + 62 * DAY - 60_000));
      execution.setVariable(REPORT_REMIND_AT, new Date(opens.getTime() + 48 * DAY));
      execution.setVariable(REPORT_LATE_AT, new Date(opens.getTime() + 62 * DAY));
      execution.setVariable(REPORT_ESCALATE_AT, new Date(opens.getTime() + 68 * DAY));
      execution.setVariable(REMINDER_NOTE, "");
      return null;
    }).when(scheduleReport).execute(any());
    when(reports.markLate(APPLICATION, 1)).thenReturn(true);
    Mocks.register("scheduleReport", scheduleReport);
    Mocks.register("remindApplicant", new RemindApplicant(reports));
    Mocks.register("markReportLate", new MarkReportLate(reports));
    Mocks.register("applyReportSubmission", applyReportSubmission);
    Mocks.register("applyReportReview", applyReportReview);
    Mocks.register("applyReclaimDecision", applyReclaimDecision);
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  ProcessInstance start() {
    Map<String, Object> v = new HashMap<>();
    v.put(APPLICATION_NUMBER, APPLICATION);
    v.put(APPLICANT_GROUP, ORG_GROUP);
    v.put(ORGANIZATION_NAME, "Savon Mielenterveysyhdistys ry");
    v.put(PROJECT_NAME, "Mielen hyvinvointi");
    v.put(REPORT_YEAR, 1);
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, APPLICATION, v);
    execute(job(pi)); // Task_ScheduleReport (async)
    return pi;
  }

  /** Moves the clock and runs every job that is then due, as the job executor would. */
  void moveTo(Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
    for (int round = 0; round < 10; round++) {
      var due = managementService().createJobQuery().executable().list();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(j -> managementService().executeJob(j.getId()));
    }
  }

  Task submitTask(ProcessInstance pi) {
    return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_SubmitReport").singleResult();
  }

  Instant days(int n) {
    return yearEnds.plus(n, ChronoUnit.DAYS).plusSeconds(60);
  }

  @Test
  void reportOpensWhenTheAgreementYearEndsForTheApplicantOrganisationOnly() {
    ProcessInstance pi = start();
    assertThat(pi).isWaitingAt("Event_AgreementYearEnds");
    assertThat(submitTask(pi)).isNull();

    moveTo(days(0));

    Task task = submitTask(pi);
    assertThat(task).hasCandidateGroup(ORG_GROUP);
    assertThat(taskService().getIdentityLinksForTask(task.getId())).extracting("groupId")
        .containsExactly(ORG_GROUP);
    assertThat(task.getDueDate()).isEqualTo(new Date(yearEnds.toEpochMilli() + 62 * DAY - 60_000));
    assertThat(task.getPriority()).isEqualTo(PRIORITY_NORMAL);
  }

  @Test
  void reportOnTimeIsAcceptedWithoutReminders() throws Exception {
    ProcessInstance pi = start();
    moveTo(days(10));

    complete(submitTask(pi));
    verify(applyReportSubmission).notify(any());
    assertThat(pi).isWaitingAt("Task_ReviewReport");
    assertThat(task(pi)).hasCandidateGroup("grantSecretary");
    // The submission round ended: its reminder timers are gone.
    assertThat(jobQuery().processInstanceId(pi.getId()).timers().count()).isZero();

    complete(task(pi), withVariables(REPORT_REVIEW, "ACCEPTED"));
    execute(job(pi));

    assertThat(pi).isEnded().hasPassed("EndEvent_ReportAccepted").hasNotPassed("Task_RemindBeforeDue");
    verify(reports, never()).remind(any(), anyInt());
  }

  @Test
  void lateReportRemindsTheApplicantBeforeAndAfterTheDueDateAndEscalatesToThePreparer() {
    ProcessInstance pi = start();
    moveTo(days(1));

    moveTo(days(48)); // 14 days before the due date
    Task task = submitTask(pi);
    assertThat(task.getPriority()).isEqualTo(PRIORITY_REMINDED);
    assertThat(task.getDescription()).contains("Muistutus").contains("2028-05-15");
    assertThat(runtimeService().getVariable(pi.getId(), REMINDER_NOTE)).asString().contains("Muistutus");
    verify(reports).remind(APPLICATION, 1);
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_FollowUpLateReport").count()).isZero();

    moveTo(days(62)); // the day after the due date
    verify(reports).markLate(APPLICATION, 1);
    assertThat(submitTask(pi).getPriority()).isEqualTo(PRIORITY_LATE);
    assertThat(submitTask(pi).getDescription()).contains("myöhässä");
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_FollowUpLateReport").count()).isZero();

    moveTo(days(68)); // a week after the due date
    verify(reports, times(2)).remind(APPLICATION, 1);
    assertThat(submitTask(pi).getPriority()).isEqualTo(PRIORITY_ESCALATED);
    Task followUp = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_FollowUpLateReport").singleResult();
    assertThat(followUp).hasCandidateGroup("grantSecretary");
    complete(followUp, withVariables(LATE_FOLLOW_UP_NOTE, "Soitettu; raportti tulossa viikon sisällä"));
    moveTo(days(69));

    complete(submitTask(pi));
    assertThat(pi).isWaitingAt("Task_ReviewReport");
    assertThat(pi).hasPassed("Task_RemindBeforeDue", "Task_MarkReportLate", "Task_RemindAfterDue",
        "Task_FollowUpLateReport", "EndEvent_ReminderSent", "EndEvent_MarkedLate",
        "EndEvent_LateFollowedUp");
  }

  @Test
  void submittedReportCancelsThePreparersOpenFollowUp() {
    ProcessInstance pi = start();
    moveTo(days(68));
    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_FollowUpLateReport").count()).isEqualTo(1);

    complete(submitTask(pi));

    assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_FollowUpLateReport").count()).isZero();
    assertThat(pi).isWaitingAt("Task_ReviewReport").hasPassed("EndEvent_ReportSubmitted");
  }

  @Test
  void completionRequestedSendsTheReportBackToTheApplicant() {
    ProcessInstance pi = start();
    moveTo(days(5));
    complete(submitTask(pi));

    complete(task(pi), withVariables(REPORT_REVIEW, "COMPLETION_REQUESTED",
        REVIEW_COMMENT, "Liitä kulujen erittely"));
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_SubmitReport");
    assertThat(submitTask(pi)).hasCandidateGroup(ORG_GROUP);
    complete(submitTask(pi));
    complete(task(pi), withVariables(REPORT_REVIEW, "ACCEPTED"));
    execute(job(pi));
    assertThat(pi).isEnded().hasPassed("EndEvent_ReportAccepted");
    verify(applyReportSubmission, times(2)).notify(any());
    verify(applyReportReview, times(2)).notify(any());
  }

  @Test
  void reclaimProposalGivesThePreparerAReclaimDecision() throws Exception {
    ProcessInstance pi = start();
    moveTo(days(5));
    complete(submitTask(pi));

    complete(task(pi), withVariables(REPORT_REVIEW, "RECLAIM", REVIEW_COMMENT, "4 000 € käyttämättä"));
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_DecideReclaim");
    assertThat(task(pi)).hasCandidateGroup("grantSecretary");
    complete(task(pi), withVariables(RECLAIM_AMOUNT, 4000.0, RECLAIM_REASONS, "Käyttämätön osuus"));
    execute(job(pi));
    verify(applyReclaimDecision).notify(any());
    assertThat(pi).isEnded().hasPassed("EndEvent_ReclaimDecided").hasNotPassed("EndEvent_ReportAccepted");
  }
}

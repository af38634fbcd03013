package fi.avustukset.grant.agreement.process;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.grant.obligation.process.GrantReportVariables;
import fi.avustukset.grant.payment.domain.GrantExceededException;
import fi.avustukset.grant.payment.domain.Instalments;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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
 * Paths of grant-agreement (DOMAIN.md §7) with the delegates mocked: the flow is under test —
 * who gets which task, the loops back to the preparer, one payment round per instalment and
 * one report instance per agreement year. grant-report is deployed too (its own paths are in
 * GrantReportProcessTest, hence the lower class threshold here); here each year's report is
 * driven straight to acceptance.
 */
@Deployment(resources = {"processes/grant-agreement.bpmn", "processes/grant-report.bpmn",
    "forms/grant-agreement-start.form", "forms/agreement-draft.form", "forms/agreement-accept.form",
    "forms/agreement-sign.form", "forms/payment-approve.form", "forms/report-submit.form",
    "forms/report-review.form", "forms/report-late-followup.form", "forms/reclaim-decide.form"})
class GrantAgreementProcessTest {

  static final String APPLICATION = "2027-TI-1-0007";
  static final String ORG_GROUP = "org12345671";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineCoverageExtension
      .builder("unit.camunda.cfg.xml")
      // grant-report runs here only as the call activity; GrantReportProcessTest covers it fully
      .excludeProcessDefinitionKeys("grant-report").assertClassCoverageAtLeast(1.0).build();

  JavaDelegate registerAgreement = mock(JavaDelegate.class);
  TaskListener applyAgreementDraft = mock(TaskListener.class);
  TaskListener applyAgreementAcceptance = mock(TaskListener.class);
  TaskListener applyAgreementSignature = mock(TaskListener.class);
  JavaDelegate activateAgreement = mock(JavaDelegate.class);
  JavaDelegate prepareInstalment = mock(JavaDelegate.class);
  TaskListener applyPaymentApproval = mock(TaskListener.class);
  JavaDelegate sendPayment = mock(JavaDelegate.class);
  JavaDelegate closeAgreement = mock(JavaDelegate.class);
  JavaDelegate scheduleReport = mock(JavaDelegate.class);

  @BeforeEach
  void registerMocks() throws Exception {
    doAnswer(inv -> {
      DelegateExecution execution = inv.getArgument(0);
      execution.setProcessBusinessKey((String) execution.getVariable(APPLICATION_NUMBER));
      execution.setVariable(INSTALMENT_COUNT, Instalments.count(
          GrantType.valueOf((String) execution.getVariable(GRANT_TYPE)),
          (Integer) execution.getVariable(DURATION_YEARS)));
      return null;
    }).when(registerAgreement).execute(any());
    doAnswer(inv -> {
      DelegateExecution execution = inv.getArgument(0);
      execution.setVariableLocal(INSTALMENT_AMOUNT, 10_000.0);
      execution.setVariableLocal(INSTALMENT_DUE_AT, new Date(System.currentTimeMillis() - 1000));
      return null;
    }).when(prepareInstalment).execute(any());
    doAnswer(inv -> {
      DelegateExecution execution = inv.getArgument(0);
      Date now = new Date();
      execution.setVariable(GrantReportVariables.REPORT_OPENS_AT, now);
      execution.setVariable(GrantReportVariables.REPORT_DUE_AT, new Date(now.getTime() + 60 * 86_400_000L));
      execution.setVariable(GrantReportVariables.REPORT_REMIND_AT, new Date(now.getTime() + 46 * 86_400_000L));
      execution.setVariable(GrantReportVariables.REPORT_LATE_AT, new Date(now.getTime() + 61 * 86_400_000L));
      execution.setVariable(GrantReportVariables.REPORT_ESCALATE_AT, new Date(now.getTime() + 67 * 86_400_000L));
      return null;
    }).when(scheduleReport).execute(any());
    Mocks.register("registerAgreement", registerAgreement);
    Mocks.register("applyAgreementDraft", applyAgreementDraft);
    Mocks.register("applyAgreementAcceptance", applyAgreementAcceptance);
    Mocks.register("applyAgreementSignature", applyAgreementSignature);
    Mocks.register("activateAgreement", activateAgreement);
    Mocks.register("prepareInstalment", prepareInstalment);
    Mocks.register("applyPaymentApproval", applyPaymentApproval);
    Mocks.register("sendPayment", sendPayment);
    Mocks.register("closeAgreement", closeAgreement);
    Mocks.register("scheduleReport", scheduleReport);
    for (String name : List.of("applyReportSubmission", "applyReportReview", "applyReclaimDecision")) {
      Mocks.register(name, mock(TaskListener.class));
    }
    for (String name : List.of("remindApplicant", "markReportLate")) {
      Mocks.register(name, mock(JavaDelegate.class));
    }
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  static Map<String, Object> contract(String grantType, int years) {
    Map<String, Object> v = new HashMap<>();
    v.put(APPLICATION_NUMBER, APPLICATION);
    v.put(CALL_KEY, "2027-TI-1");
    v.put(GRANT_TYPE, grantType);
    v.put(ORGANIZATION_NAME, "Savon Mielenterveysyhdistys ry");
    v.put(BUSINESS_ID, "1234567-1");
    v.put(APPLICANT_GROUP, ORG_GROUP);
    v.put(PROJECT_NAME, "Mielen hyvinvointi");
    v.put(GRANTED_AMOUNT, 30_000.0);
    v.put(DURATION_YEARS, years);
    v.put(DECISION_DATE, "2027-03-15");
    return v;
  }

  ProcessInstance start(String grantType, int years) {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, APPLICATION,
        contract(grantType, years));
  }

  /** The preparer drafts, the applicant accepts, the service area signs. */
  void agreeAndSign(ProcessInstance pi) {
    assertThat(pi).isWaitingAt("Task_DraftAgreement");
    complete(task(pi));
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_AcceptAgreement");
    complete(task(pi), withVariables(AGREEMENT_ACCEPTANCE, "ACCEPTED"));
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_SignAgreement");
    complete(task(pi), withVariables(AGREEMENT_SIGNATURE, "SIGNED"));
    execute(job(pi));
    assertThat(pi).isWaitingAt("Task_ActivateAgreement");
    execute(job(pi));
  }

  /** One payment round: prepare, due timer, the preparer's approval, the integration. */
  void payNextInstalment(ProcessInstance pi, int expectedYear) {
    Job prepare = jobQuery().processInstanceId(pi.getId()).activityId("Task_PrepareInstalment").singleResult();
    execute(prepare);
    execute(jobQuery().processInstanceId(pi.getId()).activityId("Event_InstalmentDue").singleResult());
    Task approve = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ApprovePayment").singleResult();
    assertThat(approve).hasCandidateGroup("grantSecretary");
    org.assertj.core.api.Assertions.assertThat(
        runtimeService().getVariable(approve.getExecutionId(), INSTALMENT_YEAR)).isEqualTo((long) expectedYear);
    complete(approve, withVariables(PAYMENT_APPROVAL, "APPROVED"));
    execute(jobQuery().processInstanceId(pi.getId()).activityId("Task_ApprovePayment").singleResult());
    execute(jobQuery().processInstanceId(pi.getId()).activityId("Task_SendPayment").singleResult());
  }

  /** Drives every grant-report instance of the agreement to an accepted report. */
  void acceptAllReports(ProcessInstance pi) {
    for (ProcessInstance report : reportsOf(pi)) {
      execute(job(report)); // schedule
      execute(job(report)); // the agreement year ends
      assertThat(task(report)).hasCandidateGroup(ORG_GROUP);
      complete(task(report));
      complete(task(report), withVariables(GrantReportVariables.REPORT_REVIEW, "ACCEPTED"));
      execute(job(report));
      assertThat(report).isEnded();
    }
  }

  List<ProcessInstance> reportsOf(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .processDefinitionKey(GrantReportVariables.PROCESS_KEY).list();
  }

  @Test
  void operatingGrantIsAgreedPaidAsOneSumReportedAndClosed() throws Exception {
    ProcessInstance pi = start("OPERATING_INNOVATION", 1);

    assertThat(pi).hasBusinessKey(APPLICATION).isWaitingAt("Task_DraftAgreement");
    assertThat(task(pi)).hasCandidateGroup("grantSecretary");
    complete(task(pi));
    execute(job(pi));
    assertThat(task(pi)).hasCandidateGroup(ORG_GROUP);
    org.assertj.core.api.Assertions.assertThat(taskService().getIdentityLinksForTask(task(pi).getId()))
        .extracting("groupId").containsExactly(ORG_GROUP);
    complete(task(pi), withVariables(AGREEMENT_ACCEPTANCE, "ACCEPTED"));
    execute(job(pi));
    assertThat(task(pi)).hasCandidateGroup("serviceArea");
    complete(task(pi), withVariables(AGREEMENT_SIGNATURE, "SIGNED"));
    execute(job(pi));
    execute(job(pi));
    verify(activateAgreement).execute(any());

    payNextInstalment(pi, 1);
    verify(sendPayment, times(1)).execute(any());
    assertThat(pi).hasPassed("EndEvent_InstalmentPaid");
    org.assertj.core.api.Assertions.assertThat(reportsOf(pi)).hasSize(1);
    org.assertj.core.api.Assertions.assertThat(
        runtimeService().getVariable(reportsOf(pi).get(0).getId(), GrantReportVariables.REPORT_YEAR)).isEqualTo(1L);
    org.assertj.core.api.Assertions.assertThat(reportsOf(pi).get(0).getBusinessKey()).isEqualTo(APPLICATION);

    acceptAllReports(pi);
    execute(job(pi)); // close
    verify(closeAgreement).execute(any());
    assertThat(pi).isEnded().hasPassedInOrder("Task_ActivateAgreement", "Task_CloseAgreement",
        "EndEvent_AgreementClosed");
  }

  @Test
  void partnershipGrantIsPaidInOneInstalmentPerAgreementYearAndReportedYearly() throws Exception {
    ProcessInstance pi = start("PARTNERSHIP", 3);
    agreeAndSign(pi);

    org.assertj.core.api.Assertions.assertThat(reportsOf(pi)).hasSize(3)
        .extracting(r -> runtimeService().getVariable(r.getId(), GrantReportVariables.REPORT_YEAR))
        .containsExactlyInAnyOrder(1L, 2L, 3L);
    payNextInstalment(pi, 1);
    payNextInstalment(pi, 2);
    payNextInstalment(pi, 3);
    verify(sendPayment, times(3)).execute(any());
    org.assertj.core.api.Assertions.assertThat(
        jobQuery().processInstanceId(pi.getId()).activityId("Task_PrepareInstalment").count()).isZero();

    acceptAllReports(pi);
    execute(job(pi));
    assertThat(pi).isEnded();
  }

  /** The variables grant-application's call activity passes in (README "grant-agreement"). */
  @Test
  void theInputContractStartsTheAgreement() {
    Map<String, Object> input = new HashMap<>();
    input.put(APPLICATION_NUMBER, "2027-KU-1-0003");
    input.put(CALL_KEY, "2027-KU-1");
    input.put(GRANT_TYPE, "PARTNERSHIP");
    input.put(ORGANIZATION_NAME, "Kuopion Seudun Omaishoitajat ry");
    input.put(BUSINESS_ID, "2345678-0");
    input.put(APPLICANT_GROUP, "org23456780");
    input.put(PROJECT_NAME, "Omaishoitajien vertaistuki");
    input.put(GRANTED_AMOUNT, 90_000.0);
    input.put(DURATION_YEARS, 3);
    input.put(DECISION_DATE, "2027-03-15");
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(PROCESS_KEY, "2027-KU-1-0003",
        input);

    assertThat(pi).hasBusinessKey("2027-KU-1-0003").isWaitingAt("Task_DraftAgreement")
        .variables().containsEntry(GRANT_TYPE, "PARTNERSHIP").containsEntry(GRANTED_AMOUNT, 90_000.0)
        .containsEntry(DURATION_YEARS, 3).containsEntry(DECISION_DATE, "2027-03-15")
        .containsEntry(APPLICANT_GROUP, "org23456780").containsEntry(INSTALMENT_COUNT, 3);
  }

  @Test
  void changesRequestedByTheApplicantReturnTheAgreementToThePreparer() {
    ProcessInstance pi = start("OPERATING_INNOVATION", 2);
    complete(task(pi));
    execute(job(pi));

    complete(task(pi), withVariables(AGREEMENT_ACCEPTANCE, "CHANGES_REQUESTED",
        ACCEPTANCE_COMMENT, "Tilinumero on väärä"));
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_DraftAgreement").hasNotPassed("Task_SignAgreement");
    verify(applyAgreementAcceptance).notify(any());
  }

  @Test
  void agreementReturnedByTheServiceAreaGoesBackToThePreparer() throws Exception {
    ProcessInstance pi = start("PARTNERSHIP", 2);
    complete(task(pi));
    execute(job(pi));
    complete(task(pi), withVariables(AGREEMENT_ACCEPTANCE, "ACCEPTED"));
    execute(job(pi));

    complete(task(pi), withVariables(AGREEMENT_SIGNATURE, "RETURNED", SIGNATURE_COMMENT, "Ehdot puuttuvat"));
    execute(job(pi));

    assertThat(pi).isWaitingAt("Task_DraftAgreement").hasNotPassed("Task_ActivateAgreement");
    verify(activateAgreement, never()).execute(any());
  }

  @Test
  void paymentOverTheGrantStopsAsAnIncidentAndNeverCompletes() throws Exception {
    doThrow(new GrantExceededException("paying 10000 would exceed the grant"))
        .when(sendPayment).execute(any());
    ProcessInstance pi = start("OPERATING_INNOVATION", 1);
    agreeAndSign(pi);
    execute(jobQuery().processInstanceId(pi.getId()).activityId("Task_PrepareInstalment").singleResult());
    execute(jobQuery().processInstanceId(pi.getId()).activityId("Event_InstalmentDue").singleResult());
    complete(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey("Task_ApprovePayment").singleResult(),
        withVariables(PAYMENT_APPROVAL, "APPROVED"));
    execute(jobQuery().processInstanceId(pi.getId()).activityId("Task_ApprovePayment").singleResult());

    Job send = jobQuery().processInstanceId(pi.getId()).activityId("Task_SendPayment").singleResult();
    managementService().setJobRetries(send.getId(), 1);
    assertThatThrownBy(() -> managementService().executeJob(send.getId()))
        .hasMessageContaining("exceed the grant");

    org.assertj.core.api.Assertions.assertThat(runtimeService().createIncidentQuery()
        .processInstanceId(pi.getId()).activityId("Task_SendPayment").count()).isEqualTo(1);
    assertThat(pi).isActive().hasNotPassed("EndEvent_InstalmentPaid");
  }
}

package fi.avustukset.grant.call.process;

import static fi.avustukset.grant.call.process.GrantCallVariables.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Paths of grant-call with the delegates mocked (the flow, not the domain, is under test). */
@Deployment(resources = "processes/grant-call.bpmn")
class GrantCallProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineCoverageExtension
      .builder("unit.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  JavaDelegate registerCall = mock(JavaDelegate.class);
  TaskListener applyCallDraft = mock(TaskListener.class);
  JavaDelegate publishCall = mock(JavaDelegate.class);
  JavaDelegate openCall = mock(JavaDelegate.class);
  JavaDelegate closeCall = mock(JavaDelegate.class);
  JavaDelegate proposeAllocation = mock(JavaDelegate.class);
  JavaDelegate sendProposals = mock(JavaDelegate.class);
  JavaDelegate summarizeCall = mock(JavaDelegate.class);
  java.util.Deque<Boolean> ready = new java.util.ArrayDeque<>();
  java.util.Deque<Boolean> decisionsFinal = new java.util.ArrayDeque<>();

  @BeforeEach
  void registerMocks() throws Exception {
    doAnswer(inv -> {
      var execution = (org.camunda.bpm.engine.delegate.DelegateExecution) inv.getArgument(0);
      execution.setProcessBusinessKey("2027-TI-1");
      execution.setVariable(CALL_KEY, "2027-TI-1");
      execution.setVariable(APPLICATION_OPENS_AT, new Date(System.currentTimeMillis() + 86_400_000L));
      execution.setVariable(APPLICATION_CLOSES_AT, new Date(System.currentTimeMillis() + 30 * 86_400_000L));
      return null;
    }).when(registerCall).execute(any());
    Mocks.register("registerCall", registerCall);
    Mocks.register("applyCallDraft", applyCallDraft);
    Mocks.register("publishCall", publishCall);
    Mocks.register("openCall", openCall);
    Mocks.register("closeCall", closeCall);
    Mocks.register("proposeAllocation", proposeAllocation);
    Mocks.register("sendProposals", sendProposals);
    Mocks.register("summarizeCall", summarizeCall);
    Mocks.register("confirmProposal", (TaskListener) task -> { });
    Mocks.register("checkApplicationsReady", (JavaDelegate) ex ->
        ex.setVariable("allApplicationsReady", ready.isEmpty() || ready.poll()));
    Mocks.register("checkDecisionsFinal", (JavaDelegate) ex ->
        ex.setVariable("allDecisionsFinal", decisionsFinal.isEmpty() || decisionsFinal.poll()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  ProcessInstance startCall() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(
        CALL_NAME, "Toiminta-avustukset 2027", GRANT_TYPE, "OPERATING_INNOVATION",
        APPROPRIATION, 300_000, APPLICATION_START, "2027-01-15",
        APPLICATION_DEADLINE, "2027-02-28"));
  }

  @Test
  void approvedCallIsPublishedOpenedOnStartDateAndClosedAfterDeadline() throws Exception {
    ProcessInstance call = startCall();

    assertThat(call).hasBusinessKey("2027-TI-1").isWaitingAt("Task_DraftCall");
    assertThat(task(call)).hasCandidateGroup("grantSecretary");
    complete(task(call), withVariables(CALL_DESCRIPTION, "Haetaan toimintaa..."));
    verify(applyCallDraft).notify(any());
    execute(job(call));

    assertThat(call).isWaitingAt("Task_ApproveCall");
    assertThat(task(call)).hasCandidateGroup("managers");
    complete(task(call), withVariables(CALL_APPROVAL, "APPROVED"));
    execute(job(call)); // async after the user task
    execute(job(call)); // async before publishing
    verify(publishCall).execute(any());

    assertThat(call).isWaitingAt("Event_ApplicationPeriodOpens");
    verify(openCall, never()).execute(any());
    execute(job(call)); // the start date arrives
    execute(job(call)); // async before opening
    verify(openCall).execute(any());

    assertThat(call).isWaitingAt("Event_DeadlinePassed");
    execute(job(call));
    execute(job(call));
    verify(closeCall).execute(any());
    runJobs(call);

    // every application was already ready: straight to the proposal list
    assertThat(call).isWaitingAt("Task_AdjustProposal").hasNotPassed("Gateway_WaitReady");
    verify(proposeAllocation).execute(any());
    assertThat(task(call)).hasCandidateGroup("grantSecretary");
    // the Finnish instruction points the preparer to this call's esityslista page
    org.assertj.core.api.Assertions.assertThat(task(call).getDescription()).contains("/api/calls/2027-TI-1/proposal.html");
    complete(task(call), withVariables("proposalConfirmed", true));
    runJobs(call);

    verify(sendProposals).execute(any());
    verify(summarizeCall).execute(any());
    assertThat(call).isEnded().hasPassedInOrder("Task_PublishCall", "Task_OpenCall",
        "Task_CloseCall", "Task_ProposeAllocation", "Task_SendProposals", "Task_SummarizeCall",
        "EndEvent_CallDecided");
  }

  @Test
  void callWaitsForApplicationsAndDecisionsByMessageOrHourlyRecheck() throws Exception {
    ready.addAll(java.util.List.of(false, false, true));
    decisionsFinal.addAll(java.util.List.of(false, false, true));
    ProcessInstance call = startCall();
    draftApproveOpenAndClose(call);

    assertThat(call).isWaitingAt("Gateway_WaitReady");
    runtimeService().correlateMessage("applications-ready", "2027-TI-1");
    runJobs(call);
    assertThat(call).isWaitingAt("Gateway_WaitReady"); // re-checked: one still in review
    execute(managementService().createJobQuery().processInstanceId(call.getId()).timers().singleResult());
    runJobs(call);
    assertThat(call).isWaitingAt("Task_AdjustProposal");

    complete(task(call), withVariables("proposalConfirmed", true));
    runJobs(call);
    assertThat(call).isWaitingAt("Gateway_WaitFinal");
    runtimeService().correlateMessage("decisions-final", "2027-TI-1");
    runJobs(call);
    assertThat(call).isWaitingAt("Gateway_WaitFinal");
    execute(managementService().createJobQuery().processInstanceId(call.getId()).timers().singleResult());
    runJobs(call);
    assertThat(call).isEnded().hasPassed("Event_DecisionsFinal", "Event_FinalRecheck",
        "Event_ApplicationsReady", "Event_ReadyRecheck", "Task_SummarizeCall");
  }

  /** The call is drafted, approved, opened and closed by its timers. */
  void draftApproveOpenAndClose(ProcessInstance call) {
    complete(task(call), withVariables(CALL_DESCRIPTION, "Haku"));
    runJobs(call);
    complete(task(call), withVariables(CALL_APPROVAL, "APPROVED"));
    runJobs(call);
    execute(job(call)); // opens
    runJobs(call);
    execute(job(call)); // closes
    runJobs(call);
  }

  void runJobs(ProcessInstance pi) {
    for (int i = 0; i < 20; i++) {
      var jobs = managementService().createJobQuery().processInstanceId(pi.getId()).executable()
          .list();
      if (jobs.isEmpty()) {
        return;
      }
      jobs.forEach(j -> managementService().executeJob(j.getId()));
    }
  }

  /**
   * Issue 10.2: the preparer's esityslista task shows the list as it is after a change on the
   * esityslista page — the changed amount, the computed one and the reason — not the summary
   * computed before the change.
   */
  @Test
  void preparersSummaryShowsTheAdjustedAmountAfterAChangeOnTheEsityslista() throws Exception {
    var allocation = mock(fi.avustukset.grant.decision.domain.AllocationService.class);
    var summary = new ProposalSummary(allocation, runtimeService(), identityService());
    doAnswer(inv -> {
      summary.computed(inv.getArgument(0), proposals(new java.math.BigDecimal("25000.00"),
          "Pisteiden mukaan, koko haettu summa"));
      return null;
    }).when(proposeAllocation).execute(any());
    ProcessInstance call = startCall();
    draftApproveOpenAndClose(call);
    assertThat(call).isWaitingAt("Task_AdjustProposal");
    org.assertj.core.api.Assertions.assertThat(shownSummary(call))
        .contains("1 hakemusta, 1 myönteistä esitystä, yhteensä 25 000,00 € / määräraha 300 000,00 €")
        .doesNotContain("oikaistu");

    // the preparer changes the proposal on the page: the page refreshes the task's summary
    when(allocation.list("2027-TI-1")).thenReturn(proposals(new java.math.BigDecimal("20000.00"),
        fi.avustukset.grant.decision.domain.AllocationService.ADJUSTED + "Matkakulut ylimitoitettu"));
    summary.refresh("2027-TI-1");

    org.assertj.core.api.Assertions.assertThat(shownSummary(call))
        .contains("yhteensä 20 000,00 € / määräraha 300 000,00 €",
            "2027-TI-1-0001 Savon Mielenterveysyhdistys ry: ehdotettu 25 000,00 €, oikaistu"
                + " 20 000,00 € (Matkakulut ylimitoitettu)")
        .doesNotContain("yhteensä 25 000,00 €");
  }

  static fi.avustukset.grant.decision.domain.AllocationService.ProposalList proposals(
      java.math.BigDecimal amount, String reason) {
    return new fi.avustukset.grant.decision.domain.AllocationService.ProposalList("2027-TI-1",
        new java.math.BigDecimal("300000"), amount, java.util.List.of(
            new fi.avustukset.grant.decision.domain.AllocationService.Line(1, "2027-TI-1-0001",
                "Savon Mielenterveysyhdistys ry", "Vertaistuki", new java.math.BigDecimal("85"),
                new java.math.BigDecimal("25000.00"), amount, "GRANTED", reason,
                "READY_FOR_DECISION")));
  }

  /** The summary as the preparer's Tasklist form reads it (the task's variables). */
  String shownSummary(ProcessInstance call) {
    return ((String) taskService().getVariable(task(call).getId(), ProposalSummary.PROPOSAL_SUMMARY))
        .replace('\u00a0', ' ');
  }

  @Test
  void returnedCallGoesBackToThePreparer() throws Exception {
    ProcessInstance call = startCall();
    complete(task(call), withVariables(CALL_DESCRIPTION, "Luonnos"));
    execute(job(call));

    complete(task(call), withVariables(CALL_APPROVAL, "RETURNED", APPROVAL_COMMENT, "Tarkenna"));
    execute(job(call));

    assertThat(call).isWaitingAt("Task_DraftCall").hasNotPassed("Task_PublishCall");
    verify(publishCall, never()).execute(any());
  }
}

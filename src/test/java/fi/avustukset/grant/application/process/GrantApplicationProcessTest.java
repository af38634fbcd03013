package fi.avustukset.grant.application.process;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.Mockito.mock;

import fi.avustukset.grant.conflict.domain.ConflictService;
import fi.avustukset.grant.conflict.process.ConflictGuard;
import fi.avustukset.grant.decision.domain.GrantDecisionService;
import java.util.ArrayDeque;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.assertj.core.api.Assertions;
import org.mockito.Mockito;

/**
 * Every path of grant-application with the domain delegates replaced by stand-ins (the flow is
 * under test here; the delegates have their own tests). Scenario style: the happy path is the
 * default and each test changes one step.
 */
@Deployment(resources = {"processes/grant-application.bpmn", "stubs/grant-agreement-stub.bpmn"})
class GrantApplicationProcessTest {

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineCoverageExtension
      .builder("unit.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  static final String NUMBER = "2027-TI-1-0001";
  static final String ORG_GROUP = "org12345671";

  String grantType = "OPERATING_INNOVATION";
  Deque<Boolean> eligibilityResults = new ArrayDeque<>(List.of(true));
  ConflictService conflicts = mock(ConflictService.class);
  GrantDecisionService decisions = mock(GrantDecisionService.class);

  @BeforeEach
  void standIns() {
    delegate("registerApplication", ex -> {
      ex.setProcessBusinessKey(NUMBER);
      ex.setVariable(APPLICATION_NUMBER, NUMBER);
      ex.setVariable(APPLICANT_GROUP, ORG_GROUP);
      ex.setVariable(GRANT_TYPE, grantType);
      ex.setVariable(TAKEOVER_PERIOD, "P14D");
      ex.setVariable(RECTIFICATION_PERIOD, "P14D");
    });
    delegate("checkEligibility", ex -> ex.setVariable(ELIGIBLE, eligibilityResults.isEmpty()
        || eligibilityResults.poll()));
    delegate("assignReviewers", ex -> ex.setVariable(REVIEWERS, List.of("reviewer1", "reviewer2")));
    delegate("computeScore", ex -> ex.setVariable(SCORE, 82.5));
    for (String noop : List.of("proposeRejectionOverdue", "recordNegotiationOutcome",
        "markReadyForDecision", "notifyApplicant", "finalizeDecision")) {
      delegate(noop, ex -> { });
    }
    for (String listener : List.of("applyEligibilityReview", "applyCompletion", "recordReview",
        "applyNegotiation", "recordCommitteeDecision", "applyReprepare", "recordTakeoverChoice",
        "recordBoardDecision", "recordRectificationRequest", "recordRectificationDecision")) {
      Mocks.register(listener, (TaskListener) task -> { });
    }
    Mockito.when(conflicts.conflictedUsers(Mockito.anyString())).thenReturn(Set.of());
    Mocks.register("conflictGuard", new ConflictGuard(conflicts, decisions,
        engine.getProcessEngine().getIdentityService()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
    ClockUtil.reset();
  }

  void delegate(String name, Consumer<DelegateExecution> body) {
    Mocks.register(name, (JavaDelegate) body::accept);
  }

  ProcessInstance submit() {
    Map<String, Object> vars = new HashMap<>();
    vars.put(CALL_KEY, "2027-TI-1");
    vars.put(BUSINESS_ID, "1234567-1");
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, vars);
  }

  /** Runs async continuations until the instance waits for a person, a message or a timer. */
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

  void completeTask(ProcessInstance pi, String taskKey, Object... vars) {
    assertThat(pi).isWaitingAt(taskKey);
    Map<String, Object> map = new HashMap<>();
    for (int i = 0; i < vars.length; i += 2) {
      map.put((String) vars[i], vars[i + 1]);
    }
    complete(task(taskKey, pi), map);
    runJobs(pi);
  }

  void scoreByBothReviewers(ProcessInstance pi) {
    runJobs(pi);
    assertThat(pi).isWaitingAt("Task_ScoreApplication");
    var tasks = taskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_ScoreApplication").list();
    Assertions.assertThat(tasks).extracting(t -> t.getAssignee()).containsExactlyInAnyOrder("reviewer1", "reviewer2");
    tasks.forEach(t -> taskService().complete(t.getId()));
    runJobs(pi);
  }

  void proposalArrives(ProcessInstance pi, String decision, double amount) {
    assertThat(pi).isWaitingAt("Event_ProposalReceived");
    runtimeService().createMessageCorrelation("decision-proposal").processInstanceBusinessKey(NUMBER)
        .setVariables(Map.of(PROPOSED_DECISION, decision, PROPOSED_AMOUNT, amount)).correlate();
  }

  void committeeDecidesAndWindowsPass(ProcessInstance pi, String decision, double amount) {
    completeTask(pi, "Task_CommitteeDecision", DECISION, decision, GRANTED_AMOUNT, amount);
    completeTask(pi, "Task_ConsiderTakeover", TAKE_OVER, false);
    completeTask(pi, "Task_ConsiderRectification", RECTIFICATION_REQUESTED, false);
  }

  @Test
  void eligibleOperatingGrantIsScoredProposedDecidedAndFinal() {
    ProcessInstance pi = submit();
    assertThat(pi).hasBusinessKey(NUMBER);
    scoreByBothReviewers(pi);
    proposalArrives(pi, "GRANTED", 20_000);
    assertThat(task("Task_CommitteeDecision", pi)).hasCandidateGroup("committee");
    committeeDecidesAndWindowsPass(pi, "GRANTED", 20_000);

    assertThat(pi).isEnded().hasPassedInOrder("Task_CheckEligibility", "Task_AssignReviewers",
        "Task_ComputeScore", "Task_MarkReadyForDecision", "Task_CommitteeDecision",
        "Task_NotifyApplicant", "Task_FinalizeDecision", "CallActivity_Agreement", "EndEvent_Granted")
        .hasNotPassed("Task_ReviewEligibility", "Task_Negotiate");
  }

  @Test
  void ineligibleApplicationGoesToThePreparerWhoProposesRejection() {
    eligibilityResults = new ArrayDeque<>(List.of(false));
    ProcessInstance pi = submit();
    runJobs(pi);

    assertThat(pi).isWaitingAt("Task_ReviewEligibility");
    assertThat(task("Task_ReviewEligibility", pi)).hasCandidateGroup("grantSecretary");
    completeTask(pi, "Task_ReviewEligibility", ELIGIBILITY_DECISION, "PROPOSE_REJECTION");

    proposalArrives(pi, "REJECTED", 0);
    committeeDecidesAndWindowsPass(pi, "REJECTED", 0);
    assertThat(pi).isEnded().hasPassed("EndEvent_NotGranted").hasNotPassed("Task_AssignReviewers");
  }

  @Test
  void preparerMayJudgeAnOpenQuestionEligible() {
    eligibilityResults = new ArrayDeque<>(List.of(false));
    ProcessInstance pi = submit();
    runJobs(pi);
    completeTask(pi, "Task_ReviewEligibility", ELIGIBILITY_DECISION, "ELIGIBLE");
    assertThat(pi).isWaitingAt("Task_ScoreApplication");
  }

  @Test
  void completedApplicationIsCheckedAgainAndContinues() {
    eligibilityResults = new ArrayDeque<>(List.of(false, true));
    ProcessInstance pi = submit();
    runJobs(pi);
    completeTask(pi, "Task_ReviewEligibility", ELIGIBILITY_DECISION, "REQUEST_COMPLETION",
        "completionDeadline", new Date(System.currentTimeMillis() + 14L * 86_400_000));

    assertThat(pi).isWaitingAt("Task_CompleteApplication");
    assertThat(task("Task_CompleteApplication", pi)).hasCandidateGroup(ORG_GROUP)
        .hasDueDate(new Date(((Date) runtimeService().getVariable(pi.getId(), "completionDeadline")).getTime()));
    completeTask(pi, "Task_CompleteApplication");

    assertThat(pi).isWaitingAt("Task_ScoreApplication");
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_CheckEligibility").count()).isEqualTo(2);
  }

  @Test
  void missedCompletionDeadlineBecomesAProposalToReject() {
    eligibilityResults = new ArrayDeque<>(List.of(false));
    ProcessInstance pi = submit();
    runJobs(pi);
    completeTask(pi, "Task_ReviewEligibility", ELIGIBILITY_DECISION, "REQUEST_COMPLETION",
        "completionDeadline", new Date(System.currentTimeMillis() + 14L * 86_400_000));

    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 15L * 86_400_000));
    execute(managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult());
    runJobs(pi);

    assertThat(pi).hasPassed("Event_CompletionOverdue", "Task_ProposeRejectionOverdue")
        .isWaitingAt("Event_ProposalReceived");
  }

  @Test
  void partnershipIsNegotiatedOverRoundsToALetterOfIntent() {
    grantType = "PARTNERSHIP";
    ProcessInstance pi = submit();
    runJobs(pi);

    assertThat(task("Task_Negotiate", pi)).hasCandidateGroup("serviceArea");
    completeTask(pi, "Task_Negotiate", NEGOTIATION_OUTCOME, "CONTINUE");
    assertThat(task("Task_NegotiationResponse", pi)).hasCandidateGroup(ORG_GROUP);
    completeTask(pi, "Task_NegotiationResponse", APPLICANT_RESPONSE, "Tarkennettu budjetti");
    completeTask(pi, "Task_Negotiate", NEGOTIATION_OUTCOME, "LETTER_OF_INTENT", NEGOTIATED_AMOUNT, 90_000.0);

    assertThat(pi).hasPassed("Task_RecordNegotiationOutcome").isWaitingAt("Event_ProposalReceived")
        .hasNotPassed("Task_ScoreApplication");
    Assertions.assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
        .activityId("Task_Negotiate").count()).isEqualTo(2);
  }

  @Test
  void committeeReturnsTheApplicationForPreparation() {
    ProcessInstance pi = submit();
    scoreByBothReviewers(pi);
    proposalArrives(pi, "GRANTED", 20_000);
    completeTask(pi, "Task_CommitteeDecision", DECISION, "RETURNED");

    assertThat(task("Task_Reprepare", pi)).hasCandidateGroup("grantSecretary");
    completeTask(pi, "Task_Reprepare", PROPOSED_DECISION, "GRANTED", PROPOSED_AMOUNT, 15_000.0);
    assertThat(pi).isWaitingAt("Task_CommitteeDecision");
    committeeDecidesAndWindowsPass(pi, "GRANTED", 15_000);
    assertThat(pi).isEnded().hasPassed("EndEvent_Granted");
  }

  @Test
  void regionalBoardTakesTheMatterOverAndDecides() {
    ProcessInstance pi = submit();
    scoreByBothReviewers(pi);
    proposalArrives(pi, "GRANTED", 20_000);
    completeTask(pi, "Task_CommitteeDecision", DECISION, "GRANTED", GRANTED_AMOUNT, 20_000.0);
    assertThat(task("Task_ConsiderTakeover", pi)).hasCandidateGroup("regionalBoard");
    completeTask(pi, "Task_ConsiderTakeover", TAKE_OVER, true);

    assertThat(task("Task_BoardDecision", pi)).hasCandidateGroup("regionalBoard");
    completeTask(pi, "Task_BoardDecision", DECISION, "REJECTED", GRANTED_AMOUNT, 0.0);
    completeTask(pi, "Task_ConsiderRectification", RECTIFICATION_REQUESTED, false);
    assertThat(pi).isEnded().hasPassed("Task_BoardDecision", "EndEvent_NotGranted");
  }

  @Test
  void rectificationRequestGoesBackToTheCommittee() {
    ProcessInstance pi = submit();
    scoreByBothReviewers(pi);
    proposalArrives(pi, "GRANTED", 20_000);
    completeTask(pi, "Task_CommitteeDecision", DECISION, "GRANTED", GRANTED_AMOUNT, 10_000.0);
    completeTask(pi, "Task_ConsiderTakeover", TAKE_OVER, false);
    assertThat(task("Task_ConsiderRectification", pi)).hasCandidateGroup(ORG_GROUP);
    completeTask(pi, "Task_ConsiderRectification", RECTIFICATION_REQUESTED, true);

    assertThat(task("Task_HandleRectification", pi)).hasCandidateGroup("committee");
    completeTask(pi, "Task_HandleRectification", RECTIFICATION_OUTCOME, "AMENDED", DECISION, "GRANTED",
        GRANTED_AMOUNT, 20_000.0);
    assertThat(pi).isEnded().hasPassedInOrder("Task_HandleRectification",
        "Task_NotifyRectificationDecision", "Task_FinalizeDecision");
  }

  @Test
  void decisionBecomesFinalWhenTakeoverAndRectificationPeriodsPass() {
    ProcessInstance pi = submit();
    scoreByBothReviewers(pi);
    proposalArrives(pi, "GRANTED", 20_000);
    completeTask(pi, "Task_CommitteeDecision", DECISION, "GRANTED", GRANTED_AMOUNT, 20_000.0);

    var takeoverTimer = managementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .singleResult();
    Assertions.assertThat(takeoverTimer.getDuedate()).isAfter(new Date(System.currentTimeMillis() + 13L * 86_400_000));
    execute(takeoverTimer);
    runJobs(pi);
    assertThat(pi).hasPassed("Event_TakeoverPeriodEnded").isWaitingAt("Task_ConsiderRectification");
    Assertions.assertThat(runtimeService().getVariable(pi.getId(), DECISION_FINAL)).isNotEqualTo(true);

    execute(managementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult());
    runJobs(pi);
    assertThat(pi).isEnded().hasPassed("Event_RectificationPeriodEnded", "Task_FinalizeDecision");
  }

  @Test
  void conflictedPreparerNeverGetsTheTaskAndCannotClaimIt() {
    var identity = engine.getProcessEngine().getIdentityService();
    for (String user : List.of("secretaryA", "secretaryB")) {
      identity.saveUser(identity.newUser(user));
    }
    identity.saveGroup(identity.newGroup("grantSecretary"));
    identity.createMembership("secretaryA", "grantSecretary");
    identity.createMembership("secretaryB", "grantSecretary");
    try {
      Mockito.when(conflicts.conflictedUsers("1234567-1")).thenReturn(Set.of("secretaryA"));
      Mockito.when(conflicts.isConflicted("secretaryA", "1234567-1")).thenReturn(true);
      eligibilityResults = new ArrayDeque<>(List.of(false));
      ProcessInstance pi = submit();
      runJobs(pi);

      var review = task("Task_ReviewEligibility", pi);
      Assertions.assertThat(taskService().getIdentityLinksForTask(review.getId()))
          .extracting(IdentityLink::getUserId).contains("secretaryB").doesNotContain("secretaryA");
      Assertions.assertThat(taskService().getIdentityLinksForTask(review.getId()))
          .extracting(IdentityLink::getGroupId).doesNotContain("grantSecretary");
      assertThatThrownBy(() -> taskService().claim(review.getId(), "secretaryA"))
          .hasMessageContaining("esteellinen");
      taskService().claim(review.getId(), "secretaryB");
      assertThat(task("Task_ReviewEligibility", pi)).isAssignedTo("secretaryB");
    } finally {
      identity.deleteUser("secretaryA");
      identity.deleteUser("secretaryB");
      identity.deleteGroup("grantSecretary");
    }
  }
}

package fi.avustukset.grant.change.process;

import static fi.avustukset.grant.change.process.GrantChangeVariables.*;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.*;

import fi.avustukset.grant.change.domain.ChangeService;
import fi.avustukset.grant.conflict.domain.ConflictService;
import fi.avustukset.grant.conflict.process.ConflictGuard;
import fi.avustukset.grant.decision.domain.GrantDecisionService;
import fi.avustukset.platform.errors.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
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

/**
 * Paths of grant-change (change applications): who assesses and who decides, an accepted
 * extension taking effect, a refusal changing nothing, and an acceptance outside the rules
 * (above the grant, E9; beyond the grant type's maximum duration) refused at the decision.
 * The decision listener is the real one (its rule check is under test); the domain service
 * behind it and the other delegates are mocks.
 */
@Deployment(resources = {"processes/grant-change.bpmn", "forms/grant-change-assess.form",
    "forms/grant-change-decide.form"})
class GrantChangeProcessTest {

  static final String APPLICATION = "2027-TI-1-0007";
  static final String CHANGE = APPLICATION + "-M1";

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessEngineCoverageExtension
      .builder("unit.camunda.cfg.xml").assertClassCoverageAtLeast(1.0).build();

  ChangeService changes = mock(ChangeService.class);
  ConflictService conflicts = mock(ConflictService.class);
  JavaDelegate applyChange = mock(JavaDelegate.class);
  Map<String, Object> registered = new HashMap<>();

  @BeforeEach
  void registerMocks() {
    // The record as Task_RegisterChange reads it: a one-year cooperation agreement of
    // 30 000 € from 1.1.2027 (maximum two years: the latest end is 31.12.2028).
    registered.put(APPLICATION_NUMBER, APPLICATION);
    registered.put(BUSINESS_ID, "1234567-1");
    registered.put(ORGANIZATION_NAME, "Savon Mielenterveysyhdistys ry");
    registered.put(PROJECT_NAME, "Mielen hyvinvointi");
    registered.put(APPLICANT_GROUP, "org12345671");
    registered.put(AGREEMENT_TYPE, "COOPERATION");
    registered.put(AGREEMENT_START, "2027-01-01");
    registered.put(CURRENT_END_DATE, "2027-12-31");
    registered.put(LATEST_END_DATE, "2028-12-31");
    registered.put(GRANTED_AMOUNT, 30_000.0);
    extension("2028-06-30");
    Mocks.register("registerChange", (JavaDelegate) execution -> execution.setVariables(registered));
    Mocks.register("applyChangeAssessment", mock(TaskListener.class));
    Mocks.register("applyChangeDecision", new ApplyChangeDecision(changes));
    Mocks.register("applyChange", applyChange);
    when(conflicts.conflictedUsers(anyString())).thenReturn(Set.of());
    Mocks.register("conflictGuard", new ConflictGuard(conflicts, mock(GrantDecisionService.class),
        engine.getProcessEngine().getIdentityService()));
  }

  @AfterEach
  void reset() {
    Mocks.reset();
  }

  void extension(String newEnd) {
    registered.put(CHANGE_KIND, "PERIOD_EXTENSION");
    registered.put(CHANGE_KIND_NAME, "Sopimuskauden pidentäminen");
    registered.put(NEW_END_DATE, newEnd);
    registered.put(APPROVED_END_DATE, newEnd);
    registered.put(BUDGET_TOTAL, 0.0);
  }

  void reallocation(double total) {
    registered.put(CHANGE_KIND, "BUDGET_REALLOCATION");
    registered.put(CHANGE_KIND_NAME, "Talousarvion muutos");
    registered.put(NEW_END_DATE, null);
    registered.put(APPROVED_END_DATE, null);
    registered.put(BUDGET_TOTAL, total);
  }

  ProcessInstance file() {
    return runtimeService().startProcessInstanceByKey(PROCESS_KEY, CHANGE,
        Map.of(CHANGE_NUMBER, CHANGE));
  }

  /** The preparer assesses (grantSecretary), then the change waits for the committee. */
  ProcessInstance assessed(String recommendation) {
    ProcessInstance pi = file();
    assertThat(pi).isWaitingAt("Task_AssessChange");
    assertThat(task()).hasCandidateGroup("grantSecretary");
    complete(task(), withVariables(RECOMMENDATION, recommendation, ASSESSMENT, "Perusteltu."));
    execute(job());
    assertThat(pi).isWaitingAt("Task_DecideChange");
    assertThat(task()).hasCandidateGroup("committee");
    return pi;
  }

  @Test
  void acceptedExtensionTakesEffectAndTheChangeEndsAccepted() throws Exception {
    ProcessInstance pi = assessed("ACCEPT");
    complete(task(), withVariables(CHANGE_DECISION, "ACCEPTED", DECISION_REASON,
        "Hanke viivästyi tiloista johtuen."));
    verify(changes).decide(eq(CHANGE), eq("ACCEPTED"), anyString(), eq("2028-06-30"), any());
    execute(job()); // asyncAfter of the decision
    assertThat(pi).isWaitingAt("Task_ApplyChange");
    verify(applyChange, never()).execute(any());
    execute(job());
    verify(applyChange).execute(any(DelegateExecution.class));
    assertThat(pi).isEnded().hasPassed("Task_ApplyChange", "EndEvent_ChangeAccepted");
  }

  @Test
  void refusedChangeLeavesTheAgreementAsItWas() throws Exception {
    ProcessInstance pi = assessed("REFUSE");
    complete(task(), withVariables(CHANGE_DECISION, "REFUSED", DECISION_REASON,
        "Pidennykselle ei ole esitetty perustetta."));
    verify(changes).decide(eq(CHANGE), eq("REFUSED"), anyString(), any(), any());
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_ChangeRefused").hasNotPassed("Task_ApplyChange");
    verify(applyChange, never()).execute(any());
  }

  @Test
  void reallocationAboveTheGrantCannotBeAcceptedE9() throws Exception {
    reallocation(35_000.0);
    ProcessInstance pi = assessed("ACCEPT");
    var decide = task();
    assertThatThrownBy(() -> taskService().complete(decide.getId(), withVariables(CHANGE_DECISION,
        "ACCEPTED", DECISION_REASON, "Hyväksytään.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("E9");
    assertThat(pi).isWaitingAt("Task_DecideChange");
    verify(changes, never()).decide(anyString(), anyString(), any(), any(), any());
    // Within the grant it can be accepted.
    complete(task(), withVariables(CHANGE_DECISION, "REFUSED", DECISION_REASON, "Ylittää avustuksen."));
    execute(job());
    assertThat(pi).isEnded().hasPassed("EndEvent_ChangeRefused");
  }

  @Test
  void extensionBeyondTheGrantTypesMaximumCannotBeAccepted() {
    ProcessInstance pi = assessed("ACCEPT");
    var decide = task();
    assertThatThrownBy(() -> taskService().complete(decide.getId(), withVariables(CHANGE_DECISION,
        "ACCEPTED", APPROVED_END_DATE, "2029-01-31", DECISION_REASON, "Hyväksytään.")))
        .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("31.12.2028");
    assertThat(pi).isWaitingAt("Task_DecideChange");
    verify(changes, never()).decide(anyString(), anyString(), any(), any(), any());
  }

  @Test
  void conflictedPreparerNeverGetsTheAssessmentE11() {
    var identity = engine.getProcessEngine().getIdentityService();
    for (String user : List.of("secretaryA", "secretaryB")) {
      identity.saveUser(identity.newUser(user));
    }
    identity.saveGroup(identity.newGroup("grantSecretary"));
    identity.createMembership("secretaryA", "grantSecretary");
    identity.createMembership("secretaryB", "grantSecretary");
    try {
      when(conflicts.conflictedUsers("1234567-1")).thenReturn(Set.of("secretaryA"));
      when(conflicts.isConflicted("secretaryA", "1234567-1")).thenReturn(true);
      ProcessInstance pi = file();
      assertThat(pi).isWaitingAt("Task_AssessChange");
      var assess = task();
      Assertions.assertThat(taskService().getIdentityLinksForTask(assess.getId()))
          .extracting(IdentityLink::getUserId).contains("secretaryB").doesNotContain("secretaryA");
      assertThatThrownBy(() -> taskService().claim(assess.getId(), "secretaryA"))
          .hasMessageContaining("esteellinen");
    } finally {
      identity.deleteUser("secretaryA");
      identity.deleteUser("secretaryB");
      identity.deleteGroup("grantSecretary");
    }
  }
}

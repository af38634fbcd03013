package fi.avustukset.grant.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A whole operating/innovation call on PostgreSQL through the real REST APIs, as the demo users
 * do it in Tasklist: 50 applications (10 of them ineligible) → eligibility → two reviews each
 * → ranking and budget allocation → committee (one returned, one taken over by the board) →
 * applicants accept → final decisions → the call's summary.
 */
class GrantLifecycleIT extends PostgresIntegrationTest {

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;

  static final int APPLICATIONS = 50;
  static final int INELIGIBLE = 10;
  static final int APPROPRIATION = 700_000;

  @Test
  void callWithFiftyApplicationsRunsToFinalDecisions() {
    String callKey = CallFixture.openCall(this, "Toiminta-avustukset 50", "OPERATING_INNOVATION",
        APPROPRIATION);
    String mine = "processInstanceBusinessKeyLike=" + callKey + "-%";
    var secretary = new EngineRestClient(as("secretary"));
    var reviewer1 = new EngineRestClient(as("reviewer1"));
    var reviewer2 = new EngineRestClient(as("reviewer2"));
    var committee = new EngineRestClient(as("committee1"));
    var board = new EngineRestClient(as("board1"));

    // 1. Applicants submit: 25 per organisation; every fifth lacks a service directory (E6).
    Map<String, Integer> requested = new HashMap<>();
    List<String> numbers = new ArrayList<>();
    for (int i = 0; i < APPLICATIONS; i++) {
      int org = i % 2 + 1;
      int amount = 10_000 + (i * 7_919) % 40_000;
      Map<String, Object> body = CallFixture.application(org, "Toiminta " + i, amount);
      if (i % 5 == 4) {
        body.put("serviceDirectory", "NONE");
      }
      ResponseEntity<JsonNode> created = as("applicant" + org).postForEntity(
          "/api/calls/" + callKey + "/applications", body, JsonNode.class);
      assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
      String number = created.getBody().path("applicationNumber").asText();
      numbers.add(number);
      requested.put(number, amount);
    }
    assertThat(numbers).doesNotHaveDuplicates().hasSize(APPLICATIONS);

    // 2. The application period ends (the operator runs the deadline timer now).
    runDeadlineTimer(callKey);

    // 3. The preparer sees the ineligible ones with their failed rules and proposes rejection.
    Await.until("eligibility reviews", Duration.ofMinutes(5),
        () -> secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewEligibility").size() == INELIGIBLE);
    for (JsonNode task : secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewEligibility")) {
      JsonNode summary = as("secretary").getForObject("/engine-rest/task/" + task.path("id").asText()
          + "/variables/eligibilitySummary", JsonNode.class);
      assertThat(summary.path("value").asText()).contains("E6");
      secretary.complete(task, "eligibilityDecision", "PROPOSE_REJECTION",
          "eligibilityNote", "Toimintaa ei ole julkaistu palvelutarjottimella (E6)");
    }

    // 4. Two reviewers score every eligible application (scores vary by application).
    Await.until("scoring tasks", Duration.ofMinutes(5),
        () -> reviewer1.tasks(mine + "&assignee=reviewer1").size() == APPLICATIONS - INELIGIBLE
            && reviewer2.tasks(mine + "&assignee=reviewer2").size() == APPLICATIONS - INELIGIBLE);
    // The reviewer form's validation: points above 5 are refused, naming the field.
    JsonNode firstReview = reviewer1.tasks(mine + "&assignee=reviewer1").get(0);
    // The form's Finnish money text is made when Tasklist asks for the form's variables (on
    // engine-rest and on the webapps' engine API), never stored with the task (TaskTexts).
    String reviewId = firstReview.path("id").asText();
    String text = requestedText(requested.get(businessKey(firstReview)));
    assertThat(as("reviewer1").getForObject("/engine-rest/task/" + reviewId + "/form-variables",
        JsonNode.class).path("requestedAmountText").path("value").asText()).isEqualTo(text);
    assertThat(as("reviewer1").getForObject("/engine-rest/task/" + reviewId
        + "/form-variables?variableNames=requestedAmount", JsonNode.class)
        .path("requestedAmountText").path("value").asText()).isEqualTo(text);
    assertThat(as("reviewer1").getForObject("/engine-rest/task/" + reviewId + "/localVariables",
        JsonNode.class).has("requestedAmountText")).isFalse();
    assertThat(as("reviewer2").getForEntity("/engine-rest/task/" + reviewId + "/form-variables",
        String.class).getBody()).doesNotContain("requestedAmountText");
    ResponseEntity<String> refused = reviewer1.tryComplete(firstReview, scores(6, "Liikaa"));
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("scoreStrategyFit");
    for (EngineRestClient reviewer : List.of(reviewer1, reviewer2)) {
      for (JsonNode task : reviewer.tasks(mine + "&taskDefinitionKey=Task_ScoreApplication")) {
        int variation = Math.abs(task.path("processInstanceId").asText().hashCode()) % 6;
        reviewer.complete(task, scores(variation, "Arvio"));
      }
    }
    // The points are kept in application_review with the reviewer (TransientFields): no process
    // variable or history row of theirs; the reviewer's comment stays in the history.
    String ofCall = " join act_hi_procinst p on p.id_ = v.proc_inst_id_ where p.business_key_ like '"
        + callKey + "-%'";
    assertThat(jdbc.queryForObject("select count(*) from application_review where"
        + " application_number like ?", Integer.class, callKey + "-%"))
        .isEqualTo((APPLICATIONS - INELIGIBLE) * 2 * 7);
    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst v" + ofCall
        + " and v.name_ like 'score_%'", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_detail v" + ofCall
        + " and v.name_ like 'score_%'", Integer.class)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from act_hi_varinst v" + ofCall
        + " and v.name_ = 'reviewComment'", Integer.class)).isPositive();

    // 5. The call ranks and allocates; the preparer adjusts one proposal with a reason.
    Await.until("proposal list task", Duration.ofMinutes(5),
        () -> !secretary.tasks("processDefinitionKey=grant-call&processInstanceBusinessKey=" + callKey
            + "&taskDefinitionKey=Task_AdjustProposal").isEmpty());
    JsonNode proposal = as("secretary").getForObject("/api/calls/" + callKey + "/proposal", JsonNode.class);
    assertThat(new BigDecimal(proposal.path("proposedTotal").asText()))
        .isLessThanOrEqualTo(BigDecimal.valueOf(APPROPRIATION));
    List<JsonNode> granted = new ArrayList<>();
    proposal.path("lines").forEach(l -> {
      assertThat(new BigDecimal(l.path("proposedAmount").asText()))
          .isLessThanOrEqualTo(BigDecimal.valueOf(requested.get(l.path("applicationNumber").asText())));
      if ("GRANTED".equals(l.path("proposedDecision").asText())) {
        granted.add(l);
      }
    });
    assertThat(granted).isNotEmpty().hasSizeLessThan(APPLICATIONS - INELIGIBLE); // budget limits
    String adjusted = granted.get(0).path("applicationNumber").asText();
    ResponseEntity<JsonNode> noReason = as("secretary").exchange("/api/calls/" + callKey
        + "/proposal/" + adjusted, HttpMethod.PUT, new HttpEntity<>(Map.of("proposedAmount", 5000)),
        JsonNode.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().path("errors").findValuesAsText("field")).containsExactly("reason");
    ResponseEntity<JsonNode> changed = as("secretary").exchange("/api/calls/" + callKey
        + "/proposal/" + adjusted, HttpMethod.PUT, new HttpEntity<>(Map.of("proposedAmount", 5000,
        "reason", "Kustannusarvio ylimitoitettu")), JsonNode.class);
    assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(as("committee1").getForEntity("/api/calls/" + callKey + "/proposal.html", String.class)
        .getBody()).contains("Kustannusarvio ylimitoitettu");
    secretary.complete(secretary.tasks("processDefinitionKey=grant-call&processInstanceBusinessKey="
        + callKey + "&taskDefinitionKey=Task_AdjustProposal").get(0), "proposalConfirmed", true);

    // 6. The committee decides as proposed, returns one, and the preparer re-prepares it.
    Await.until("committee tasks", Duration.ofMinutes(5),
        () -> committee.tasks(mine + "&taskDefinitionKey=Task_CommitteeDecision").size() == APPLICATIONS);
    String returned = granted.get(1).path("applicationNumber").asText();
    for (JsonNode task : committee.tasks(mine + "&taskDefinitionKey=Task_CommitteeDecision")) {
      if (returned.equals(businessKey(task))) {
        committee.complete(task, "decision", "RETURNED", "decisionReasons", "Selvitettävä yhteistyökumppanit");
      } else {
        committee.complete(task); // the form's defaults are the proposal
      }
    }
    Await.until("re-preparation", Duration.ofMinutes(5),
        () -> secretary.tasks(mine + "&taskDefinitionKey=Task_Reprepare").size() == 1);
    secretary.complete(secretary.tasks(mine + "&taskDefinitionKey=Task_Reprepare").get(0),
        "proposedDecision", "GRANTED", "proposedAmount", 8000, "proposalReason", "Kumppanit selvitetty");
    Await.until("returned back at the committee", Duration.ofMinutes(5),
        () -> committee.tasks(mine + "&taskDefinitionKey=Task_CommitteeDecision").size() == 1);
    committee.complete(committee.tasks(mine + "&taskDefinitionKey=Task_CommitteeDecision").get(0));

    // 7. The regional board takes one matter over and rejects it; waives the rest.
    Await.until("take-over tasks", Duration.ofMinutes(5),
        () -> board.tasks(mine + "&taskDefinitionKey=Task_ConsiderTakeover").size() == APPLICATIONS);
    String takenOver = granted.get(2).path("applicationNumber").asText();
    for (JsonNode task : board.tasks(mine + "&taskDefinitionKey=Task_ConsiderTakeover")) {
      board.complete(task, "takeOver", takenOver.equals(businessKey(task)));
    }
    Await.until("board decision", Duration.ofMinutes(5),
        () -> board.tasks(mine + "&taskDefinitionKey=Task_BoardDecision").size() == 1);
    board.complete(board.tasks(mine + "&taskDefinitionKey=Task_BoardDecision").get(0),
        "decision", "REJECTED", "decisionReasons", "Ei vastaa alueen painopisteitä");

    // 8. Each organisation sees only its own decisions and accepts them.
    for (int org = 1; org <= 2; org++) {
      var applicant = new EngineRestClient(as("applicant" + org));
      int expected = APPLICATIONS / 2;
      Await.until("decisions to applicant" + org, Duration.ofMinutes(5),
          () -> applicant.tasks(mine + "&taskDefinitionKey=Task_ConsiderRectification").size() == expected);
      for (JsonNode task : applicant.tasks(mine + "&taskDefinitionKey=Task_ConsiderRectification")) {
        int index = numbers.indexOf(businessKey(task));
        assertThat(index % 2 + 1).isEqualTo(org);
        applicant.complete(task, "rectificationRequested", false);
      }
    }

    // 9. All decisions are final and the call has ended with its summary.
    Await.until("call decided", Duration.ofMinutes(5), () -> "DECIDED".equals(
        as("secretary").getForObject("/api/calls/" + callKey, JsonNode.class).path("status").asText()));
    JsonNode summary = as("committee1").getForObject("/api/calls/" + callKey, JsonNode.class);
    assertThat(summary.path("applied").asInt()).isEqualTo(APPLICATIONS);
    assertThat(summary.path("eligible").asInt()).isEqualTo(APPLICATIONS - INELIGIBLE);
    assertThat(summary.path("decisionsFinal").asInt()).isEqualTo(APPLICATIONS);
    assertThat(summary.path("grantedCount").asInt()).isEqualTo(granted.size() - 1); // one taken over
    assertThat(summary.path("grantedCount").asInt() + summary.path("rejectedCount").asInt())
        .isEqualTo(APPLICATIONS);
    assertThat(new BigDecimal(summary.path("grantedSum").asText()))
        .isLessThanOrEqualTo(BigDecimal.valueOf(APPROPRIATION));

    JsonNode decided = as("applicant1").getForObject("/api/applications/" + numbers.get(0), JsonNode.class);
    assertThat(decided.path("decisionFinal").asBoolean()).isTrue();
    JsonNode boardRejected = as("secretary").getForObject("/api/applications/" + takenOver, JsonNode.class);
    assertThat(boardRejected.path("decision").asText()).isEqualTo("REJECTED");
    assertThat(boardRejected.path("decidedBy").asText()).isEqualTo("REGIONAL_BOARD");
    JsonNode adjustedApp = as("secretary").getForObject("/api/applications/" + adjusted, JsonNode.class);
    assertThat(new BigDecimal(adjustedApp.path("grantedAmount").asText())).isEqualByComparingTo("5000");

    String letter = as("applicant" + (numbers.indexOf(adjusted) % 2 + 1))
        .getForObject("/api/applications/" + adjusted + "/decision-letter", String.class);
    assertThat(letter).contains("Myönnetään").contains("5 000,00").contains("Oikaisuvaatimusohje");
    int other = numbers.indexOf(adjusted) % 2 == 0 ? 2 : 1;
    assertThat(as("applicant" + other).getForEntity("/api/applications/" + adjusted + "/decision-letter",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // 10. Every final grant continues to its agreement (grant-agreement, DOMAIN.md §7).
    int grants = summary.path("grantedCount").asInt();
    Await.until("agreements started", Duration.ofMinutes(5), () -> as("manager").getForObject(
        "/engine-rest/process-instance/count?processDefinitionKey=grant-agreement&businessKeyLike="
            + callKey + "-%", JsonNode.class).path("count").asInt() == grants);
    assertThat(as("manager").getForObject("/engine-rest/incident/count", JsonNode.class)
        .path("count").asInt()).isZero();

    JsonNode history = as("manager").getForObject(
        "/engine-rest/history/process-instance?processDefinitionKey=grant-call&processInstanceBusinessKey="
            + callKey, JsonNode.class);
    assertThat(history.get(0).path("state").asText()).isEqualTo("COMPLETED");
  }

  private void runDeadlineTimer(String callKey) {
    JsonNode call = as("admin").getForObject("/engine-rest/process-instance?businessKey=" + callKey,
        JsonNode.class).get(0);
    JsonNode timer = as("admin").getForObject("/engine-rest/job?timers=true&processInstanceId="
        + call.path("id").asText(), JsonNode.class).get(0);
    assertThat(as("admin").postForEntity("/engine-rest/job/" + timer.path("id").asText() + "/execute",
        null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  private String businessKey(JsonNode task) {
    return as("admin").getForObject("/engine-rest/process-instance/"
        + task.path("processInstanceId").asText(), JsonNode.class).path("businessKey").asText();
  }

  private static String requestedText(Number euros) {
    return fi.avustukset.platform.domain.Euro.inFinnish(euros);
  }

  private static Object[] scores(int base, String comment) {
    return new Object[] {"scoreStrategyFit", Math.min(base + 1, 6 == base ? 6 : 5),
        "scoreTargetGroup", Math.min(base, 5), "scoreRegionalReach", Math.min(base, 5),
        "scoreComplementsServices", Math.min(base + 1, 5), "scoreFinancing", Math.min(base, 5),
        "scoreEffectiveness", Math.max(base - 1, 0), "scoreCooperation", Math.min(base, 5),
        "reviewComment", comment};
  }
}

package fi.avustukset.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.LogCapture;
import fi.avustukset.support.PostgresIntegrationTest;
import fi.avustukset.support.WebappSession;
import fi.avustukset.support.WebappSession.Answer;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issues 9 and 10 on the webapps' own engine API ({@code /camunda/api/engine/…}, what Tasklist
 * calls), logged in as Tasklist is (session cookie, X-XSRF-TOKEN): a refused start form or task
 * form is 400 in Camunda's error shape with one Finnish sentence and the field — not 500 with
 * the engine's text — and the log has one WARN line and no stack trace; a valid form still
 * goes through. The E11 refusal of a conflicted user's assignment is 403 with a Finnish
 * sentence on both the webapps' API and engine-rest, again without a stack trace.
 */
class WebappEngineApiIT extends PostgresIntegrationTest {

  static final String API = "/camunda/api/engine/engine/default";

  static void assertRefusal(Answer answer, int status, String field) {
    assertThat(answer.status()).as(answer.text()).isEqualTo(status);
    JsonNode body = answer.body();
    assertThat(body.path("type").asText()).as(answer.text()).isNotEmpty();
    String message = body.path("message").asText();
    assertThat(message).as(answer.text()).doesNotContain("ENGINE-", "Exception", "java.",
        "Cannot ", "Virheellinen syöte");
    assertThat(message).as("one Finnish sentence").matches("(?s)^\\p{Lu}.*[.!?]$");
    if (field != null) {
      assertThat(body.path("field").asText()).as(answer.text()).isEqualTo(field);
      assertThat(body.path("errors").findValuesAsText("field")).contains(field);
    }
  }

  static Map<String, Object> vars(Object... kv) {
    return Map.of("variables", EngineRestClient.variables(kv));
  }

  static void assertNoTraceButAWarnLine(LogCapture log, String path) {
    assertThat(log.tracesAndErrors()).as("no stack trace or ERROR for a user's mistake").isEmpty();
    assertThat(log.events()).as("one WARN line naming %s", path).anyMatch(e ->
        e.getLoggerName().endsWith("UserMistake") && e.getLevel().toString().equals("WARN")
            && e.getFormattedMessage().contains(path) && e.getThrowableProxy() == null);
  }

  @Test
  void tasklistsRefusedFormsAreFinnishSentencesNamingTheFieldWithoutAStackTrace() throws Exception {
    WebappSession secretary = WebappSession.login(port, "secretary");
    Answer definition = secretary.get(API + "/process-definition/key/grant-call");
    assertThat(definition.status()).as(definition.text()).isEqualTo(200);
    String start = API + "/process-definition/" + definition.body().path("id").asText()
        + "/submit-form";
    LocalDate today = LocalDate.now();
    String callName = "Webapp-haku " + System.nanoTime() % 100_000;
    Object[] call = {"callName", callName, "grantType", "OPERATING_INNOVATION",
        "appropriation", 100000, "applicationStart", today.toString(),
        "applicationDeadline", today.plusDays(30).toString()};

    String task;
    try (LogCapture log = new LogCapture()) {
      // the start form: a delegate's refusal (negative appropriation) — was 500 with ENGINE-…
      Object[] negative = call.clone();
      negative[5] = -5;
      assertRefusal(secretary.post(start, vars(negative)), 400, "appropriation");
      assertNoTraceButAWarnLine(log, API + "/process-definition/");

      // a valid start form still starts the call
      Answer started = secretary.post(start, vars(call));
      assertThat(started.status()).as(started.text()).isEqualTo(200);
      String instance = started.body().path("id").asText();
      var rest = new EngineRestClient(as("secretary"));
      Await.until("draft task", Duration.ofMinutes(3),
          () -> rest.tasks("processInstanceId=" + instance).size() == 1);
      task = API + "/task/" + rest.tasks("processInstanceId=" + instance).get(0).path("id").asText()
          + "/submit-form";

      // the task form: the listener's refusal (weights sum to 105) and a weight that is no number
      Answer weights = secretary.post(task, vars("callDescription", "Haetaan avustuksia.",
          "weightCooperation", 15));
      assertRefusal(weights, 400, "weights");
      assertThat(weights.body().path("message").asText())
          .isEqualTo("Painojen summan on oltava 100 (nyt 105).");
      assertRefusal(secretary.post(task, vars("callDescription", "Haetaan avustuksia.",
          "weightCooperation", "paljon")), 400, "weightCooperation");
      assertNoTraceButAWarnLine(log, API + "/task/");

      // a valid task form completes the task; the call moves on to the manager's approval
      Answer completed = secretary.post(task, vars("callDescription", "Haetaan avustuksia.",
          "weightCooperation", 10));
      assertThat(completed.status()).as(completed.text()).isEqualTo(204);
      var manager = new EngineRestClient(as("manager"));
      Await.until("approval task", Duration.ofMinutes(3),
          () -> manager.tasks("processInstanceId=" + instance).size() == 1);
      assertThat(log.tracesAndErrors()).isEmpty();
    }
    // the completed task is gone: 404 in Finnish, not 500
    assertRefusal(secretary.post(task, vars("callDescription", "Uudelleen.")), 404, null);
  }

  @Test
  void aConflictedUsersAssignmentIsRefused403WithoutAStackTrace() throws Exception {
    // E11: reviewer1 has declared a conflict with the applicant organisation
    ResponseEntity<JsonNode> declared = as("secretary").postForEntity("/api/conflicts",
        Map.of("userId", "reviewer1", "businessId", "1572860-0", "reason", "Hallituksen jäsen"),
        JsonNode.class);
    assertThat(declared.getStatusCode().value()).as(String.valueOf(declared.getBody()))
        .isIn(200, 201);
    String callKey = CallFixture.openCall(this, "Esteellisyyshaku", "OPERATING_INNOVATION", 100_000);
    Map<String, Object> body = CallFixture.application(1, "Kylätalon hanke", 12_000);
    body.put("organizationName", "Pohjoisen Kylätalot ry");
    body.put("businessId", "1572860-0");
    ResponseEntity<JsonNode> created = as("secretary").postForEntity("/api/calls/" + callKey
        + "/applications", body, JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    String instance = created.getBody().path("processInstanceId").asText();
    var admin = new EngineRestClient(as("admin"));
    String scoring = "processInstanceId=" + instance + "&taskDefinitionKey=Task_ScoreApplication";
    Await.until("scoring task", Duration.ofMinutes(3), () -> !admin.tasks(scoring).isEmpty());
    JsonNode score = admin.tasks(scoring).get(0);
    assertThat(score.path("assignee").asText()).isEqualTo("reviewer2");
    String id = score.path("id").asText();

    WebappSession adminSession = WebappSession.login(port, "admin");
    try (LogCapture log = new LogCapture()) {
      Answer assigned = adminSession.post(API + "/task/" + id + "/assignee",
          Map.of("userId", "reviewer1"));
      assertRefusal(assigned, 403, null);
      assertThat(assigned.body().path("message").asText()).contains("esteellinen");
      assertNoTraceButAWarnLine(log, API + "/task/" + id + "/assignee");

      // engine-rest answers the same (it was 500 with the stack trace logged twice)
      ResponseEntity<JsonNode> refused = as("admin").postForEntity("/engine-rest/task/" + id
          + "/assignee", Map.of("userId", "reviewer1"), JsonNode.class);
      EngineRestErrorsIT.assertHumanRefusal(refused, HttpStatus.FORBIDDEN, null);
      assertThat(refused.getBody().path("message").asText()).contains("esteellinen");
      assertNoTraceButAWarnLine(log, "/engine-rest/task/" + id + "/assignee");
    }
    assertThat(admin.tasks(scoring)).extracting(t -> t.path("assignee").asText())
        .containsExactly("reviewer2");
  }
}

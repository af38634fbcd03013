package fi.avustukset.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.LogCapture;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * issue 9.2 / 10.2: every client mistake on engine-rest is 4xx (never 5xx) in Camunda's error
 * shape with one Finnish sentence as {@code message} and the field beside it; the log gets one
 * WARN line and no stack trace. Also the start-variable whitelist (mass assignment, 9.4) and the
 * server-side form rules (9.7).
 */
class EngineRestErrorsIT extends PostgresIntegrationTest {

  @Autowired
  JdbcTemplate jdbc;

  private ResponseEntity<JsonNode> post(String user, String path, Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return as(user).exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
  }

  private static Map<String, Object> vars(Object... kv) {
    return Map.of("variables", EngineRestClient.variables(kv));
  }

  static void assertHumanRefusal(ResponseEntity<JsonNode> r, HttpStatus status, String field) {
    assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(status);
    JsonNode body = r.getBody();
    assertThat(body.path("type").asText()).isNotEmpty();
    String message = body.path("message").asText();
    assertThat(message).as("message").isNotBlank()
        .doesNotContain("ENGINE-").doesNotContain("Exception").doesNotContain("java.")
        .doesNotContain("Cannot ").doesNotContain("Virheellinen syöte:");
    assertThat(message).as("one Finnish sentence").matches("(?s)^\\p{Lu}.*[.!?]$");
    if (field != null) {
      assertThat(body.path("field").asText()).as(String.valueOf(body)).isEqualTo(field);
      assertThat(message).doesNotContain(field + ":");
    }
  }

  private Map<String, Object> callStart(String name) {
    LocalDate today = LocalDate.now();
    return new LinkedHashMap<>(Map.of("callName", name, "grantType", "OPERATING_INNOVATION",
        "appropriation", 100000, "applicationStart", today.toString(),
        "applicationDeadline", today.plusDays(30).toString()));
  }

  private static Object[] flat(Map<String, Object> m) {
    return m.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
        .toArray();
  }

  private int rows(String sql) {
    return jdbc.queryForObject(sql, Integer.class);
  }

  @Test
  void engineRestAnswersClientMistakesWithFinnishSentencesAndNoStackTrace() {
    int executions = rows("select count(*) from act_ru_execution");
    int variables = rows("select count(*) from act_ru_variable");
    try (LogCapture log = new LogCapture()) {
      // the project's own refusal thrown from a delegate at start: 400 naming the field
      Map<String, Object> negative = callStart("Haku -1");
      negative.put("appropriation", -5);
      assertHumanRefusal(post("secretary", "/engine-rest/process-definition/key/grant-call/start",
          vars(flat(negative))), HttpStatus.BAD_REQUEST, "appropriation");
      // mass assignment: a process-owned and an unknown variable are refused by name
      Map<String, Object> owned = callStart("Haku omistettu");
      owned.put("callKey", "2099-TI-9");
      assertHumanRefusal(post("secretary", "/engine-rest/process-definition/key/grant-call/start",
          vars(flat(owned))), HttpStatus.BAD_REQUEST, "callKey");
      Map<String, Object> unknown = callStart("Haku tuntematon");
      unknown.put("foo", "bar");
      ResponseEntity<JsonNode> unknownField = post("secretary",
          "/engine-rest/process-definition/key/grant-call/start", vars(flat(unknown)));
      assertHumanRefusal(unknownField, HttpStatus.BAD_REQUEST, "foo");
      assertThat(post("applicant1", "/engine-rest/process-definition/key/grant-application/submit-form",
          vars("callKey", "2099-TI-1", "applicantUserId", "applicant2", "score", 100))
          .getBody().path("errors").findValuesAsText("field"))
          .contains("applicantUserId", "score");
      // null body, broken JSON, bad variable values
      assertHumanRefusal(post("secretary", "/engine-rest/process-definition/key/grant-call/start",
          "null"), HttpStatus.BAD_REQUEST, null);
      assertHumanRefusal(post("secretary", "/engine-rest/process-definition/key/grant-call/start",
          "{\"variables\": {"), HttpStatus.BAD_REQUEST, null);
      for (Map<String, Object> bad : List.of(
          Map.<String, Object>of("value", "rO0ABXQAA2FiYw==", "type", "Object", "valueInfo",
              Map.of("objectTypeName", "java.lang.String",
                  "serializationDataFormat", "application/x-java-serialized-object")),
          Map.<String, Object>of("value", "aGVsbG8=", "type", "File"),
          Map.<String, Object>of("value", "{broken", "type", "Json"),
          Map.<String, Object>of("value", "{}", "type", "Object", "valueInfo",
              Map.of("objectTypeName", "no.such.Clazz", "serializationDataFormat", "application/json")),
          Map.<String, Object>of("value", "x", "type", "NoSuchType"))) {
        Map<String, Object> body = Map.of("variables", Map.of("callName", bad));
        assertHumanRefusal(post("secretary", "/engine-rest/process-definition/key/grant-call/start",
            body), HttpStatus.BAD_REQUEST, null);
      }
      // unknown task, unknown process, nothing to correlate, no condition
      assertHumanRefusal(post("secretary", "/engine-rest/task/no-such-task/complete", vars()),
          HttpStatus.NOT_FOUND, null);
      assertHumanRefusal(post("secretary", "/engine-rest/task/no-such-task/submit-form", vars()),
          HttpStatus.NOT_FOUND, null);
      assertHumanRefusal(post("secretary", "/engine-rest/process-definition/key/no-such/start", vars()),
          HttpStatus.NOT_FOUND, null);
      ResponseEntity<JsonNode> message = post("secretary", "/engine-rest/message",
          Map.of("messageName", "no-such-message"));
      assertHumanRefusal(message, HttpStatus.BAD_REQUEST, null);
      ResponseEntity<JsonNode> condition = post("admin", "/engine-rest/condition", Map.of());
      assertHumanRefusal(condition, HttpStatus.BAD_REQUEST, null);

      assertThat(log.tracesAndErrors()).as("no stack trace or ERROR for a user's mistake").isEmpty();
      assertThat(log.events()).anyMatch(e -> e.getLoggerName().endsWith("UserMistake")
          && e.getLevel().toString().equals("WARN") && e.getThrowableProxy() == null);
    }
    assertThat(rows("select count(*) from act_ru_execution")).isEqualTo(executions);
    assertThat(rows("select count(*) from act_ru_variable")).isEqualTo(variables);
  }

  @Test
  void taskMistakesAreRefusedByTheFormsOwnRulesAndNamed() {
    String callKey = CallFixture.openCall(this, "Virhehaku", "OPERATING_INNOVATION", 500_000);
    var secretary = new EngineRestClient(as("secretary"));
    var reviewer1 = new EngineRestClient(as("reviewer1"));
    Map<String, Object> eligible = CallFixture.application(1, "Kelpaava", 20_000);
    assertThat(as("applicant1").postForEntity("/api/calls/" + callKey + "/applications", eligible,
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> ineligible = CallFixture.application(2, "Puutteellinen", 20_000);
    ineligible.put("serviceDirectory", "NONE");
    assertThat(as("applicant2").postForEntity("/api/calls/" + callKey + "/applications", ineligible,
        JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    // mass assignment on /api: a process-owned field is refused by name, nothing is stored
    int applications = rows("select count(*) from grant_application");
    Map<String, Object> forged = CallFixture.application(2, "Väärennetty", 20_000);
    forged.put("applicantUserId", "applicant1");
    forged.put("grantedAmount", 9_999_999);
    ResponseEntity<JsonNode> refused = as("applicant2").postForEntity(
        "/api/calls/" + callKey + "/applications", forged, JsonNode.class);
    assertThat(refused.getStatusCode()).as(String.valueOf(refused.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").findValuesAsText("field"))
        .contains("applicantUserId", "grantedAmount");
    assertThat(rows("select count(*) from grant_application")).isEqualTo(applications);

    JsonNode call = as("admin").getForObject("/engine-rest/process-instance?businessKey=" + callKey,
        JsonNode.class).get(0);
    JsonNode timer = as("admin").getForObject("/engine-rest/job?timers=true&processInstanceId="
        + call.path("id").asText(), JsonNode.class).get(0);
    as("admin").postForEntity("/engine-rest/job/" + timer.path("id").asText() + "/execute", null,
        String.class);
    String mine = "processInstanceBusinessKeyLike=" + callKey + "-%";
    Await.until("eligibility review", Duration.ofMinutes(3),
        () -> secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewEligibility").size() == 1);
    Await.until("scoring", Duration.ofMinutes(3),
        () -> reviewer1.tasks(mine + "&taskDefinitionKey=Task_ScoreApplication").size() == 1);
    JsonNode review = secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewEligibility").get(0);
    JsonNode score = reviewer1.tasks(mine + "&taskDefinitionKey=Task_ScoreApplication").get(0);

    try (LogCapture log = new LogCapture()) {
      // eligibilityDecision: 42 was a ClassCastException in the listener (500)
      assertHumanRefusal(post("secretary", "/engine-rest/task/" + review.path("id").asText()
          + "/complete", vars("eligibilityDecision", 42)), HttpStatus.BAD_REQUEST,
          "eligibilityDecision");
      // the listener's own refusal through submit-form (Tasklist's path)
      assertHumanRefusal(post("secretary", "/engine-rest/task/" + review.path("id").asText()
          + "/submit-form", vars("eligibilityDecision", "ELIGIBLE")), HttpStatus.BAD_REQUEST, null);
      // the score form's required reviewComment is enforced on the server
      ResponseEntity<JsonNode> noComment = post("reviewer1", "/engine-rest/task/"
          + score.path("id").asText() + "/complete", vars("scoreStrategyFit", 3,
          "scoreTargetGroup", 3, "scoreRegionalReach", 3, "scoreComplementsServices", 3,
          "scoreFinancing", 3, "scoreEffectiveness", 3, "scoreCooperation", 3));
      assertHumanRefusal(noComment, HttpStatus.BAD_REQUEST, "reviewComment");
      // a process task cannot be deleted
      ResponseEntity<JsonNode> deleted = as("admin").exchange("/engine-rest/task/"
          + review.path("id").asText(), HttpMethod.DELETE, null, JsonNode.class);
      assertHumanRefusal(deleted, HttpStatus.BAD_REQUEST, null);
      assertThat(log.tracesAndErrors()).as("no stack trace or ERROR for a user's mistake").isEmpty();
    }
    // the tasks are still there, untouched
    assertThat(secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewEligibility")).hasSize(1);
    assertThat(reviewer1.tasks(mine + "&taskDefinitionKey=Task_ScoreApplication")).hasSize(1);
  }
}

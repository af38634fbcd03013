package fi.avustukset.platform.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.PostgresIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The application on PostgreSQL end to end through engine-rest, as staff do it in Tasklist:
 * the secretary starts a call with its start form data, completes the drafting form, and the
 * history shows what happened.
 */
class FoundationIT extends PostgresIntegrationTest {

  @Test
  void healthIsUpWithEngineAndDatabase() {
    // the components are shown to staff only (anonymous callers get the status: OneLoginIT)
    ResponseEntity<JsonNode> health = as("secretary").getForEntity("/actuator/health", JsonNode.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody().path("status").asText()).isEqualTo("UP");
    assertThat(health.getBody().path("components").has("db")).isTrue();
    assertThat(health.getBody().path("components").has("processEngine")).isTrue();
  }

  @Test
  void secretaryStartsCallCompletesDraftFormAndReadsHistory() {
    var secretary = as("secretary");
    ResponseEntity<JsonNode> started = secretary.postForEntity(
        "/engine-rest/process-definition/key/grant-call/start",
        Map.of("variables", Map.of(
            "callName", variable("Toiminta- ja innovaatioavustukset 2027", "String"),
            "grantType", variable("OPERATING_INNOVATION", "String"),
            "appropriation", variable(250000, "Integer"),
            "applicationStart", variable("2030-01-15", "String"),
            "applicationDeadline", variable("2030-02-28", "String"))),
        JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    String instanceId = started.getBody().path("id").asText();
    assertThat(started.getBody().path("businessKey").asText()).isEqualTo("2030-TI-1");

    JsonNode tasks = secretary.getForObject(
        "/engine-rest/task?processInstanceId=" + instanceId, JsonNode.class);
    assertThat(tasks).hasSize(1);
    assertThat(tasks.get(0).path("taskDefinitionKey").asText()).isEqualTo("Task_DraftCall");
    String taskId = tasks.get(0).path("id").asText();

    JsonNode form = secretary.getForObject("/engine-rest/task/" + taskId + "/deployed-form",
        JsonNode.class);
    assertThat(form.path("id").asText()).isEqualTo("grant-call-draft");

    // Weights that do not sum to 100 are refused and the task stays open.
    ResponseEntity<String> refused = secretary.postForEntity(
        "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of(
            "callDescription", variable("Haku on auki.", "String"),
            "weightStrategyFit", variable(90, "Integer"))),
        String.class);
    assertThat(refused.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(refused.getBody()).contains("100");

    ResponseEntity<String> completed = secretary.postForEntity(
        "/engine-rest/task/" + taskId + "/complete",
        Map.of("variables", Map.of("callDescription", variable("Haku on auki.", "String"))),
        String.class);
    assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    JsonNode history = secretary.getForObject(
        "/engine-rest/history/activity-instance?processInstanceId=" + instanceId
            + "&activityId=Task_DraftCall&finished=true", JsonNode.class);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).path("activityName").asText())
        .isEqualTo("Laadi hakuilmoitus ja arviointikriteerit");
    JsonNode historicInstance = secretary.getForObject(
        "/engine-rest/history/process-instance/" + instanceId, JsonNode.class);
    assertThat(historicInstance.path("startUserId").asText()).isEqualTo("secretary");
  }

  static Map<String, Object> variable(Object value, String type) {
    return Map.of("value", value, "type", type);
  }
}

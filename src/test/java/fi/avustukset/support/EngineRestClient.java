package fi.avustukset.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What a Tasklist user does, through {@code /engine-rest}, as one demo user. */
public class EngineRestClient {

  private final TestRestTemplate client;

  public EngineRestClient(TestRestTemplate client) {
    this.client = client;
  }

  public List<JsonNode> tasks(String query) {
    JsonNode tasks = client.getForObject("/engine-rest/task?maxResults=5000&" + query, JsonNode.class);
    return StreamSupport.stream(tasks.spliterator(), false).toList();
  }

  public void complete(JsonNode task, Object... keyValues) {
    ResponseEntity<String> response = tryComplete(task, keyValues);
    assertThat(response.getStatusCode()).as("complete %s: %s", task.path("name").asText(),
        response.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  public ResponseEntity<String> tryComplete(JsonNode task, Object... keyValues) {
    return client.postForEntity("/engine-rest/task/" + task.path("id").asText() + "/complete",
        Map.of("variables", variables(keyValues)), String.class);
  }

  public JsonNode start(String key, Object... keyValues) {
    ResponseEntity<JsonNode> started = client.postForEntity(
        "/engine-rest/process-definition/key/" + key + "/start",
        Map.of("variables", variables(keyValues)), JsonNode.class);
    assertThat(started.getStatusCode()).as("start %s: %s", key, started.getBody())
        .isEqualTo(HttpStatus.OK);
    return started.getBody();
  }

  public static Map<String, Object> variables(Object... keyValues) {
    Map<String, Object> vars = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      vars.put((String) keyValues[i], Map.of("value", keyValues[i + 1]));
    }
    return vars;
  }

  public static List<String> ids(List<JsonNode> nodes) {
    List<String> ids = new ArrayList<>();
    nodes.forEach(n -> ids.add(n.path("id").asText()));
    return ids;
  }
}

package fi.avustukset.grant.application.web;

import fi.avustukset.grant.application.domain.GrantApplicationRepository;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.PostgresIntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** POST /api/calls/{callKey}/applications (CONTRACT.md): success, bad input, access. */
class ApplicationApiIT extends PostgresIntegrationTest {

  @Autowired
  GrantApplicationRepository applications;

  static String callKey;

  @BeforeEach
  void openCall() {
    if (callKey == null) {
      callKey = CallFixture.openCall(this, "Sovellusrajapinnan testihaku", "OPERATING_INNOVATION", 200_000);
    }
  }

  @Test
  void applicantSubmitsForOwnOrganisationAndGetsTheNumber() {
    ResponseEntity<JsonNode> created = as("applicant1").postForEntity(
        "/api/calls/" + callKey + "/applications",
        CallFixture.application(1, "Vertaistukiryhmät", 30_000), JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("applicationNumber").asText();
    assertThat(number).matches(callKey.replace("-", "\\-") + "-\\d{4}");
    assertThat(created.getHeaders().getLocation()).hasPath("/api/applications/" + number);

    JsonNode mine = as("applicant1").getForObject("/api/applications/" + number, JsonNode.class);
    assertThat(mine.path("organizationName").asText()).isEqualTo("Savon Mielenterveysyhdistys ry");
    assertThat(as("applicant2").getForEntity("/api/applications/" + number, String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    JsonNode listForApplicant2 = as("applicant2").getForObject(
        "/api/calls/" + callKey + "/applications", JsonNode.class);
    assertThat(listForApplicant2.toString()).doesNotContain(number);
  }

  @Test
  void badInputIsRefusedNamingTheFieldsAndNothingIsStored() {
    long before = applications.countByCallKey(callKey);
    Map<String, Object> bad = CallFixture.application(1, "Virheellinen", -100);
    bad.put("businessId", "1234567-9");
    bad.put("openToWholeTargetGroup", "joo");
    bad.remove("targetGroup");
    ResponseEntity<JsonNode> refused = as("secretary").postForEntity(
        "/api/calls/" + callKey + "/applications", bad, JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(refused.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("businessId", "openToWholeTargetGroup", "targetGroup",
            "requestedAmount");
    assertThat(applications.countByCallKey(callKey)).isEqualTo(before);
  }

  @Test
  void wrongTypeAndMalformedJsonAre400() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<JsonNode> malformed = as("secretary").postForEntity(
        "/api/calls/" + callKey + "/applications", new HttpEntity<>("{\"organizationName\": ", headers),
        JsonNode.class);
    assertThat(malformed.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    Map<String, Object> wrongType = CallFixture.application(1, "Tyyppivirhe", 1000);
    wrongType.put("municipalityCount", "kuusi");
    ResponseEntity<JsonNode> refused = as("secretary").postForEntity(
        "/api/calls/" + callKey + "/applications", wrongType, JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactly("municipalityCount");
  }

  @Test
  void unknownCallIsRefused() {
    ResponseEntity<JsonNode> refused = as("applicant1").postForEntity(
        "/api/calls/1999-TI-9/applications", CallFixture.application(1, "x", 1000), JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").findValuesAsText("field")).containsExactly("callKey");
  }

  @Test
  void applicantCannotApplyForAnotherOrganisation() {
    ResponseEntity<JsonNode> refused = as("applicant1").postForEntity(
        "/api/calls/" + callKey + "/applications", CallFixture.application(2, "Toisen nimissä", 1000),
        JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void applicationsAreRefusedAfterTheDeadline() {
    String closed = CallFixture.openCall(this, "Suljettava haku", "OPERATING_INNOVATION", 10_000);
    JsonNode call = as("admin").getForObject("/engine-rest/process-instance?businessKey=" + closed,
        JsonNode.class).get(0);
    JsonNode timer = as("admin").getForObject("/engine-rest/job?timers=true&processInstanceId="
        + call.path("id").asText(), JsonNode.class).get(0);
    // The operator moves the deadline timer to now, as if the deadline had passed.
    as("admin").postForEntity("/engine-rest/job/" + timer.path("id").asText() + "/execute", null,
        String.class);
    fi.avustukset.support.Await.until("call closed", java.time.Duration.ofSeconds(30),
        () -> "CLOSED".equals(as("secretary").getForObject("/api/calls/" + closed, JsonNode.class)
            .path("status").asText())
            || "DECIDED".equals(as("secretary").getForObject("/api/calls/" + closed, JsonNode.class)
            .path("status").asText()));
    ResponseEntity<JsonNode> refused = as("applicant1").postForEntity(
        "/api/calls/" + closed + "/applications", CallFixture.application(1, "Myöhässä", 1000),
        JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("detail").asText()).contains("ei ota vastaan");
  }

  @Test
  void conflictedReviewerNeverGetsTheApplication() {
    // E11: reviewer1 has declared a conflict with a third organisation (not the demo ones).
    ResponseEntity<JsonNode> bad = as("secretary").postForEntity("/api/conflicts",
        Map.of("userId", "reviewer1", "businessId", "0737546-3", "reason", " "), JsonNode.class);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().path("errors").findValuesAsText("field"))
        .containsExactlyInAnyOrder("businessId", "reason");
    assertThat(as("reviewer2").postForEntity("/api/conflicts", Map.of("userId", "reviewer1",
        "businessId", "0737546-2", "reason", "x"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("secretary").postForEntity("/api/conflicts", Map.of("userId", "reviewer1",
        "businessId", "0737546-2", "reason", "Hallituksen jäsen"), JsonNode.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    Map<String, Object> body = CallFixture.application(1, "Kolmannen järjestön hanke", 12_000);
    body.put("organizationName", "Pohjois-Savon Kylät ry");
    body.put("businessId", "0737546-2");
    JsonNode created = as("secretary").postForEntity("/api/calls/" + callKey + "/applications",
        body, JsonNode.class).getBody();
    String instance = created.path("processInstanceId").asText();
    var reviewers = new fi.avustukset.support.EngineRestClient(as("admin"));
    fi.avustukset.support.Await.until("scoring tasks", java.time.Duration.ofMinutes(3),
        () -> !reviewers.tasks("processInstanceId=" + instance
            + "&taskDefinitionKey=Task_ScoreApplication").isEmpty());
    assertThat(reviewers.tasks("processInstanceId=" + instance + "&taskDefinitionKey=Task_ScoreApplication"))
        .extracting(t -> t.path("assignee").asText()).containsExactly("reviewer2");
    // Nor can the conflicted reviewer take the task over.
    JsonNode task = reviewers.tasks("processInstanceId=" + instance).get(0);
    ResponseEntity<String> claim = as("admin").postForEntity("/engine-rest/task/"
        + task.path("id").asText() + "/assignee", Map.of("userId", "reviewer1"), String.class);
    assertThat(claim.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(claim.getBody()).contains("esteellinen");
    // Nor read it (E11): the application, and the call's list, without it; the other reviewer can.
    String number = created.path("applicationNumber").asText();
    ResponseEntity<JsonNode> read = as("reviewer1").getForEntity("/api/applications/" + number,
        JsonNode.class);
    assertThat(read.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(read.getBody().path("detail").asText()).contains("esteellinen").contains("E11");
    assertThat(as("reviewer1").getForObject("/api/calls/" + callKey + "/applications",
        JsonNode.class).findValuesAsText("applicationNumber")).doesNotContain(number);
    assertThat(as("reviewer2").getForEntity("/api/applications/" + number, JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}

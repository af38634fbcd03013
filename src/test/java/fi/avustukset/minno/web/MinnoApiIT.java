package fi.avustukset.minno.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.PostgresIntegrationTest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A whole MINNO round on PostgreSQL through the REST APIs, the way the demo users work in
 * Tasklist (engine-rest {@code submit-form} with their own credentials): registrations by an
 * applicant and the coordinator, refused bad input and closed registration, M1 screening and M2
 * redirect, selection with the university, follow-up, feedback and the summary.
 */
class MinnoApiIT extends PostgresIntegrationTest {

  static final String ROUND = "MINNO-2031-1";
  static final String CHALLENGE_TEXT = "Kehitetään digitaalisia palveluja, jotka lisäävät nuorten"
      + " osallisuutta ja hyvinvointia; opiskelijat ideoivat hankeaihion EAKR/ESR+-rahoitukseen.";

  @Autowired
  ManagementService managementService;

  @Test
  void coordinatorAndUniversityRunAWholeRound() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    String round = startRound(ROUND, today.minusDays(1), today.plusDays(30));
    submit("coordinator", round, "Task_ConfirmCooperation", Map.of("cooperationDecision", "YES",
        "actualEffortDays", 1, "stepNote", "Metropolia jatkaa"));
    submit("coordinator", round, "Task_AnnounceRound", Map.of("actualEffortDays", 1));
    submit("coordinator", round, "Task_PrepareRegistration", Map.of("actualEffortDays", 0.5));
    await("registration opens", () -> "REGISTRATION_OPEN".equals(summary("coordinator").path("status").asText()));

    // an applicant registers their own organisation (its name and Y-tunnus from their group)
    ResponseEntity<JsonNode> own = register("applicant1", body(null, "helmi@example.fi", "FI"));
    assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(own.getBody().path("organizationName").asText()).isEqualTo("Savon Mielenterveysyhdistys ry");
    assertThat(own.getBody().path("businessId").asText()).isEqualTo("1234567-1");
    assertThat(own.getBody().path("businessKey").asText()).isEqualTo(ROUND + "-01");
    // ... and no one else's
    assertThat(register("applicant1", body("Kuopion Seudun Omaishoitajat ry", "helmi@example.fi", "FI"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(register("university", body("Metropolia", "m@example.fi", "FI")).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    // the coordinator registers any NGO, also with several challenges
    ResponseEntity<JsonNode> soste = register("coordinator", body("SOSTE ry", "minno@soste.fi", "FI", "EN"));
    assertThat(soste.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<JsonNode> other = register("applicant2", body(null, "otto@example.fi", "FI"));
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // bad input names the fields and stores nothing
    Map<String, Object> bad = new LinkedHashMap<>(body("Yhdistys ry", "ei-sahkoposti", "FI"));
    bad.put("challenges", List.of(Map.of("title", "Otsikko", "description", "Kuvaus",
        "language", "SV", "studentField", "SOCIAL_HEALTH")));
    ResponseEntity<JsonNode> refused = register("coordinator", bad);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors").toString())
        .contains("\"contactEmail\"").contains("challenges[0].language");
    Map<String, Object> wrongType = new LinkedHashMap<>(body("Yhdistys ry", "a@b.fi", "FI"));
    wrongType.put("challenges", "yksi haaste");
    ResponseEntity<JsonNode> wrong = register("coordinator", wrongType);
    assertThat(wrong.getStatusCode()).as(String.valueOf(wrong.getBody())).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(wrong.getBody().path("errors").toString()).as(String.valueOf(wrong.getBody())).contains("challenges");
    Map<String, Object> none = new LinkedHashMap<>(body("Yhdistys ry", "a@b.fi", "FI"));
    none.put("challenges", List.of());
    assertThat(register("coordinator", none).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(registrations("coordinator")).hasSize(3);
    // applicants see only their own organisation's registrations
    assertThat(registrations("applicant1")).extracting(r -> r.path("organizationName").asText())
        .containsExactly("Savon Mielenterveysyhdistys ry");

    // M1: one screening task per challenge for the coordinator; applicant2's challenge fails
    await("screening tasks", () -> tasks("coordinator", null, "Task_ScreenChallenge").size() == 4);
    String failing = other.getBody().path("processInstanceId").asText();
    for (JsonNode task : tasks("coordinator", null, "Task_ScreenChallenge")) {
      boolean fits = !task.path("processInstanceId").asText().equals(failing);
      submitTask("coordinator", task.path("id").asText(), Map.of("fitsProgramme", fits, "suitsMinno", fits));
    }
    // M2: the NGO is pointed to other funding, recorded
    await("redirect task", () -> tasks("coordinator", failing, "Task_RedirectChallenges").size() == 1);
    submit("coordinator", failing, "Task_RedirectChallenges", Map.of(
        "redirectAdvice", "STEA:n kohdennetut avustukset", "ngoInformed", true));
    submit("coordinator", round, "Task_CoachChallenges", Map.of("actualEffortDays", 1));

    // registration closes (its timer is due in 30 days: executed here) and is then refused
    Job close = managementService.createJobQuery().processInstanceId(round)
        .activityId("Event_RegistrationCloses").singleResult();
    managementService.executeJob(close.getId());
    await("selection task", () -> tasks("coordinator", round, "Task_ProposeSelection").size() == 1);
    assertThat(register("applicant1", body(null, "helmi@example.fi", "FI")).getStatusCode())
        .isEqualTo(HttpStatus.CONFLICT);

    // Tasklist gets the candidates as the options of the selection form (JSON variable)
    String proposal = tasks("coordinator", round, "Task_ProposeSelection").get(0).path("id").asText();
    JsonNode formVariables = as("coordinator").getForObject(
        "/engine-rest/task/" + proposal + "/form-variables?deserializeValues=false", JsonNode.class);
    assertThat(formVariables.path("candidateOptions").path("type").asText()).isEqualTo("Json");
    assertThat(formVariables.path("candidateOptions").path("value").asText())
        .contains(own.getBody().path("id").asText()).contains(soste.getBody().path("id").asText());
    String selected = "[\"" + own.getBody().path("id").asText() + "\",\""
        + soste.getBody().path("id").asText() + "\"]";
    submitTask("coordinator", proposal, Map.of("selectedRegistrations", new Json(selected),
        "carriedOverRegistrations", new Json("[]"), "actualEffortDays", 1));
    submit("university", round, "Task_ConfirmSelection", Map.of("selectionApproval", "APPROVED"));
    await("outcomes", () -> summary("coordinator").path("pending").asInt() == 0
        && summary("coordinator").path("selected").asInt() == 2);

    submit("university", round, "Task_RecordCourse", Map.of("studentCount", 14, "studentTeams", 4));
    submit("coordinator", round, "Task_FollowProject", Map.of("actualEffortDays", 2));
    submit("coordinator", round, "Task_AttendMinnoFest", Map.of("actualEffortDays", 1, "studentAwards", true));
    submit("coordinator", round, "Task_CommunicateResults", Map.of("actualEffortDays", 1));
    submit("coordinator", round, "Task_FollowUpWork", Map.of("actualEffortDays", 0.5));
    submit("coordinator", round, "Task_CollectFeedback", Map.of("actualEffortDays", 0.5,
        "ngoRating", 4, "ngoFeedback", "Hyödyllinen", "studentRating", 5));
    submit("university", round, "Task_GiveUniversityFeedback", Map.of("universityRating", 3));
    // a student's own response through the API; a rating out of range is refused
    assertThat(feedback("university", Map.of("respondent", "STUDENT", "rating", 4)).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(feedback("university", Map.of("respondent", "STUDENT", "rating", 7)).getBody()
        .path("errors").toString()).contains("rating");
    assertThat(feedback("applicant1", Map.of("respondent", "NGO", "rating", 5)).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    await("round closed", () -> "CLOSED".equals(summary("coordinator").path("status").asText()));

    JsonNode s = summary("manager");
    assertThat(s.path("registrations").asInt()).isEqualTo(3);
    assertThat(s.path("selected").asInt()).isEqualTo(2);
    assertThat(s.path("carriedOver").asInt()).isZero();
    assertThat(s.path("redirected").asInt()).isEqualTo(1);
    assertThat(s.path("challenges").asInt()).isEqualTo(3);
    assertThat(s.path("challengesByLanguage").path("FI").asInt()).isEqualTo(2);
    assertThat(s.path("challengesByLanguage").path("EN").asInt()).isEqualTo(1);
    assertThat(s.path("capacity").asInt()).isEqualTo(3);
    assertThat(s.path("students").asInt()).isEqualTo(14);
    assertThat(s.path("plannedEffortDays").decimalValue()).isEqualByComparingTo("9.0");
    assertThat(s.path("actualEffortDays").decimalValue()).isEqualByComparingTo("9.5");
    assertThat(s.path("feedbackMean").decimalValue()).isEqualByComparingTo("4.00");
    assertThat(registrations("coordinator")).extracting(r -> r.path("outcome").asText())
        .containsExactlyInAnyOrder("SELECTED", "SELECTED", "REDIRECTED");

    // project applications that followed, entered later by the coordinator
    long challengeId = soste.getBody().path("challenges").get(1).path("id").asLong();
    ResponseEntity<JsonNode> applications = as("coordinator").exchange("/api/minno/" + ROUND
        + "/challenges/" + challengeId + "/project-applications", HttpMethod.PUT,
        new HttpEntity<>(Map.of("count", 2)), JsonNode.class);
    assertThat(applications.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(summary("coordinator").path("projectApplications").asInt()).isEqualTo(2);

    ResponseEntity<String> page = as("university").getForEntity("/api/minno/" + ROUND + "/summary.html", String.class);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("Ilmoittautuneita järjestöjä").contains("Savon Mielenterveysyhdistys ry");
    JsonNode comparison = as("manager").getForObject("/api/minno/comparison", JsonNode.class);
    assertThat(comparison.path("rounds").toString()).contains(ROUND);
    assertThat(as("manager").getForObject("/api/minno/comparison.html", String.class))
        .contains("MINNO-kierrosten vertailu");
    assertThat(as("applicant1").getForEntity("/api/minno/" + ROUND + "/summary", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // Cycle times of the round (issue 13.4): each step of the round once, the registrations'
    // steps over the NGOs, beside planned vs actual effort of the summary.
    JsonNode times = as("manager").getForObject("/api/minno/" + ROUND + "/cycle-times", JsonNode.class);
    JsonNode confirm = null;
    for (JsonNode phase : times.path("phases")) {
      if ("Task_ConfirmCooperation".equals(phase.path("phase").asText())) {
        confirm = phase;
      }
    }
    assertThat(confirm).as(times.toString()).isNotNull();
    assertThat(confirm.path("count").asInt()).isEqualTo(1);
    assertThat(confirm.path("medianHours").isNumber()).isTrue();
    assertThat(times.path("registrationPhases").size()).as(times.toString()).isPositive();
    assertThat(times.path("registrationPhases").get(0).path("count").asInt()).isGreaterThanOrEqualTo(1);
    assertThat(times.path("plannedEffortDays").decimalValue()).isEqualByComparingTo("9.0");
    assertThat(times.path("actualEffortDays").decimalValue()).isEqualByComparingTo("9.5");
    assertThat(as("manager").getForObject("/api/minno/" + ROUND + "/cycle-times.html", String.class))
        .contains("<svg").contains("Vahvista yhteistyön jatko ja laajuus");
    assertThat(as("applicant1").getForEntity("/api/minno/" + ROUND + "/cycle-times", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  void registrationIsRefusedBeforeTheRoundOpensAndForUnknownRounds() {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    startRound("MINNO-2032-2", today.plusDays(60), today.plusDays(90));
    ResponseEntity<JsonNode> early = register("applicant1", "MINNO-2032-2", body(null, "helmi@example.fi", "FI"));
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(register("applicant1", "MINNO-1999-1", body(null, "helmi@example.fi", "FI"))
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    JsonNode s = as("coordinator").getForObject("/api/minno/MINNO-2032-2/summary", JsonNode.class);
    assertThat(s.path("registrations").asInt()).isZero();
    assertThat(s.path("status").asText()).isEqualTo("PLANNED");
    assertThat(s.has("feedbackMean")).isTrue();
    // the university may read, not start rounds
    assertThat(as("university").postForEntity("/engine-rest/process-definition/key/minno-semester/start",
        Map.of("variables", Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  // ------------------------------------------------------------------ helpers

  record Json(String value) {}

  String startRound(String code, LocalDate opens, LocalDate closes) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("roundName", Map.of("value", "IT " + code, "type", "String"));
    variables.put("capacity", Map.of("value", 3, "type", "Integer"));
    variables.put("registrationOpens", Map.of("value", opens.toString(), "type", "String"));
    variables.put("registrationCloses", Map.of("value", closes.toString(), "type", "String"));
    ResponseEntity<JsonNode> started = as("coordinator").postForEntity(
        "/engine-rest/process-definition/key/minno-semester/start",
        Map.of("businessKey", code, "variables", variables), JsonNode.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().path("businessKey").asText()).isEqualTo(code);
    return started.getBody().path("id").asText();
  }

  static Map<String, Object> body(String organization, String email, String... languages) {
    List<Map<String, Object>> challenges = new ArrayList<>();
    for (String language : languages) {
      challenges.add(Map.of("title", "Haaste " + language, "description", CHALLENGE_TEXT,
          "language", language, "studentField", language.equals("EN") ? "BUSINESS" : "SOCIAL_HEALTH"));
    }
    Map<String, Object> body = new LinkedHashMap<>();
    if (organization != null) {
      body.put("organizationName", organization);
    }
    body.put("contactEmail", email);
    body.put("challenges", challenges);
    return body;
  }

  ResponseEntity<JsonNode> register(String user, Map<String, Object> body) {
    return register(user, ROUND, body);
  }

  ResponseEntity<JsonNode> register(String user, String round, Map<String, Object> body) {
    return as(user).postForEntity("/api/minno/" + round + "/registrations", body, JsonNode.class);
  }

  ResponseEntity<JsonNode> feedback(String user, Map<String, Object> body) {
    return as(user).postForEntity("/api/minno/" + ROUND + "/feedback", body, JsonNode.class);
  }

  List<JsonNode> registrations(String user) {
    List<JsonNode> list = new ArrayList<>();
    as(user).getForObject("/api/minno/" + ROUND + "/registrations", JsonNode.class).forEach(list::add);
    return list;
  }

  JsonNode summary(String user) {
    return as(user).getForObject("/api/minno/" + ROUND + "/summary", JsonNode.class);
  }

  /** Tasks the user sees (as Tasklist asks engine-rest), optionally of one process instance. */
  List<JsonNode> tasks(String user, String processInstanceId, String taskKey) {
    String url = "/engine-rest/task?taskDefinitionKey=" + taskKey
        + (processInstanceId == null ? "" : "&processInstanceId=" + processInstanceId);
    List<JsonNode> list = new ArrayList<>();
    as(user).getForObject(url, JsonNode.class).forEach(list::add);
    return list;
  }

  /** Completes the user's one task of that kind as Tasklist does: submit-form with typed values. */
  void submit(String user, String processInstanceId, String taskKey, Map<String, Object> values) {
    await(taskKey, () -> tasks(user, processInstanceId, taskKey).size() == 1);
    submitTask(user, tasks(user, processInstanceId, taskKey).get(0).path("id").asText(), values);
  }

  void submitTask(String user, String taskId, Map<String, Object> values) {
    Map<String, Object> variables = new LinkedHashMap<>();
    values.forEach((name, value) -> variables.put(name, typed(value)));
    ResponseEntity<String> response = as(user).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
        Map.of("variables", variables), String.class);
    assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
  }

  static Map<String, Object> typed(Object value) {
    if (value instanceof Json json) {
      return Map.of("value", json.value(), "type", "Json");
    }
    String type = value instanceof Boolean ? "Boolean" : value instanceof Integer ? "Long"
        : value instanceof Number ? "Double" : "String";
    return Map.of("value", value, "type", type);
  }

  static void await(String what, Supplier<Boolean> condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (!condition.get()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}

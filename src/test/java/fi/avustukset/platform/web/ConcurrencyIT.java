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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * issue 9.3: races answer truthfully and never 5xx — concurrent MINNO registrations are all
 * numbered, identical concurrent PUT/POST create one row (one 201, the rest 200), and two
 * reviewers completing their parallel score tasks at the same moment both succeed.
 */
class ConcurrencyIT extends PostgresIntegrationTest {

  @Autowired
  JdbcTemplate jdbc;

  /** Runs the calls at the same moment (a barrier), returning their HTTP statuses. */
  static List<Integer> together(List<Callable<ResponseEntity<?>>> calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    CyclicBarrier barrier = new CyclicBarrier(calls.size());
    try {
      List<Future<ResponseEntity<?>>> futures = new ArrayList<>();
      for (Callable<ResponseEntity<?>> call : calls) {
        futures.add(pool.submit(() -> {
          barrier.await();
          return call.call();
        }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<ResponseEntity<?>> f : futures) {
        statuses.add(f.get().getStatusCode().value());
      }
      return statuses;
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void identicalConcurrentProjectPutsCreateOneRow() throws Exception {
    List<Callable<ResponseEntity<?>>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      calls.add(() -> as("secretary").exchange("/api/projects/RACE-1", HttpMethod.PUT,
          new HttpEntity<>(Map.of("name", "Kilpailu", "organizationName", "Yhdistys ry")),
          String.class));
    }
    List<Integer> statuses = together(calls);
    assertThat(statuses).as(statuses.toString()).allMatch(s -> s == 200 || s == 201);
    assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from funded_project where project_code = 'RACE-1'",
        Integer.class)).isEqualTo(1);
  }

  @Test
  void identicalConcurrentConflictDeclarationsCreateOneRow() throws Exception {
    List<Callable<ResponseEntity<?>>> calls = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      calls.add(() -> as("secretary").postForEntity("/api/conflicts", Map.of("userId", "reviewer2",
          "businessId", "7654321-2", "reason", "Hallituksen jäsen"), String.class));
    }
    List<Integer> statuses;
    try (LogCapture log = new LogCapture()) {
      statuses = together(calls);
      // the losers of the race (uq_conflict) are answered properly: no ERROR, no stack trace
      assertThat(log.tracesAndErrors()).as("a lost race is no failure").isEmpty();
    }
    assertThat(statuses).as(statuses.toString()).allMatch(s -> s == 200 || s == 201 || s == 409);
    assertThat(statuses.stream().filter(s -> s == 201).count()).as(statuses.toString()).isEqualTo(1);
    assertThat(jdbc.queryForObject("select count(*) from conflict_of_interest where user_id = 'reviewer2'"
        + " and business_id = '7654321-2'", Integer.class)).isEqualTo(1);
    // an unknown user is refused, not stored
    assertThat(as("secretary").postForEntity("/api/conflicts", Map.of("userId", "nobodyatall",
        "businessId", "7654321-2", "reason", "x"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void concurrentMinnoRegistrationsAreAllNumbered() throws Exception {
    LocalDate today = LocalDate.now(ZoneId.of("Europe/Helsinki"));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("roundName", Map.of("value", "Kilpailukierros"));
    variables.put("capacity", Map.of("value", 3));
    variables.put("registrationOpens", Map.of("value", today.minusDays(1).toString()));
    variables.put("registrationCloses", Map.of("value", today.plusDays(20).toString()));
    ResponseEntity<JsonNode> started = as("coordinator").postForEntity(
        "/engine-rest/process-definition/key/minno-semester/start",
        Map.of("businessKey", "MINNO-2040-1", "variables", variables), JsonNode.class);
    assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
    String round = started.getBody().path("id").asText();
    var coordinator = new EngineRestClient(as("coordinator"));
    for (String[] step : new String[][] {{"Task_ConfirmCooperation", "cooperationDecision", "YES"},
        {"Task_AnnounceRound", null, null}, {"Task_PrepareRegistration", null, null}}) {
      Await.until(step[0], Duration.ofMinutes(2), () -> coordinator.tasks("processInstanceId=" + round
          + "&taskDefinitionKey=" + step[0]).size() == 1);
      JsonNode task = coordinator.tasks("processInstanceId=" + round + "&taskDefinitionKey=" + step[0]).get(0);
      if (step[1] != null) {
        coordinator.complete(task, step[1], step[2], "actualEffortDays", 1);
      } else {
        coordinator.complete(task, "actualEffortDays", 1);
      }
    }
    Await.until("registration open", Duration.ofMinutes(2), () -> "REGISTRATION_OPEN".equals(
        as("coordinator").getForObject("/api/minno/MINNO-2040-1/summary", JsonNode.class)
            .path("status").asText()));
    // a second round with the same code is a duplicate: 409
    assertThat(as("coordinator").postForEntity("/engine-rest/process-definition/key/minno-semester/start",
        Map.of("businessKey", "MINNO-2040-1", "variables", Map.of("roundName", Map.of("value", "x"),
            "roundCode", Map.of("value", "MINNO-2040-1"))), String.class).getStatusCode().is4xxClientError())
        .isTrue();

    List<Callable<ResponseEntity<?>>> calls = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      int n = i;
      calls.add(() -> as("coordinator").postForEntity("/api/minno/MINNO-2040-1/registrations",
          Map.of("organizationName", "Järjestö " + n, "contactEmail", "j" + n + "@example.fi",
              "challenges", List.of(Map.of("title", "Haaste " + n, "description", "Kuvaus " + n,
                  "language", "FI", "studentField", "SOCIAL_HEALTH"))), String.class));
    }
    List<Integer> statuses = together(calls);
    assertThat(statuses).as(statuses.toString()).allMatch(s -> s == 201);
    List<Integer> numbers = jdbc.queryForList("select registration_number from minno_registration"
        + " where round_code = 'MINNO-2040-1' order by registration_number", Integer.class);
    assertThat(numbers).hasSize(20).doesNotHaveDuplicates();
    assertThat(numbers.get(19)).isEqualTo(20);
    // leave no screening tasks behind for the other tests of the shared application
    for (JsonNode instance : as("admin").getForObject(
        "/engine-rest/process-instance?businessKeyLike=MINNO-2040-1%", JsonNode.class)) {
      as("admin").delete("/engine-rest/process-instance/" + instance.path("id").asText());
    }
  }

  @Test
  void reviewersCompletingParallelScoreTasksAtOnceBothSucceed() throws Exception {
    String callKey = CallFixture.openCall(this, "Rinnakkaiset arviot", "OPERATING_INNOVATION", 900_000);
    for (int i = 0; i < 3; i++) {
      assertThat(as("applicant1").postForEntity("/api/calls/" + callKey + "/applications",
          CallFixture.application(1, "Rinnakkain " + i, 20_000), JsonNode.class).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }
    JsonNode call = as("admin").getForObject("/engine-rest/process-instance?businessKey=" + callKey,
        JsonNode.class).get(0);
    JsonNode timer = as("admin").getForObject("/engine-rest/job?timers=true&processInstanceId="
        + call.path("id").asText(), JsonNode.class).get(0);
    as("admin").postForEntity("/engine-rest/job/" + timer.path("id").asText() + "/execute", null,
        String.class);
    var reviewer1 = new EngineRestClient(as("reviewer1"));
    var reviewer2 = new EngineRestClient(as("reviewer2"));
    String mine = "processInstanceBusinessKeyLike=" + callKey + "-%&taskDefinitionKey=Task_ScoreApplication";
    Await.until("score tasks", Duration.ofMinutes(3), () -> reviewer1.tasks(mine + "&assignee=reviewer1")
        .size() == 3 && reviewer2.tasks(mine + "&assignee=reviewer2").size() == 3);
    for (JsonNode first : reviewer1.tasks(mine + "&assignee=reviewer1")) {
      JsonNode second = reviewer2.tasks(mine + "&assignee=reviewer2&processInstanceId="
          + first.path("processInstanceId").asText()).get(0);
      List<Integer> statuses = together(List.of(
          () -> reviewer1.tryComplete(first, scores("Hyvä")),
          () -> reviewer2.tryComplete(second, scores("Kelpo"))));
      assertThat(statuses).as(statuses.toString()).containsOnly(204);
    }
    Await.until("scores recorded", Duration.ofMinutes(2), () -> jdbc.queryForObject(
        "select count(distinct application_number || reviewer) from application_review where application_number like ?", Integer.class,
        callKey + "-%") >= 6);
  }

  private static Object[] scores(String comment) {
    return new Object[] {"scoreStrategyFit", 4, "scoreTargetGroup", 3, "scoreRegionalReach", 3,
        "scoreComplementsServices", 4, "scoreFinancing", 3, "scoreEffectiveness", 2,
        "scoreCooperation", 3, "reviewComment", comment};
  }
}

package fi.avustukset.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.grant.eligibility.domain.Rule;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.PostgresIntegrationTest;
import fi.avustukset.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.management.JobDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recovery within a minute (issue 9.6) with a real {@code kill -9}: node A is the packaged
 * application ({@code target/grant-processes.jar}, profile {@code postgres}) in a JVM of its own,
 * node B is this test's application; both work on the same PostgreSQL database, a two-node
 * cluster as in production. Node A acquires the eligibility checks (Task_CheckEligibility) of a
 * dozen applications and is killed in the middle of them; node B finishes every one of them
 * within 60 s of the kill, each exactly once.
 *
 * <p>To catch node A in the middle of its jobs, the test holds the applications' rows
 * ({@code select ... for update}) while node A runs them, so A's job threads wait inside their
 * transactions, exactly as a slow job would; the test waits until PostgreSQL shows A's sessions
 * waiting for those rows, then kills A. Node B's job executor is paused while A takes the jobs
 * (otherwise the two nodes would share them) and runs again before the kill, so B is a live
 * node of the cluster when A dies.
 */
class NodeKillRecoveryIT extends PostgresIntegrationTest {

  private static final Logger log = LoggerFactory.getLogger(NodeKillRecoveryIT.class);

  static final Path JAR = Path.of("target", "grant-processes.jar").toAbsolutePath();
  static final Path NODE_A_LOG = Path.of("target", "node-a.log").toAbsolutePath();
  /** Node A's sessions in pg_stat_activity (the JDBC driver's ApplicationName). */
  static final String NODE_A_SESSIONS = "grants-node-a";
  static final Duration NODE_A_START = Duration.ofSeconds(180);
  static final Duration RECOVERY_GOAL = Duration.ofSeconds(60);
  static final int APPLICATIONS = 12;

  @Autowired
  ProcessEngineConfiguration configuration;

  @Autowired
  ManagementService management;

  @Autowired
  RuntimeService runtime;

  @Autowired
  HistoryService history;

  @Autowired
  TaskService tasks;

  @Autowired
  JdbcTemplate jdbc;

  private Process nodeA;

  @AfterEach
  void nodeAGone() throws InterruptedException {
    if (nodeA != null && nodeA.isAlive()) {
      nodeA.destroyForcibly();
      nodeA.waitFor(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void anotherNodeFinishesTheJobsOfAKilledNodeWithinAMinute() throws Exception {
    assertThat(JAR).as("the packaged application (spring-boot repackage runs in package, before"
        + " the integration tests)").isRegularFile();
    int portA = freePort();
    nodeA = startNodeA(portA);
    // Node A boots (20-40 s) while this node opens the call the applications go to.
    String callKey = CallFixture.openCall(this, "Solmun kaatuminen", "OPERATING_INNOVATION",
        500_000);
    awaitHealthy(portA);

    JobExecutor executorB = ((ProcessEngineConfigurationImpl) configuration).getJobExecutor();
    List<String> checkDefinitions = management.createJobDefinitionQuery()
        .processDefinitionKey("grant-application").activityIdIn("Task_CheckEligibility").active()
        .list().stream().map(JobDefinition::getId).toList();
    assertThat(checkDefinitions).isNotEmpty();

    executorB.shutdown();
    try {
      // The checks are created suspended, so nobody starts them before their rows are held.
      checkDefinitions.forEach(id -> management.updateJobDefinitionSuspensionState()
          .byJobDefinitionId(id).suspend());
      Map<String, Boolean> eligibleByNumber = new LinkedHashMap<>();
      for (int i = 0; i < APPLICATIONS; i++) {
        int organisation = i % 2 + 1;
        Map<String, Object> body = CallFixture.application(organisation, "Kaatuminen " + i, 12_000);
        boolean eligible = i % 3 != 2;
        if (!eligible) {
          body.put("serviceDirectory", "NONE"); // E6 fails: the preparer reviews it
        }
        ResponseEntity<JsonNode> created = as("applicant" + organisation).postForEntity(
            "/api/calls/" + callKey + "/applications", body, JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody()))
            .isEqualTo(HttpStatus.CREATED);
        eligibleByNumber.put(created.getBody().path("applicationNumber").asText(), eligible);
      }
      Map<String, String> instanceByNumber = new LinkedHashMap<>();
      eligibleByNumber.keySet().forEach(number -> instanceByNumber.put(number,
          runtime.createProcessInstanceQuery().processDefinitionKey("grant-application")
              .processInstanceBusinessKey(number).singleResult().getId()));
      List<String> jobIds = new ArrayList<>();
      instanceByNumber.values().forEach(instance -> jobIds.add(management.createJobQuery()
          .processInstanceId(instance).activityId("Task_CheckEligibility").suspended()
          .singleResult().getId()));

      String ownerA;
      Instant killed;
      TestDatabase db = TestDatabase.get();
      try (Connection holder = DriverManager.getConnection(db.url, db.username, db.password)) {
        holder.setAutoCommit(false);
        try (PreparedStatement hold = holder.prepareStatement(
            "select application_number from grant_application where call_key = ? for update")) {
          hold.setString(1, callKey);
          hold.executeQuery().close();
        }
        checkDefinitions.forEach(id -> management.updateJobDefinitionSuspensionState()
            .byJobDefinitionId(id).includeJobs(true).activate());

        Await.until("node A holding all " + APPLICATIONS + " checks, in the middle of them",
            Duration.ofSeconds(30), () -> lockedCount(jobIds) == APPLICATIONS
                && sessionsOfNodeA("wait_event_type = 'Lock'") > 0);
        List<String> owners = jdbc.queryForList("select distinct lock_owner_ from act_ru_job"
            + " where id_ in (" + placeholders(jobIds) + ")", String.class, jobIds.toArray());
        assertThat(owners).as("one owner, node A").hasSize(1).doesNotContain(executorB.getLockOwner());
        ownerA = owners.get(0);
        long waiting = sessionsOfNodeA("wait_event_type = 'Lock'");

        executorB.start(); // node B is a live node again when A dies
        killed = kill(nodeA);
        log.info("Node A ({}) killed while holding {} jobs, {} of its job threads inside one",
            ownerA, APPLICATIONS, waiting);
        holder.rollback();
      }

      // A's open transactions die with it: nothing of its work is in the database.
      Await.until("node A's database sessions gone", Duration.ofSeconds(15),
          () -> sessionsOfNodeA("true") == 0);
      assertThat(checksDone(instanceByNumber.values())).as("checks committed by node A").isZero();
      assertThat(jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ = ? and id_"
          + " in (" + placeholders(jobIds) + ")", Long.class, args(ownerA, jobIds)))
          .as("jobs still locked by the dead node").isEqualTo(APPLICATIONS);

      Await.until("node B finishing the jobs node A held",
          RECOVERY_GOAL.minus(Duration.between(killed, Instant.now())),
          () -> jdbc.queryForObject("select count(*) from act_ru_job where id_ in ("
              + placeholders(jobIds) + ")", Long.class, jobIds.toArray()) == 0);
      Duration took = Duration.between(killed, Instant.now());
      log.info("Node B finished node A's {} jobs {} s after the kill", APPLICATIONS,
          took.toMillis() / 1000.0);
      assertThat(took).isLessThan(RECOVERY_GOAL);

      // Nothing lost, nothing twice: every application checked once, on its expected path.
      for (var entry : instanceByNumber.entrySet()) {
        String number = entry.getKey();
        String instance = entry.getValue();
        assertThat(checksDone(List.of(instance))).as("checks of %s", number).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from eligibility_result"
            + " where application_number = ?", Long.class, number))
            .as("eligibility rows of %s", number).isEqualTo(Rule.values().length);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count())
            .as("incidents of %s", number).isZero();
        if (eligibleByNumber.get(number)) {
          assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance)
              .activityId("EndEvent_Eligible").finished().count())
              .as("%s eligible, on to review", number).isEqualTo(1);
        } else {
          assertThat(tasks.createTaskQuery().processInstanceId(instance)
              .taskDefinitionKey("Task_ReviewEligibility").count())
              .as("%s to the preparer's eligibility review", number).isEqualTo(1);
        }
      }
    } finally {
      checkDefinitions.forEach(id -> management.updateJobDefinitionSuspensionState()
          .byJobDefinitionId(id).includeJobs(true).activate());
      executorB.start();
    }
  }

  /** The packaged application as a cluster node on this test's database, output to the log. */
  private Process startNodeA(int portA) throws IOException {
    TestDatabase db = TestDatabase.get();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-jar", JAR.toString(), "--spring.profiles.active=postgres",
        "--server.port=" + portA, "--camunda.bpm.job-execution.enabled=true")
        .directory(JAR.getParent().toFile())
        .redirectErrorStream(true)
        .redirectOutput(NODE_A_LOG.toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("GRANTS_"));
    env.put("SPRING_DATASOURCE_URL", db.url + (db.url.contains("?") ? "&" : "?")
        + "ApplicationName=" + NODE_A_SESSIONS);
    env.put("SPRING_DATASOURCE_USERNAME", db.username);
    env.put("SPRING_DATASOURCE_PASSWORD", db.password);
    // No SMTP server: node A sends no mail (the outbox stays with node B), so a kill in the
    // middle of a delivery cannot send a message twice in this test.
    return builder.start();
  }

  /** Up when {@code /actuator/health} answers UP to an anonymous caller; A's log tail if not. */
  private void awaitHealthy(int portA) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + portA
        + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + NODE_A_START.toNanos();
    while (true) {
      if (!nodeA.isAlive()) {
        throw new AssertionError("node A exited with " + nodeA.exitValue() + " before it was up;"
            + " the end of " + NODE_A_LOG + ":\n" + logTail());
      }
      try {
        HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("node A not up within " + NODE_A_START + "; the end of "
            + NODE_A_LOG + ":\n" + logTail());
      }
      Thread.sleep(500);
    }
  }

  /** kill -9: destroyForcibly is SIGKILL on Linux; the process must be gone, killed by it. */
  private static Instant kill(Process process) throws InterruptedException {
    long pid = process.pid();
    process.destroyForcibly();
    Instant killed = Instant.now();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("node A gone").isTrue();
    assertThat(process.exitValue()).as("exit status of SIGKILL (128 + 9)").isEqualTo(137);
    assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    return killed;
  }

  private long lockedCount(List<String> jobIds) {
    return jdbc.queryForObject("select count(*) from act_ru_job where lock_owner_ is not null"
        + " and id_ in (" + placeholders(jobIds) + ")",
        Long.class, jobIds.toArray());
  }

  private long sessionsOfNodeA(String condition) {
    return jdbc.queryForObject("select count(*) from pg_stat_activity where application_name = ?"
        + " and " + condition, Long.class, NODE_A_SESSIONS);
  }

  /** Eligibility checks run to their end (history level full) in the given instances. */
  private long checksDone(java.util.Collection<String> instances) {
    return instances.stream().mapToLong(instance -> history.createHistoricActivityInstanceQuery()
        .processInstanceId(instance).activityId("Task_CheckEligibility").finished().count()).sum();
  }

  private static String placeholders(List<?> values) {
    return String.join(",", java.util.Collections.nCopies(values.size(), "?"));
  }

  private static Object[] args(Object first, List<?> rest) {
    List<Object> all = new ArrayList<>();
    all.add(first);
    all.addAll(rest);
    return all.toArray();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String logTail() {
    try {
      List<String> lines = Files.readAllLines(NODE_A_LOG, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 80), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e.getMessage() + ")";
    }
  }
}

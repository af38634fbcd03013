package fi.avustukset.benchmark;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.grant.GrantProperties;
import fi.avustukset.grant.decision.domain.AllocationService;
import fi.avustukset.grant.decision.domain.BudgetAllocator;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The benchmark of issue 4 (see BENCHMARKS.md): a command, not a test of the normal suite. Its
 * name ends in {@code Benchmark}, so neither surefire ({@code *Test}) nor failsafe
 * ({@code *IT}) picks it up; run it with {@code ./mvnw -B -Pbenchmark test}.
 *
 * <ol>
 *   <li>Ranking and budget allocation: {@link AllocationService#propose} on N seeded applications
 *       ready for decision (500, 2,000, 8,000), beside the pure {@link BudgetAllocator}.</li>
 *   <li>Application lifecycles per second: the real {@code grant-application} with its
 *       delegates beside {@code benchmark/bare-application.bpmn} (same wait states, jobs,
 *       gateways and timers, no domain code), both driven the same way through the engine API
 *       with the job executor off and jobs executed by the driving threads.</li>
 * </ol>
 *
 * Knobs (system properties): bench.sizes, bench.runs, bench.instances, bench.threads,
 * bench.rounds, bench.parts (allocation,lifecycles), bench.write (update BENCHMARKS.md, default
 * true).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("demo")
@Tag("benchmark")
class GrantBenchmark {

  static final List<Integer> SIZES = ints(System.getProperty("bench.sizes", "500,2000,8000"));
  static final int RUNS = Integer.getInteger("bench.runs", 5);
  static final int INSTANCES = Integer.getInteger("bench.instances", 200);
  static final int THREADS = Integer.getInteger("bench.threads", 2);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  static final boolean WRITE = Boolean.parseBoolean(System.getProperty("bench.write", "true"));
  static final String PARTS = System.getProperty("bench.parts", "allocation,lifecycles");
  static final String BARE_KEY = "bare-application";
  static final String BARE_MESSAGE = "bench-decision-proposal";
  static final String RESULTS_START = "<!-- benchmark-results:start -->";
  static final String RESULTS_END = "<!-- benchmark-results:end -->";

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    TestDatabase db = TestDatabase.get();
    registry.add("spring.datasource.url", () -> db.url);
    registry.add("spring.datasource.username", () -> db.username);
    registry.add("spring.datasource.password", () -> db.password);
  }

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;
  @Autowired AllocationService allocationService;
  @Autowired GrantCallService callService;
  @Autowired GrantProperties properties;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  final String runId = Long.toString(System.currentTimeMillis(), 36);
  final AtomicInteger retries = new AtomicInteger();

  @Test
  void benchmark() throws Exception {
    StringBuilder out = new StringBuilder();
    out.append(environment());
    if (PARTS.contains("allocation")) {
      out.append(allocation());
    }
    if (PARTS.contains("lifecycles")) {
      out.append(lifecycles());
    }
    out.append("Load average at the end (1/5/15 min): ").append(loadAverage()).append(".\n");
    String text = out.toString();
    System.out.println("\n" + text);
    Path target = Path.of("target", "benchmark-results.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, text, StandardCharsets.UTF_8);
    if (WRITE) {
      writeInto(Path.of("BENCHMARKS.md"), text);
    }
  }

  // ---------------------------------------------------------------- environment

  String environment() {
    String pg = jdbc.queryForObject("show server_version", String.class);
    String camunda = RuntimeService.class.getPackage().getImplementationVersion();
    return String.format(Locale.ROOT, """
        Run %s on %d cores (%s %s), Java %s, Camunda %s, PostgreSQL %s (%s), history level full.
        Load average at the start (1/5/15 min): %s — the machine is shared with other builds.

        """,
        ZonedDateTime.now(clock).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")),
        Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
        System.getProperty("os.arch"), System.getProperty("java.version"),
        camunda == null ? "7.24" : camunda, pg, TestDatabase.get().url.replaceAll("\\?.*", ""),
        loadAverage());
  }

  // ---------------------------------------------------------------- 1. allocation

  record Seed(String callKey, BigDecimal appropriation, List<BudgetAllocator.Candidate> candidates) {}

  String allocation() throws InterruptedException {
    StringBuilder t = new StringBuilder();
    t.append("### 1. Ranking and budget allocation (`AllocationService.propose`, DB-backed)\n\n");
    t.append(String.format(Locale.ROOT, "%d timed runs per size after warm-up; each run starts from"
        + " rows without proposals. `BudgetAllocator` = the pure ranking/allocation on the same"
        + " candidates in memory.%n%n", RUNS));
    t.append("| applications | propose median | min | max | rows updated per run"
        + " | BudgetAllocator median | min | max |\n|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<Integer, Double> medians = new HashMap<>();
    boolean first = true;
    for (int size : SIZES) {
      Seed seed = seed(size);
      int warmUp = first ? 5 : 2;
      first = false;
      List<Double> db = new ArrayList<>();
      for (int r = 0; r < warmUp + RUNS; r++) {
        resetProposals(seed.callKey());
        long t0 = System.nanoTime();
        AllocationService.ProposalList list = allocationService.propose(seed.callKey());
        long t1 = System.nanoTime();
        check(list, seed, size);
        if (r >= warmUp) {
          db.add((t1 - t0) / 1e6);
        }
      }
      // One more run, untimed, to count what it does in the database.
      resetProposals(seed.callKey());
      DbStats before = dbStats();
      allocationService.propose(seed.callKey());
      DbStats work = dbStats().minus(before);

      BudgetAllocator allocator = new BudgetAllocator(properties.minimumPartialShare());
      for (int r = 0; r < 30; r++) {
        allocator.allocate(seed.appropriation(), seed.candidates());
      }
      List<Double> pure = new ArrayList<>();
      for (int r = 0; r < RUNS; r++) {
        long t0 = System.nanoTime();
        allocator.allocate(seed.appropriation(), seed.candidates());
        pure.add((System.nanoTime() - t0) / 1e6);
      }
      medians.put(size, median(db));
      t.append(String.format(Locale.ROOT, "| %,d | %.0f ms | %.0f | %.0f | %,d | %.2f ms | %.2f | %.2f |%n",
          size, median(db), Collections.min(db), Collections.max(db), work.updated,
          median(pure), Collections.min(pure), Collections.max(pure)));
    }
    t.append('\n');
    if (medians.containsKey(2000)) {
      double m = medians.get(2000);
      t.append(String.format(Locale.ROOT, "Target: 2,000 applications in < 2 s — %s (median %.2f s).%n",
          m < 2000 ? "**met**" : "**MISSED**", m / 1000));
    }
    for (int i = 1; i < SIZES.size(); i++) {
      int a = SIZES.get(i - 1);
      int b = SIZES.get(i);
      t.append(String.format(Locale.ROOT, "Growth %,d → %,d applications (×%.1f): time ×%.2f.%n",
          a, b, (double) b / a, medians.get(b) / medians.get(a)));
    }
    t.append('\n');
    return t.toString();
  }

  /** A closed call and N applications ready for decision with scores, ~10 % ineligible. */
  Seed seed(int size) {
    String callKey = "B-" + runId + "-" + size;
    Random random = new Random(size);
    BigDecimal appropriation = BigDecimal.valueOf(size * 15_000L);
    LocalDate today = LocalDate.now(clock);
    jdbc.update("insert into grant_call (call_key, name, grant_type, appropriation,"
        + " application_start, application_deadline, status, created_at) values (?, ?,"
        + " 'OPERATING_INNOVATION', ?, ?, ?, 'CLOSED', ?)", callKey, "Vertailuhaku " + size,
        appropriation, today.minusDays(30), today.minusDays(1), Timestamp.from(Instant.now(clock)));
    List<Object[]> rows = new ArrayList<>();
    List<BudgetAllocator.Candidate> candidates = new ArrayList<>();
    Instant base = Instant.now(clock).minusSeconds(86_400L * 30);
    for (int i = 1; i <= size; i++) {
      String number = String.format("%s-%05d", callKey, i);
      boolean eligible = random.nextInt(10) != 0;
      BigDecimal score = eligible ? BigDecimal.valueOf(random.nextInt(10_001), 2) : null;
      BigDecimal requested = BigDecimal.valueOf((50 + random.nextInt(551)) * 100L).setScale(2);
      Instant submitted = base.plusSeconds(random.nextInt(86_400 * 29));
      rows.add(new Object[] {number, callKey, "Yhdistys " + i + " ry", i % 2 == 0 ? "1234567-1"
          : "2345678-0", "ASSOCIATION", "Hanke " + i, "Kohderyhmä", true, true,
          "HYVINVOINTITARJOTIN", 3, false, true, requested, 1, Timestamp.from(submitted),
          "READY_FOR_DECISION", eligible, score});
      candidates.add(new BudgetAllocator.Candidate(number, score, requested, eligible,
          eligible ? null : "Ei täytä avustuskelpoisuuden ehtoja", submitted));
    }
    jdbc.batchUpdate("insert into grant_application (application_number, call_key,"
        + " organization_name, business_id, organization_type, project_name, target_group,"
        + " open_to_whole_target_group, complements_services, service_directory,"
        + " municipality_count, whole_region, has_other_funding, requested_amount, duration_years,"
        + " submitted_at, status, eligible, score) values"
        + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    jdbc.execute("analyze grant_application");
    return new Seed(callKey, appropriation, candidates);
  }

  void resetProposals(String callKey) {
    jdbc.update("update grant_application set proposed_amount = null, proposal_reason = null"
        + " where call_key = ?", callKey);
  }

  static void check(AllocationService.ProposalList list, Seed seed, int size) {
    if (list.lines().size() != size || list.proposedTotal().compareTo(seed.appropriation()) > 0
        || list.lines().stream().anyMatch(l -> l.proposedAmount() == null)) {
      throw new IllegalStateException("propose gave a wrong list for " + seed.callKey());
    }
  }

  // ---------------------------------------------------------------- 2. lifecycles

  enum Model {
    REAL("grant-application", "decision-proposal"), BARE(BARE_KEY, BARE_MESSAGE);

    final String processKey;
    final String message;

    Model(String processKey, String message) {
      this.processKey = processKey;
      this.message = message;
    }
  }

  record Round(Model model, int round, int instances, double seconds, double cpuSeconds,
      DbStats db, int retries) {
    double rate() {
      return instances / seconds;
    }
  }

  record Shape(long jobs, long activities, long variables, long historyDetails) {}

  String lifecycles() throws Exception {
    repositoryService.createDeployment().name("benchmark-bare-application")
        .addClasspathResource("benchmark/bare-application.bpmn").deploy();
    int warmUp = Math.max(20, INSTANCES / 4);
    round(Model.REAL, 0, warmUp);
    round(Model.BARE, 0, warmUp);
    List<Round> rounds = new ArrayList<>();
    for (int r = 1; r <= ROUNDS; r++) {
      // Alternate the order so that neither model always runs on the larger database.
      List<Model> order = r % 2 == 1 ? List.of(Model.BARE, Model.REAL) : List.of(Model.REAL, Model.BARE);
      for (Model m : order) {
        rounds.add(round(m, r, INSTANCES));
      }
    }
    StringBuilder t = new StringBuilder();
    t.append("### 2. Application lifecycles per second (submit → eligibility → two reviews →"
        + " proposal → committee → take-over and rectification windows → final)\n\n");
    t.append(String.format(Locale.ROOT, "%d instances per round, %d driving threads, job executor"
        + " off (each thread executes its instance's jobs with `managementService.executeJob`),"
        + " warm-up round of %d instances per model excluded.%n%n", INSTANCES, THREADS, warmUp));
    t.append("| round | model | seconds | instances/s | driver CPU ms / inst. | commits / inst."
        + " | rows inserted / inst. | updated / inst. | deleted / inst. | retries |\n"
        + "|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (Round r : rounds) {
      double n = r.instances();
      t.append(String.format(Locale.ROOT, "| %d | %s | %.1f | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %d |%n",
          r.round(), r.model() == Model.REAL ? "grant-application (real)" : "bare-application",
          r.seconds(), r.rate(), r.cpuSeconds() * 1000 / n, r.db().commits / n, r.db().inserted / n, r.db().updated / n,
          r.db().deleted / n, r.retries()));
    }
    double bare = median(rounds.stream().filter(r -> r.model() == Model.BARE).map(Round::rate).toList());
    double real = median(rounds.stream().filter(r -> r.model() == Model.REAL).map(Round::rate).toList());
    double ratio = real / bare;
    double bareCpu = median(rounds.stream().filter(r -> r.model() == Model.BARE)
        .map(r -> r.cpuSeconds() / r.instances()).toList());
    double realCpu = median(rounds.stream().filter(r -> r.model() == Model.REAL)
        .map(r -> r.cpuSeconds() / r.instances()).toList());
    t.append(String.format(Locale.ROOT, "%nDriver-thread CPU per instance (engine + domain code +"
        + " JDBC client in the JVM; less sensitive to a loaded machine than wall time): bare %.0f ms,"
        + " real %.0f ms → bare/real = %.2f×.%n", bareCpu * 1000, realCpu * 1000, bareCpu / realCpu));
    t.append(String.format(Locale.ROOT, "%nMedian: bare %.1f instances/s, real %.1f instances/s →"
        + " real/bare = **%.2f×** (domain layer costs %.0f %% of the real run's time). Target ≥ 0.80× — %s.%n%n",
        bare, real, ratio, (1 - ratio) * 100, ratio >= 0.8 ? "**met**" : "**MISSED**"));
    Shape realShape = shape(Model.REAL);
    Shape bareShape = shape(Model.BARE);
    t.append("Shape of one finished instance (from its full history):\n\n| model | jobs created"
        + " | activity instances | variables | history details (variable updates) |\n|---|---:|---:|---:|---:|\n");
    t.append(String.format(Locale.ROOT, "| real | %d | %d | %d | %d |%n| bare | %d | %d | %d | %d |%n%n",
        realShape.jobs(), realShape.activities(), realShape.variables(), realShape.historyDetails(),
        bareShape.jobs(), bareShape.activities(), bareShape.variables(), bareShape.historyDetails()));
    return t.toString();
  }

  Round round(Model model, int round, int instances) throws Exception {
    String callKey = model == Model.REAL ? openCall(round) : "BENCH";
    int retriesBefore = retries.get();
    DbStats before = dbStats();
    AtomicInteger next = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    long t0 = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      futures.add(pool.submit(() -> {
        var threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        for (int i = next.getAndIncrement(); i < instances; i = next.getAndIncrement()) {
          drive(model, callKey, round, i);
        }
        cpuNanos.addAndGet(threads.getCurrentThreadCpuTime() - cpu0);
        return null;
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    DbStats work = dbStats().minus(before);
    long finished = model == Model.REAL
        ? jdbc.queryForObject("select count(*) from grant_application where call_key = ?"
            + " and status = 'FINAL' and decision_final", Long.class, callKey)
        : historyService.createHistoricProcessInstanceQuery().processDefinitionKey(BARE_KEY)
            .processInstanceBusinessKeyLike("BARE-" + runId + "-" + round + "-%").finished().count();
    if (finished != instances) {
      throw new IllegalStateException(model + " round " + round + ": " + finished + " of "
          + instances + " instances reached the end");
    }
    System.out.printf(Locale.ROOT, "benchmark: %s round %d: %d instances in %.1f s = %.1f/s%n",
        model, round, instances, seconds, instances / seconds);
    return new Round(model, round, instances, seconds, cpuNanos.get() / 1e9, work,
        retries.get() - retriesBefore);
  }

  String openCall(int round) {
    LocalDate today = LocalDate.now(clock);
    String key = callService.register(null, new GrantCallService.CallInput(
        "Vertailuhaku " + runId + " " + round, "OPERATING_INNOVATION", 100_000_000,
        today.toString(), today.plusDays(30).toString()), "benchmark").getCallKey();
    callService.open(key);
    return key;
  }

  /** One application from submission to its end, as Tasklist users and the call would do it. */
  void drive(Model model, String callKey, int round, int i) {
    int amount = 10_000 + (i * 7_919) % 40_000;
    Map<String, Object> variables = new HashMap<>(CallFixture.application(i % 2 + 1, "Hanke " + i, amount));
    variables.put(CALL_KEY, callKey);
    String pid = retry(() -> model == Model.REAL
        ? runtimeService.startProcessInstanceByKey(model.processKey, variables).getId()
        : runtimeService.startProcessInstanceByKey(model.processKey,
            "BARE-" + runId + "-" + round + "-" + i, variables).getId());
    for (int step = 0; step < 60; step++) {
      List<Job> jobs = managementService.createJobQuery().processInstanceId(pid).executable().list();
      if (!jobs.isEmpty()) {
        jobs.forEach(job -> retry(() -> {
          managementService.executeJob(job.getId());
          return null;
        }));
        continue;
      }
      List<Task> tasks = taskService.createTaskQuery().processInstanceId(pid).list();
      if (!tasks.isEmpty()) {
        tasks.forEach(task -> retry(() -> {
          taskService.complete(task.getId(), taskVariables(task, i));
          return null;
        }));
        continue;
      }
      if (runtimeService.createProcessInstanceQuery().processInstanceId(pid).count() == 0) {
        return;
      }
      // Waiting for the call's decision proposal (message), sent as the call does.
      retry(() -> runtimeService.createMessageCorrelation(model.message).processInstanceId(pid)
          .setVariable(PROPOSED_DECISION, "REJECTED").setVariable(PROPOSED_AMOUNT, 0.0)
          .correlateWithResult());
    }
    throw new IllegalStateException(model + " instance " + pid + " did not end in 60 steps");
  }

  static Map<String, Object> taskVariables(Task task, int i) {
    Map<String, Object> v = new HashMap<>();
    switch (task.getTaskDefinitionKey()) {
      case "Task_ScoreApplication" -> {
        int base = Math.abs((i + task.getAssignee()).hashCode()) % 6;
        v.put("scoreStrategyFit", Math.min(base + 1, 5));
        v.put("scoreTargetGroup", base);
        v.put("scoreRegionalReach", base);
        v.put("scoreComplementsServices", Math.min(base + 1, 5));
        v.put("scoreFinancing", base);
        v.put("scoreEffectiveness", Math.max(base - 1, 0));
        v.put("scoreCooperation", base);
        v.put("reviewComment", "Arvio");
      }
      case "Task_CommitteeDecision" -> {
        // Rejected: since the agreement was chained on (grant-application calls grant-agreement
        // after a final GRANTED decision), a granted application runs on into the agreement,
        // payments and reports for months. The rejected path passes the same tasks, windows and
        // final decision and ends, which is the lifecycle measured here (BENCHMARKS.md).
        v.put(DECISION, "REJECTED");
        v.put(GRANTED_AMOUNT, 0.0);
        v.put(DECISION_REASONS, "Määräraha ei riitä");
      }
      case "Task_ConsiderTakeover" -> v.put(TAKE_OVER, false);
      case "Task_ConsiderRectification" -> v.put(RECTIFICATION_REQUESTED, false);
      default -> throw new IllegalStateException("unexpected task " + task.getTaskDefinitionKey());
    }
    return v;
  }

  <T> T retry(Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (OptimisticLockingException e) {
        retries.incrementAndGet();
        if (attempt == 5) {
          throw e;
        }
      }
    }
  }

  Shape shape(Model model) {
    String pid = historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(model.processKey).finished().orderByProcessInstanceEndTime().desc()
        .listPage(0, 1).get(0).getId();
    return new Shape(
        historyService.createHistoricJobLogQuery().processInstanceId(pid).creationLog().count(),
        historyService.createHistoricActivityInstanceQuery().processInstanceId(pid).count(),
        historyService.createHistoricVariableInstanceQuery().processInstanceId(pid).count(),
        historyService.createHistoricDetailQuery().processInstanceId(pid).count());
  }

  // ---------------------------------------------------------------- helpers

  record DbStats(long commits, long inserted, long updated, long deleted) {
    DbStats minus(DbStats o) {
      return new DbStats(commits - o.commits, inserted - o.inserted, updated - o.updated,
          deleted - o.deleted);
    }
  }

  /** PostgreSQL's counters of this database; backends report them within about a second. */
  DbStats dbStats() throws InterruptedException {
    Thread.sleep(1_500);
    return jdbc.queryForObject("select xact_commit, tup_inserted, tup_updated, tup_deleted"
        + " from pg_stat_database where datname = current_database()",
        (rs, n) -> new DbStats(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return f[0] + " / " + f[1] + " / " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  static List<Integer> ints(String csv) {
    List<Integer> list = new ArrayList<>();
    for (String s : csv.split(",")) {
      list.add(Integer.parseInt(s.trim()));
    }
    return list;
  }

  /** Replaces the generated section of BENCHMARKS.md, keeping the hand-written analysis. */
  static void writeInto(Path file, String results) throws IOException {
    if (!Files.exists(file)) {
      System.out.println("benchmark: " + file + " not found, results only in target/");
      return;
    }
    String doc = Files.readString(file, StandardCharsets.UTF_8);
    int start = doc.indexOf(RESULTS_START);
    int end = doc.indexOf(RESULTS_END);
    if (start < 0 || end < start) {
      System.out.println("benchmark: no result markers in " + file + ", results only in target/");
      return;
    }
    Files.writeString(file, doc.substring(0, start + RESULTS_START.length()) + "\n" + results
        + doc.substring(end), StandardCharsets.UTF_8);
    System.out.println("benchmark: results written into " + file);
  }
}

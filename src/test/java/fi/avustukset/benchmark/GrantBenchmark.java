package fi.avustukset.benchmark;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustukset.platform.identity.DemoIdentity;
import fi.avustukset.platform.identity.Groups;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.boot.test.web.server.LocalServerPort;
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
import java.util.Comparator;
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
 *       delegates beside {@link BareModel} (the same model without domain code: same wait states, jobs,
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

  static final List<Integer> SIZES = ints(System.getProperty("bench.sizes", "500,2000"));
  static final int RUNS = Integer.getInteger("bench.runs", 3);
  static final int INSTANCES = Integer.getInteger("bench.instances", 40);
  static final int THREADS = Integer.getInteger("bench.threads", 2);
  static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
  static final int WARMUP_ROUNDS = Integer.getInteger("bench.warmupRounds", 3);
  /** Round numbers of the warm-up rounds (their calls and business keys): 100, 101, … */
  static final int WARMUP_ROUND = 100;
  static final int PGBENCH_SECONDS = Integer.getInteger("bench.pgbenchSeconds", 10);
  static final int RUSH_SUBMISSIONS = Integer.getInteger("bench.rush.submissions", 200);
  static final int RUSH_CLIENTS = Integer.getInteger("bench.rush.clients", 20);
  static final int RUSH_WARMUP_ROUNDS = Integer.getInteger("bench.rush.warmupRounds", 4);
  static final List<Integer> TASK_LEVELS = ints(System.getProperty("bench.tasks.levels", "100,10000"));
  static final int TASK_HISTORY = Integer.getInteger("bench.tasks.history", 5000);
  static final int TASK_REPEATS = Integer.getInteger("bench.tasks.repeats", 10);
  static final List<Integer> IMPORT_SIZES = ints(System.getProperty("bench.imports", "10000,100000"));
  static final boolean WRITE = Boolean.parseBoolean(System.getProperty("bench.write", "true"));
  static final String PARTS = System.getProperty("bench.parts",
      "allocation,lifecycles,tasks,rush,imports");
  static final String BARE_KEY = BareModel.KEY;
  static final String BARE_MESSAGE = "decision-proposal";
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
  @Autowired fi.avustukset.grant.decision.web.DecisionLetters decisionLetters;
  @Autowired Clock clock;

  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired FilterService filterService;
  @Autowired ProcessEngineConfigurationImpl engineConfiguration;
  @LocalServerPort int port;

  final String runId = Long.toString(System.currentTimeMillis(), 36);
  final AtomicInteger retries = new AtomicInteger();
  /** The figures of CONTRACT.md "Benchmark summary", filled by the parts that ran. */
  final Map<String, Object> summary = new LinkedHashMap<>();
  final HeapWatch heap = new HeapWatch();

  @Test
  void benchmark() throws Exception {
    heap.start();
    StringBuilder out = new StringBuilder();
    out.append(environment());
    if (PARTS.contains("allocation")) {
      out.append(allocation());
    }
    if (PARTS.contains("lifecycles")) {
      out.append(lifecycles());
    }
    if (PARTS.contains("tasks")) {
      out.append(part("tasks", this::tasks));
    }
    if (PARTS.contains("rush")) {
      out.append(part("rush", this::rush));
    }
    if (PARTS.contains("imports")) {
      out.append(part("imports", this::imports));
    }
    heap.stop();
    out.append(heap.report(summary));
    out.append("Load average at the end (1/5/15 min): ").append(loadAverage()).append(".\n");
    String text = out.toString();
    Path json = Path.of("target", "benchmark-summary.json");
    Files.createDirectories(json.getParent());
    Files.writeString(json, new ObjectMapper().writerWithDefaultPrettyPrinter()
        .writeValueAsString(summary), StandardCharsets.UTF_8);
    System.out.println("benchmark: summary written to " + json);
    System.out.println("\n" + text);
    Path target = Path.of("target", "benchmark-results.md");
    Files.createDirectories(target.getParent());
    Files.writeString(target, text, StandardCharsets.UTF_8);
    if (WRITE) {
      writeInto(Path.of("BENCHMARKS.md"), text);
    }
    if (!failures.isEmpty()) {
      throw new AssertionError("benchmark parts failed: " + failures);
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
      DbStats db, int retries, Map<String, long[]> tables) {
    double rate() {
      return instances / seconds;
    }
  }

  record Shape(long jobs, long activities, long variables, long historyDetails) {}

  String lifecycles() throws Exception {
    repositoryService.createDeployment().name("benchmark-bare-application")
        .addModelInstance("bare-application.bpmn",
            BareModel.fromRealModel(java.nio.file.Path.of("processes/grant-application.bpmn")))
        .deploy();
    // Warm-up until the JIT has compiled both models' paths: with one short warm-up round the
    // timed rounds still sped up by 2x from the first to the third (2 December 2026), and the
    // real model, with more code to compile, was measured mostly interpreted. Alternating, so
    // that neither model warms the engine for the other.
    int warmUp = Math.max(20, INSTANCES);
    for (int w = 0; w < WARMUP_ROUNDS; w++) {
      round(Model.REAL, WARMUP_ROUND + w, warmUp);
      round(Model.BARE, WARMUP_ROUND + w, warmUp);
    }
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
        + " %d warm-up rounds of %d instances per model (alternating) excluded.%n%n", INSTANCES,
        THREADS, WARMUP_ROUNDS, warmUp));
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
    summary.put("realOverBare", round3(ratio));
    summary.put("cpuRealOverBare", round3(bareCpu / realCpu));
    double realCommits = median(rounds.stream().filter(r -> r.model() == Model.REAL)
        .map(r -> r.db().commits / r.seconds()).toList());
    double bareCommits = median(rounds.stream().filter(r -> r.model() == Model.BARE)
        .map(r -> r.db().commits / r.seconds()).toList());
    Double tps = pgbenchCommitTps(THREADS);
    if (tps == null) {
      t.append("Engine efficiency: **not measured** — pgbench was not found (install Debian's"
          + " `postgresql-contrib` or `postgresql-15`, or set `-Dbench.pgbench=/path/to/pgbench`).\n\n");
      summary.put("engineEfficiency", null);
    } else {
      t.append(String.format(Locale.ROOT, "Engine efficiency: PostgreSQL commit-only (pgbench,"
          + " `select txid_current()`, %d clients, %d s, same database, same run) %.0f tps; the real"
          + " model turned %.0f commits/s = **%.1f %%** of it (goal ≥ 25 %%), the bare model %.0f"
          + " commits/s = %.1f %%.%n%n", THREADS, PGBENCH_SECONDS, tps, realCommits,
          realCommits / tps * 100, bareCommits, bareCommits / tps * 100));
      summary.put("engineEfficiency", round3(realCommits / tps));
      summary.put("bareEngineEfficiency", round3(bareCommits / tps));
      summary.put("pgbenchTps", Math.round(tps));
    }
    t.append(letterCost(realCpu, bareCpu));
    t.append(tableBreakdown(rounds.stream().filter(r -> r.model() == Model.REAL)
        .reduce((a, b) -> b).orElseThrow(), rounds.stream().filter(r -> r.model() == Model.BARE)
        .reduce((a, b) -> b).orElseThrow()));
    Shape realShape = shape(Model.REAL);
    Shape bareShape = shape(Model.BARE);
    t.append("Shape of one finished instance (from its full history):\n\n| model | jobs created"
        + " | activity instances | variables | history details (variable updates) |\n|---|---:|---:|---:|---:|\n");
    t.append(String.format(Locale.ROOT, "| real | %d | %d | %d | %d |%n| bare | %d | %d | %d | %d |%n%n",
        realShape.jobs(), realShape.activities(), realShape.variables(), realShape.historyDetails(),
        bareShape.jobs(), bareShape.activities(), bareShape.variables(), bareShape.historyDetails()));
    t.append("History details of that real instance by variable (writes; the bare model's start"
        + " variables are written once each):\n\n| variable | details |\n|---|---:|\n");
    jdbc.query("select name_, count(*) from act_hi_detail where proc_inst_id_ = (select id_ from"
        + " act_hi_procinst where proc_def_key_ = 'grant-application' and end_time_ is not null"
        + " order by end_time_ desc limit 1) group by name_ having count(*) > 1 order by 2 desc,"
        + " 1", rs -> {
          t.append("| ").append(rs.getString(1)).append(" | ").append(rs.getLong(2)).append(" |\n");
        });
    t.append("\n(variables written once are left out)\n\n");
    return t.toString();
  }

  /**
   * The decision letter's PDF is made when the decision-final mail is delivered (or the letter
   * first downloaded), not in the lifecycle (BENCHMARKS.md): its cost is measured here on
   * letters of this run's final applications, so that nothing moved out of the lifecycle is
   * hidden from the figures.
   */
  String letterCost(double realCpu, double bareCpu) {
    List<String> numbers = jdbc.queryForList("select application_number from grant_application"
        + " where status = 'FINAL' and decision_final order by application_number desc limit 12",
        String.class);
    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
    List<Double> cpuMs = new ArrayList<>();
    for (int i = 0; i < numbers.size(); i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      decisionLetters.render(numbers.get(i));
      if (i >= 2) { // two warm-ups
        cpuMs.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
      }
    }
    if (cpuMs.isEmpty()) {
      return "";
    }
    double letter = median(cpuMs);
    summary.put("letterPdfCpuMs", Math.round(letter));
    return String.format(Locale.ROOT, "Decision letter PDF (made when the decision-final mail is"
        + " delivered or the letter first downloaded, outside the lifecycle): %.0f ms CPU per"
        + " letter (median of %d, this run). Counted into the lifecycle, the real model's driver"
        + " CPU would be %.0f ms → bare/real = %.2f×.%n%n", letter, cpuMs.size(),
        realCpu * 1000 + letter, bareCpu * 1000 / (realCpu * 1000 + letter));
  }

  Round round(Model model, int round, int instances) throws Exception {
    String callKey = model == Model.REAL ? openCall(round) : "BENCH";
    int retriesBefore = retries.get();
    DbStats before = dbStats();
    Map<String, long[]> tablesBefore = tableStats();
    AtomicInteger next = new AtomicInteger();
    java.util.concurrent.atomic.AtomicLong cpuNanos = new java.util.concurrent.atomic.AtomicLong();
    // Named by model and round, so that a profile (JFR, BENCHMARKS.md) tells the models apart.
    AtomicInteger threadNumber = new AtomicInteger();
    String threadPrefix = (round >= WARMUP_ROUND ? "warmup-" : "") + model.name().toLowerCase(Locale.ROOT)
        + "-driver-";
    ExecutorService pool = Executors.newFixedThreadPool(THREADS,
        r -> new Thread(r, threadPrefix + threadNumber.incrementAndGet()));
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
    Map<String, long[]> tables = new java.util.TreeMap<>();
    tableStats().forEach((table, after) -> {
      long[] b = tablesBefore.getOrDefault(table, new long[3]);
      tables.put(table, new long[] {after[0] - b[0], after[1] - b[1], after[2] - b[2]});
    });
    long finished = model == Model.REAL
        ? jdbc.queryForObject("select count(*) from grant_application where call_key = ?"
            + " and status = 'FINAL' and decision_final", Long.class, callKey)
        : historyService.createHistoricProcessInstanceQuery().processDefinitionKey(BARE_KEY)
            .processInstanceBusinessKeyLike("BARE-" + runId + "-" + round + "-%").finished().count();
    if (finished != instances) {
      throw new IllegalStateException(model + " round " + round + ": " + finished + " of "
          + instances + " instances reached the end");
    }
    System.out.printf(Locale.ROOT, "benchmark: %s round %s: %d instances in %.1f s = %.1f/s%n",
        model, round >= WARMUP_ROUND ? "warm-up " + (round - WARMUP_ROUND + 1) : round, instances,
        seconds, instances / seconds);
    return new Round(model, round, instances, seconds, cpuNanos.get() / 1e9, work,
        retries.get() - retriesBefore, tables);
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
    driveUntil(model, callKey, round, i, null);
  }

  /** Drives the instance to its end, or until a task {@code stopAt} is open (then returns). */
  String driveUntil(Model model, String callKey, int round, int i, String stopAt) {
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
      if (stopAt != null && tasks.stream().anyMatch(x -> stopAt.equals(x.getTaskDefinitionKey()))) {
        return pid;
      }
      if (!tasks.isEmpty()) {
        tasks.forEach(task -> retry(() -> {
          taskService.complete(task.getId(), taskVariables(task, i));
          return null;
        }));
        continue;
      }
      if (runtimeService.createProcessInstanceQuery().processInstanceId(pid).count() == 0) {
        if (stopAt != null) {
          throw new IllegalStateException(model + " instance " + pid + " ended before " + stopAt);
        }
        return pid;
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

  // ---------------------------------------------------------------- 3. task lists

  interface Part {
    String run() throws Exception;
  }

  final List<String> failures = new ArrayList<>();

  /** Runs one part; a failure is reported in the tables and the summary, then fails the test. */
  String part(String name, Part part) {
    try {
      return part.run();
    } catch (Exception | AssertionError e) {
      e.printStackTrace();
      failures.add(name + ": " + e);
      return "### " + name + "\n\n**FAILED**: " + e + "\n\n";
    }
  }

  static final String[] TASK_USERS = {"reviewer1", "secretary", "applicant1"};

  /** Where each template application stops (its open tasks are cloned for the big list). */
  static final String[] TEMPLATE_STOPS = {"Task_ScoreApplication", "Task_ScoreApplication",
      "Task_ScoreApplication", "Task_ScoreApplication", "Task_CommitteeDecision",
      "Task_CommitteeDecision", "Task_ConsiderTakeover", "Task_ConsiderTakeover",
      "Task_ConsiderRectification", "Task_ConsiderRectification", "Task_ConsiderRectification",
      "Task_ConsiderRectification"};

  String tasks() throws Exception {
    String callKey = openCall(90);
    for (int i = 0; i < TEMPLATE_STOPS.length; i++) {
      driveUntil(Model.REAL, callKey, 90, i, TEMPLATE_STOPS[i]);
    }
    List<String> templates = jdbc.queryForList("select id_ from act_ru_task where id_ not like 'bt%'",
        String.class);
    String historyNote = seedHistory(TASK_HISTORY);
    StringBuilder t = new StringBuilder();
    t.append("### 3. Task lists (Tasklist's filters through `/engine-rest`, authorization on)\n\n");
    t.append(String.format(Locale.ROOT, "Open tasks: %d real tasks of %d applications stopped at"
        + " review, committee, take-over and rectification, cloned by SQL (task, identity links,"
        + " authorizations) up to each level. %s Per user and level: %d page views after 2 warm-up"
        + " views; a page view is what Tasklist sends: `GET /engine-rest/filter?resourceType=Task"
        + "&itemCount=true` (counts every visible filter) and `POST /engine-rest/filter/{id}/list"
        + "?firstResult=0&maxResults=15` (HAL, sorted by created) for each visible filter.%n%n",
        templates.size(), TEMPLATE_STOPS.length, historyNote, TASK_REPEATS));
    t.append("| open tasks | user | visible filters (items) | requests | p50 ms | p95 ms | max ms |\n"
        + "|---:|---|---|---:|---:|---:|---:|\n");
    Map<Integer, Double> p95 = new LinkedHashMap<>();
    try {
      for (int level : TASK_LEVELS) {
        int open = cloneTasks(templates, level);
        jdbc.execute("analyze act_ru_task");
        jdbc.execute("analyze act_ru_identitylink");
        jdbc.execute("analyze act_ru_authorization");
        List<Double> all = new ArrayList<>();
        for (String user : TASK_USERS) {
          List<Double> mine = new ArrayList<>();
          String counts = "";
          for (int r = 0; r < TASK_REPEATS + 2; r++) {
            List<Double> view = new ArrayList<>();
            counts = pageView(user, view);
            if (r >= 2) {
              mine.addAll(view);
            }
          }
          all.addAll(mine);
          t.append(String.format(Locale.ROOT, "| %,d | %s | %s | %d | %.0f | %.0f | %.0f |%n", open,
              user, counts, mine.size(), percentile(mine, 50), percentile(mine, 95),
              Collections.max(mine)));
        }
        p95.put(level, percentile(all, 95));
        t.append(String.format(Locale.ROOT, "| %,d | **all** | | %d | %.0f | **%.0f** | %.0f |%n",
            open, all.size(), percentile(all, 50), percentile(all, 95), Collections.max(all)));
      }
    } finally {
      jdbc.update("delete from act_ru_authorization where resource_id_ like 'bt%'");
      jdbc.update("delete from act_ru_identitylink where task_id_ like 'bt%'");
      jdbc.update("delete from act_ru_task where id_ like 'bt%'");
    }
    if (p95.size() >= 2) {
      List<Integer> levels = new ArrayList<>(p95.keySet());
      double low = p95.get(levels.get(0));
      double high = p95.get(levels.get(levels.size() - 1));
      t.append(String.format(Locale.ROOT, "%np95 at %,d open tasks %.0f ms, at %,d %.0f ms → ×%.2f"
          + " (goal ≤ 2×) — %s.%n%n", levels.get(0), low, levels.get(levels.size() - 1), high,
          high / low, high <= 2 * low ? "**met**" : "**MISSED**"));
      summary.put("tasks", ordered("p95At100Ms", Math.round(low), "p95At10000Ms", Math.round(high),
          "levels", levels, "finishedInstances", finishedInstances()));
    }
    return t.toString();
  }

  /** One Tasklist page view as the user; adds each request's milliseconds; returns the counts. */
  String pageView(String user, List<Double> times) throws Exception {
    long t0 = System.nanoTime();
    JsonNode filters = http(user, "GET", "/engine-rest/filter?resourceType=Task&itemCount=true",
        null, "application/json", 200);
    times.add((System.nanoTime() - t0) / 1e6);
    List<String> counts = new ArrayList<>();
    for (JsonNode filter : filters) {
      counts.add(filter.path("name").asText() + " " + filter.path("itemCount").asLong());
      long t1 = System.nanoTime();
      http(user, "POST", "/engine-rest/filter/" + filter.path("id").asText()
          + "/list?firstResult=0&maxResults=15", "{\"sorting\":[{\"sortBy\":\"created\","
          + "\"sortOrder\":\"desc\"}]}", "application/hal+json", 200);
      times.add((System.nanoTime() - t1) / 1e6);
    }
    return String.join(", ", counts);
  }

  /** Clones the template tasks (with identity links and authorizations) until {@code level}. */
  int cloneTasks(List<String> templates, int level) {
    int open = jdbc.queryForObject("select count(*) from act_ru_task", Integer.class);
    if (open < level && !templates.isEmpty()) {
      int start = jdbc.queryForObject("select coalesce(max(cast(substring(id_ from 3 for"
          + " position('-' in id_) - 3) as integer)), 0) from act_ru_task where id_ like 'bt%'",
          Integer.class) + 1;
      int copies = (level - open + templates.size() - 1) / templates.size();
      String series = "generate_series(" + start + ", " + (start + copies - 1) + ") g";
      String in = "(" + String.join(",", Collections.nCopies(templates.size(), "?")) + ")";
      Object[] ids = templates.toArray();
      jdbc.update(cloneSql("act_ru_task", Map.of("id_", "'bt' || g || '-' || t.id_"),
          series, "t.id_ in " + in), ids);
      jdbc.update(cloneSql("act_ru_identitylink", Map.of("id_", "'bt' || g || '-' || t.id_",
          "task_id_", "'bt' || g || '-' || t.task_id_"), series, "t.task_id_ in " + in), ids);
      jdbc.update(cloneSql("act_ru_authorization", Map.of("id_", "'bt' || g || '-' || t.id_",
          "resource_id_", "'bt' || g || '-' || t.resource_id_"), series,
          "t.resource_type_ = 7 and t.resource_id_ in " + in), ids);
      int extra = jdbc.queryForObject("select count(*) from act_ru_task", Integer.class) - level;
      if (extra > 0) {
        String last = "(select id_ from act_ru_task where id_ like 'bt%' order by id_ desc limit "
            + extra + ")";
        jdbc.update("delete from act_ru_authorization where resource_id_ in " + last);
        jdbc.update("delete from act_ru_identitylink where task_id_ in " + last);
        jdbc.update("delete from act_ru_task where id_ in " + last);
      }
    }
    return jdbc.queryForObject("select count(*) from act_ru_task", Integer.class);
  }

  /** Clones the history of finished instances until the history holds {@code wanted}. */
  String seedHistory(int wanted) {
    long have = finishedInstances();
    if (have >= wanted) {
      return String.format(Locale.ROOT, "History: %,d finished instances.", have);
    }
    List<String> finished = jdbc.queryForList("select proc_inst_id_ from act_hi_procinst"
        + " where end_time_ is not null and proc_inst_id_ not like 'bh%' order by end_time_ desc"
        + " limit 20", String.class);
    if (finished.isEmpty()) {
      return "History: no finished instance to clone.";
    }
    long t0 = System.nanoTime();
    int copies = (int) ((wanted - have + finished.size() - 1) / finished.size());
    String in = "(" + String.join(",", Collections.nCopies(finished.size(), "?")) + ")";
    Object[] ids = finished.toArray();
    for (int from = 1; from <= copies; from += 500) {
      String series = "generate_series(" + from + ", " + Math.min(copies, from + 499) + ") g";
      for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
          "act_hi_varinst", "act_hi_detail")) {
        Map<String, String> ids2 = new HashMap<>();
        ids2.put("id_", "'bh' || g || '-' || md5(t.id_)");
        ids2.put("proc_inst_id_", "'bh' || g || '-' || md5(t.proc_inst_id_)");
        ids2.put("root_proc_inst_id_", "'bh' || g || '-' || md5(t.root_proc_inst_id_)");
        jdbc.update(cloneSql(table, ids2, series, "t.proc_inst_id_ in " + in), ids);
      }
    }
    for (String table : List.of("act_hi_procinst", "act_hi_actinst", "act_hi_taskinst",
        "act_hi_varinst", "act_hi_detail")) {
      jdbc.execute("analyze " + table);
    }
    return String.format(Locale.ROOT, "History: %,d finished instances (%,d real ones cloned by SQL"
        + " with their activity, task, variable and detail rows in %.0f s).", finishedInstances(),
        finished.size(), (System.nanoTime() - t0) / 1e9);
  }

  long finishedInstances() {
    return jdbc.queryForObject("select count(*) from act_hi_procinst where end_time_ is not null",
        Long.class);
  }

  /** INSERT … SELECT copying every column of {@code table}, some replaced by expressions. */
  String cloneSql(String table, Map<String, String> replace, String series, String where) {
    List<String> columns = jdbc.queryForList("select column_name from information_schema.columns"
        + " where table_schema = current_schema() and table_name = ? order by ordinal_position",
        String.class, table);
    List<String> select = columns.stream().map(c -> replace.containsKey(c)
        ? "case when t." + c + " is null then null else " + replace.get(c) + " end" : "t." + c)
        .toList();
    return "insert into " + table + " (" + String.join(", ", columns) + ") select "
        + String.join(", ", select) + " from " + table + " t cross join " + series + " where " + where;
  }

  // ---------------------------------------------------------------- 4. deadline rush

  record Submission(boolean ok, double ms, String error) {}

  String rush() throws Exception {
    for (int k = 1; k <= RUSH_CLIENTS; k++) {
      String id = "rush" + k;
      if (identityService.createUserQuery().userId(id).count() == 0) {
        User user = identityService.newUser(id);
        user.setFirstName("Ruuhka");
        user.setLastName("Hakija " + k);
        user.setEmail(id + "@demo.invalid");
        user.setPassword(id);
        identityService.saveUser(user);
        identityService.createMembership(id, Groups.APPLICANTS);
        identityService.createMembership(id, (k % 2 == 1 ? DemoIdentity.ORGANIZATION_1
            : DemoIdentity.ORGANIZATION_2).groupId());
      }
    }
    repositoryService.createDeployment().name("benchmark-bare-one-task")
        .addClasspathResource("benchmark/bare-one-task.bpmn").deploy();
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(Groups.APPLICANTS);
    grant.setResource(Resources.PROCESS_DEFINITION);
    grant.setResourceId("bare-one-task");
    grant.addPermission(Permissions.READ);
    grant.addPermission(Permissions.CREATE_INSTANCE);
    authorizationService.saveAuthorization(grant);

    JobExecutor executor = engineConfiguration.getJobExecutor();
    executor.start();
    try {
      // Warm-up (untimed): both request paths until the JIT has compiled them, alternating.
      String warmCall = openCall(80);
      for (int w = 0; w < RUSH_WARMUP_ROUNDS; w++) {
        submitAll(Math.min(RUSH_SUBMISSIONS, 2 * RUSH_CLIENTS), i -> realSubmission(warmCall, i));
        submitAll(Math.min(RUSH_SUBMISSIONS, 2 * RUSH_CLIENTS), this::bareSubmission);
      }
      awaitJobs(warmCall, Duration.ofMinutes(10));
      String callKey = openCall(81);
      long b0 = System.nanoTime();
      List<Submission> bare = submitAll(RUSH_SUBMISSIONS, this::bareSubmission);
      double bareSeconds = (System.nanoTime() - b0) / 1e9;
      long r0 = System.nanoTime();
      List<Submission> real = submitAll(RUSH_SUBMISSIONS, i -> realSubmission(callKey, i));
      double realSeconds = (System.nanoTime() - r0) / 1e9;
      long d0 = System.nanoTime();
      boolean drained = awaitJobs(callKey, Duration.ofMinutes(10));
      double drainSeconds = (System.nanoTime() - d0) / 1e9;

      List<String> numbers = jdbc.queryForList("select application_number from grant_application"
          + " where call_key = ?", String.class, callKey);
      List<Integer> seq = numbers.stream()
          .map(n -> Integer.parseInt(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
      long distinct = seq.stream().distinct().count();
      int duplicates = (int) (seq.size() - distinct);
      int max = seq.isEmpty() ? 0 : seq.get(seq.size() - 1);
      int gaps = (int) (max - distinct);
      long errors = real.stream().filter(s -> !s.ok()).count();
      long bareErrors = bare.stream().filter(s -> !s.ok()).count();
      long eligible = jdbc.queryForObject("select count(*) from grant_application where call_key = ?"
          + " and eligible is not null", Long.class, callKey);

      StringBuilder t = new StringBuilder();
      t.append("### 4. Deadline rush (HTTP, Basic auth, job executor running the eligibility checks)\n\n");
      t.append(String.format(Locale.ROOT, "%,d submissions by %d concurrent applicants (users"
          + " rush1…rush%d of the two demo organisations, each client one keep-alive connection"
          + " pool), first the bare start then the real one; before them an untimed warm-up of %d"
          + " rounds of %d each, alternating (real on another call, its jobs done before the"
          + " timed part).%n%n", RUSH_SUBMISSIONS, RUSH_CLIENTS, RUSH_CLIENTS, RUSH_WARMUP_ROUNDS,
          Math.min(RUSH_SUBMISSIONS, 2 * RUSH_CLIENTS)));
      t.append("| model | request | seconds | per s | errors | p50 ms | p95 ms | p99 ms | max ms |\n"
          + "|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
      t.append(rushRow("bare one-task", "`POST /engine-rest/process-definition/key/bare-one-task/start`",
          bare, bareSeconds));
      t.append(rushRow("grant-application (real)", "`POST /api/calls/{callKey}/applications`",
          real, realSeconds));
      double p95 = percentile(ok(real), 95);
      double bareP95 = percentile(ok(bare), 95);
      t.append(String.format(Locale.ROOT, "%nReal p95 / bare p95 = ×%.2f (goal ≤ 2×) — %s. Errors:"
          + " %d (goal 0)%s. Application numbers: %,d stored, highest %d, %d missing, %d duplicates"
          + " — %s. Eligibility: %,d of %,d checked; the job executor %s %.0f s after the last"
          + " submission.%n%n", p95 / bareP95, p95 <= 2 * bareP95 ? "**met**" : "**MISSED**", errors,
          errors == 0 ? "" : " — first: " + real.stream().filter(s -> !s.ok()).findFirst()
              .map(Submission::error).orElse(""), numbers.size(), max, gaps, duplicates,
          gaps == 0 && duplicates == 0 && numbers.size() == RUSH_SUBMISSIONS - errors
              ? "**no gaps, no duplicates**" : "**NOT contiguous**", eligible, numbers.size(),
          drained ? "had no jobs left" : "still had jobs", drainSeconds));
      summary.put("rush", ordered("submissions", RUSH_SUBMISSIONS, "errors", errors,
          "numberingGaps", gaps + duplicates, "p50Ms", Math.round(percentile(ok(real), 50)),
          "p95Ms", Math.round(p95), "p99Ms", Math.round(percentile(ok(real), 99)),
          "bareP95Ms", Math.round(bareP95), "clients", RUSH_CLIENTS, "bareErrors", bareErrors,
          "perSecond", round3(real.size() / realSeconds), "eligibilityDrainSeconds",
          Math.round(drainSeconds)));
      return t.toString();
    } finally {
      executor.shutdown();
    }
  }

  Submission realSubmission(String callKey, int i) {
    int client = i % RUSH_CLIENTS + 1;
    Map<String, Object> body = CallFixture.application(client % 2 == 1 ? 1 : 2, "Ruuhka " + runId
        + " " + i, 10_000 + (i * 7_919) % 40_000);
    return timed("rush" + client, "POST", "/api/calls/" + callKey + "/applications", body, 201);
  }

  Submission bareSubmission(int i) {
    int client = i % RUSH_CLIENTS + 1;
    Map<String, Object> variables = new LinkedHashMap<>();
    CallFixture.application(client % 2 == 1 ? 1 : 2, "Ruuhka " + i, 10_000 + (i * 7_919) % 40_000)
        .forEach((k, v) -> variables.put(k, Map.of("value", v)));
    return timed("rush" + client, "POST", "/engine-rest/process-definition/key/bare-one-task/start",
        Map.of("variables", variables), 200);
  }

  Submission timed(String user, String method, String path, Object body, int expected) {
    long t0 = System.nanoTime();
    try {
      http(user, method, path, JSON.writeValueAsString(body), "application/json", expected);
      return new Submission(true, (System.nanoTime() - t0) / 1e6, null);
    } catch (Exception e) {
      return new Submission(false, (System.nanoTime() - t0) / 1e6, e.getMessage());
    }
  }

  /** N submissions by RUSH_CLIENTS threads, each submitting as its own user. */
  List<Submission> submitAll(int n, java.util.function.IntFunction<Submission> submit)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(RUSH_CLIENTS);
    try {
      List<Future<Submission>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        int index = i;
        futures.add(pool.submit(() -> submit.apply(index)));
      }
      List<Submission> results = new ArrayList<>();
      for (Future<Submission> f : futures) {
        results.add(f.get());
      }
      return results;
    } finally {
      pool.shutdown();
    }
  }

  boolean awaitJobs(String callKey, Duration timeout) throws InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < end) {
      long left = jdbc.queryForObject("select count(*) from act_ru_job j join act_ru_execution e"
          + " on e.id_ = j.process_instance_id_ where e.business_key_ like ? and j.retries_ > 0"
          + " and (j.duedate_ is null or j.duedate_ <= now())", Long.class, callKey + "-%");
      if (left == 0) {
        return true;
      }
      Thread.sleep(500);
    }
    return false;
  }

  static List<Double> ok(List<Submission> list) {
    List<Double> ms = list.stream().filter(Submission::ok).map(Submission::ms).toList();
    return ms.isEmpty() ? List.of(Double.NaN) : ms;
  }

  static String rushRow(String model, String request, List<Submission> list, double seconds) {
    List<Double> ms = ok(list);
    return String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %d | %.0f | %.0f | %.0f | %.0f |%n",
        model, request, seconds, list.size() / seconds, list.stream().filter(s -> !s.ok()).count(),
        percentile(ms, 50), percentile(ms, 95), percentile(ms, 99), Collections.max(ms));
  }

  // ---------------------------------------------------------------- 5. big imports

  String imports() throws Exception {
    String programme = "BPROG-" + runId;
    // a project may name only a registered programme (issue 9)
    http("secretary", "PUT", "/api/programmes/" + programme, JSON.writeValueAsString(Map.of(
        "name", "Vertailuohjelma " + runId)), "application/json", 201);
    StringBuilder t = new StringBuilder();
    t.append("### 5. Big imports (activity CSV through `POST /api/projects/{code}/activity-events`)\n\n");
    t.append("One funded project per size, events spread over 2025; then the annual report"
        + " (`GET …/reports/annual?year=2025`) and the programme comparison"
        + " (`GET /api/programmes/{code}/comparison?year=2025`, all projects imported so far)."
        + " Heap = the JVM's peak heap use while the import ran (application and driver share the"
        + " JVM).\n\n");
    t.append("| events | file MB | import ms | events/s | annual report ms | comparison ms | peak heap MB |\n"
        + "|---:|---:|---:|---:|---:|---:|---:|\n");
    Map<Integer, Long> ms = new LinkedHashMap<>();
    for (int size : IMPORT_SIZES) {
      String code = "BIMP-" + runId + "-" + size;
      http("secretary", "PUT", "/api/projects/" + code, JSON.writeValueAsString(Map.of(
          "name", "Tuontitesti " + size, "organizationName", "Yhdistys ry", "programmeCode",
          programme)), "application/json", 201);
      Path csv = Path.of("target", "bench-import-" + size + ".csv");
      writeCsv(csv, size);
      System.gc();
      heap.resetWindow();
      long t0 = System.nanoTime();
      JsonNode result = http("secretary", "POST", "/api/projects/" + code + "/activity-events",
          csv, "text/csv", 200);
      long importMs = Math.round((System.nanoTime() - t0) / 1e6);
      long peak = heap.windowPeakMb();
      if (result.path("created").asInt() != size) {
        throw new IllegalStateException("import of " + size + " created " + result);
      }
      long t1 = System.nanoTime();
      JsonNode report = http("secretary", "GET", "/api/projects/" + code
          + "/reports/annual?year=2025", null, "application/json", 200);
      long reportMs = Math.round((System.nanoTime() - t1) / 1e6);
      long t2 = System.nanoTime();
      http("secretary", "GET", "/api/programmes/" + programme + "/comparison?year=2025", null,
          "application/json", 200);
      long comparisonMs = Math.round((System.nanoTime() - t2) / 1e6);
      if (report.toString().length() < 10) {
        throw new IllegalStateException("empty annual report for " + code);
      }
      ms.put(size, importMs);
      t.append(String.format(Locale.ROOT, "| %,d | %.1f | %,d | %,.0f | %,d | %,d | %d |%n", size,
          Files.size(csv) / 1e6, importMs, size * 1000.0 / importMs, reportMs, comparisonMs, peak));
      Files.deleteIfExists(csv);
    }
    if (ms.containsKey(10_000) && ms.containsKey(100_000)) {
      double growth = (double) ms.get(100_000) / ms.get(10_000);
      t.append(String.format(Locale.ROOT, "%n100k / 10k import time = ×%.1f (goal ≤ 12×) — %s.%n",
          growth, growth <= 12 ? "**met**" : "**MISSED**"));
    }
    t.append('\n');
    summary.put("imports", ordered("ms10k", ms.get(10_000), "ms100k", ms.get(100_000)));
    return t.toString();
  }

  static void writeCsv(Path file, int events) throws IOException {
    String[] types = {"SEMINAR", "PERSONAL_MEETING", "WORKING_GROUP", "PARTNER_MEETING",
        "NGO_COACHING", "PROJECT_PRESENTATION", "OTHER"};
    String[] levels = {"REGION;ORGANIZATION", "MUNICIPALITY", "NATIONAL", "INDIVIDUAL",
        "REGION;MUNICIPALITY"};
    String[] roles = {"OWN", "COOPERATION", "PARTICIPATION", "CONTENT_FOR_OTHERS",
        "OWN_WITH_OTHER_PROJECT"};
    LocalDate first = LocalDate.of(2025, 1, 1);
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", fi.avustukset.reporting.activity.domain.ActivityEventCsv.REQUIRED));
      out.write('\n');
      for (int i = 0; i < events; i++) {
        out.write(first.plusDays(i % 365) + "," + types[i % types.length] + ","
            + levels[i % levels.length] + "," + roles[i % roles.length] + "," + (i % 13) + ","
            + (i % 3) + "," + (i % 40) + "," + (i % 2) + ",\"Tapahtuma " + i + ", Kuopio\"\n");
      }
    }
  }

  // ---------------------------------------------------------------- 6. heap

  /** Samples the JVM heap every 100 ms: peak use, and the largest use after a collection. */
  static final class HeapWatch {
    final java.lang.management.MemoryMXBean memory = java.lang.management.ManagementFactory
        .getMemoryMXBean();
    volatile boolean running = true;
    volatile long peak;
    volatile long windowPeak;
    volatile long peakAfterGc;
    Thread thread;

    void start() {
      thread = new Thread(() -> {
        while (running) {
          long used = memory.getHeapMemoryUsage().getUsed();
          peak = Math.max(peak, used);
          windowPeak = Math.max(windowPeak, used);
          for (var pool : java.lang.management.ManagementFactory.getMemoryPoolMXBeans()) {
            var after = pool.getCollectionUsage();
            if (pool.getType() == java.lang.management.MemoryType.HEAP && after != null
                && pool.getName().toLowerCase(Locale.ROOT).contains("old")) {
              peakAfterGc = Math.max(peakAfterGc, after.getUsed());
            }
          }
          try {
            Thread.sleep(100);
          } catch (InterruptedException e) {
            return;
          }
        }
      }, "heap-watch");
      thread.setDaemon(true);
      thread.start();
    }

    void resetWindow() {
      windowPeak = 0;
    }

    long windowPeakMb() {
      return windowPeak >> 20;
    }

    void stop() {
      running = false;
    }

    String report(Map<String, Object> summary) {
      long max = memory.getHeapMemoryUsage().getMax();
      summary.put("heapMaxMb", peak >> 20);
      summary.put("heapLimitMb", max >> 20);
      summary.put("heapAfterGcMaxMb", peakAfterGc >> 20);
      return String.format(Locale.ROOT, "### 6. Memory%n%nThe whole run (application, engine and"
          + " drivers in one JVM) with `-Xmx%dm`: peak heap use %d MB, largest old generation"
          + " after a collection %d MB; no OutOfMemoryError.%n%n", max >> 20, peak >> 20,
          peakAfterGc >> 20);
    }
  }

  // ---------------------------------------------------------------- pgbench and HTTP

  /** PostgreSQL's own commit rate on this database: pgbench, {@code select txid_current()}. */
  Double pgbenchCommitTps(int clients) throws Exception {
    String exe = System.getProperty("bench.pgbench");
    if (exe == null) {
      for (String candidate : List.of("/usr/bin/pgbench", "/usr/lib/postgresql/15/bin/pgbench",
          "/usr/lib/postgresql/16/bin/pgbench", "/usr/lib/postgresql/17/bin/pgbench")) {
        if (Files.isExecutable(Path.of(candidate))) {
          exe = candidate;
          break;
        }
      }
    }
    if (exe == null) {
      return null;
    }
    java.net.URI uri = java.net.URI.create(TestDatabase.get().url.substring("jdbc:".length()));
    Path script = Files.createTempFile("commit-only", ".sql");
    Files.writeString(script, "select txid_current();\n");
    ProcessBuilder pb = new ProcessBuilder(exe, "-n", "-c", Integer.toString(clients), "-j",
        Integer.toString(clients), "-T", Integer.toString(PGBENCH_SECONDS), "-f", script.toString(),
        "-h", uri.getHost(), "-p", Integer.toString(uri.getPort() < 0 ? 5432 : uri.getPort()),
        "-U", TestDatabase.get().username, uri.getPath().substring(1));
    pb.environment().put("PGPASSWORD", TestDatabase.get().password == null ? ""
        : TestDatabase.get().password);
    pb.redirectErrorStream(true);
    Process process = pb.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    Files.deleteIfExists(script);
    var m = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(output);
    if (process.exitValue() != 0 || !m.find()) {
      System.out.println("benchmark: pgbench failed: " + output);
      return null;
    }
    return Double.parseDouble(m.group(1));
  }

  static final ObjectMapper JSON = new ObjectMapper();
  final HttpClient httpClient = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(30)).build();

  /** One request as a demo/benchmark user (password = user id); body a String or a file. */
  JsonNode http(String user, String method, String path, Object body, String type, int expected)
      throws Exception {
    HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
        : body instanceof Path file ? HttpRequest.BodyPublishers.ofFile(file)
        : HttpRequest.BodyPublishers.ofString((String) body, StandardCharsets.UTF_8);
    HttpRequest.Builder request = HttpRequest.newBuilder(
            java.net.URI.create("http://127.0.0.1:" + port + path))
        .timeout(Duration.ofMinutes(10))
        .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
            (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .header("Accept", type.equals("application/hal+json") ? type : "application/json")
        .method(method, publisher);
    if (body != null) {
      request.header("Content-Type", type.equals("application/hal+json") ? "application/json" : type);
    }
    HttpResponse<String> response = httpClient.send(request.build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != expected) {
      String text = response.body();
      throw new IllegalStateException(method + " " + path + " as " + user + ": "
          + response.statusCode() + " " + (text.length() > 300 ? text.substring(0, 300) : text));
    }
    return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
  }

  static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      m.put((String) keyValues[i], keyValues[i + 1]);
    }
    return m;
  }

  static double percentile(List<Double> values, double p) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(p / 100 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  static double round3(double v) {
    return Math.round(v * 1000) / 1000.0;
  }

  // ---------------------------------------------------------------- helpers

  record DbStats(long commits, long inserted, long updated, long deleted) {
    DbStats minus(DbStats o) {
      return new DbStats(commits - o.commits, inserted - o.inserted, updated - o.updated,
          deleted - o.deleted);
    }
  }

  /** Rows inserted, updated and deleted per table of this database (after {@link #dbStats}). */
  Map<String, long[]> tableStats() {
    Map<String, long[]> tables = new HashMap<>();
    jdbc.query("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables", rs -> {
      tables.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
    });
    return tables;
  }

  /**
   * Where the real model's rows go: per table, rows written per lifecycle in the last timed
   * round of each model, the tables where the two differ by at least one row.
   */
  static String tableBreakdown(Round real, Round bare) {
    StringBuilder t = new StringBuilder("Rows per lifecycle by table (last timed round of each"
        + " model; tables where real and bare differ by at least one row):\n\n| table |"
        + " real ins / upd / del | bare ins / upd / del | real − bare (all) |\n"
        + "|---|---:|---:|---:|\n");
    java.util.Set<String> names = new java.util.TreeSet<>(real.tables().keySet());
    names.addAll(bare.tables().keySet());
    double sumReal = 0;
    double sumBare = 0;
    List<String[]> rows = new ArrayList<>();
    for (String name : names) {
      long[] r = real.tables().getOrDefault(name, new long[3]);
      long[] b = bare.tables().getOrDefault(name, new long[3]);
      double rn = real.instances();
      double bn = bare.instances();
      double diff = (r[0] + r[1] + r[2]) / rn - (b[0] + b[1] + b[2]) / bn;
      sumReal += (r[0] + r[1] + r[2]) / rn;
      sumBare += (b[0] + b[1] + b[2]) / bn;
      if (Math.abs(diff) >= 1) {
        rows.add(new String[] {name, String.format(Locale.ROOT, "%.1f / %.1f / %.1f",
            r[0] / rn, r[1] / rn, r[2] / rn), String.format(Locale.ROOT, "%.1f / %.1f / %.1f",
            b[0] / bn, b[1] / bn, b[2] / bn), String.format(Locale.ROOT, "%+.1f", diff)});
      }
    }
    rows.sort(Comparator.comparingDouble((String[] row) -> -Double.parseDouble(row[3])));
    for (String[] row : rows) {
      t.append("| `").append(row[0]).append("` | ").append(row[1]).append(" | ").append(row[2])
          .append(" | ").append(row[3]).append(" |\n");
    }
    t.append(String.format(Locale.ROOT, "| **all tables** | %.1f | %.1f | %+.1f |%n%n", sumReal,
        sumBare, sumReal - sumBare));
    return t.toString();
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

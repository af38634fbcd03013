package fi.avustukset.platform.history;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.platform.history.PhaseTimes.ActivitySpan;
import fi.avustukset.platform.history.PhaseTimes.PhaseStat;
import fi.avustukset.platform.history.PhaseTimes.TaskSpan;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhaseTimesTest {

  static final Instant T0 = Instant.parse("2027-01-04T08:00:00Z");
  static final Phase ELIGIBILITY = Phase.of("ELIGIBILITY", "Kelpoisuus", "grant-application",
      "Task_CheckEligibility", "Task_ReviewEligibility");
  static final Phase REVIEW = Phase.of("REVIEW", "Arviointi", "grant-application",
      "SubProcess_Review");
  static final Phase FIRST_PAYMENT = Phase.first("FIRST_PAYMENT", "Maksu", "grant-agreement",
      "SubProcess_Instalment");

  static Instant h(double hours) {
    return T0.plus(Duration.ofSeconds(Math.round(hours * 3600)));
  }

  static ActivitySpan span(String caseKey, String pi, String process, String activity,
      String id, double from, Double to) {
    return new ActivitySpan(caseKey, pi, process, activity, id, h(from), to == null ? null : h(to));
  }

  @Test
  void addsTheActivitiesOfAPhasePerCaseAndTakesMedianAndP90OverCases() {
    List<ActivitySpan> spans = List.of(
        span("A", "pa", "grant-application", "Task_CheckEligibility", "a1", 0, 1.0),
        span("A", "pa", "grant-application", "Task_ReviewEligibility", "a2", 1, 5.0),
        span("B", "pb", "grant-application", "Task_CheckEligibility", "b1", 0, 2.0),
        span("C", "pc", "grant-application", "Task_CheckEligibility", "c1", 0, 10.0));
    PhaseStat stat = PhaseTimes.compute(List.of(ELIGIBILITY), spans, List.of()).get(0);
    assertThat(stat.count()).isEqualTo(3);
    assertThat(stat.medianHours()).isEqualTo(5.0); // A 5 h, B 2 h, C 10 h
    assertThat(stat.p90Hours()).isEqualTo(9.0);
    assertThat(stat.waitingMedianHours()).isNull(); // no user tasks: no split
  }

  @Test
  void aCaseStillInThePhaseIsNotCounted() {
    List<ActivitySpan> spans = List.of(
        span("A", "pa", "grant-application", "SubProcess_Review", "a1", 0, 48.0),
        span("B", "pb", "grant-application", "SubProcess_Review", "b1", 0, null));
    PhaseStat stat = PhaseTimes.compute(List.of(REVIEW), spans, List.of()).get(0);
    assertThat(stat.count()).isEqualTo(1);
    assertThat(stat.medianHours()).isEqualTo(48.0);
  }

  @Test
  void splitsWaitingBeforeTheClaimFromWorkingAfterItForTasksInsideASubProcess() {
    List<ActivitySpan> spans = List.of(
        span("A", "pa", "grant-application", "SubProcess_Review", "sub", 0, 30.0));
    List<TaskSpan> tasks = List.of(
        // created at 1 h, claimed at 5 h, done at 8 h: 4 h waiting, 3 h working
        new TaskSpan("t1", "pa", h(1), h(5), h(8)),
        // assigned when created (the reviewers'): all working
        new TaskSpan("t2", "pa", h(1), h(1), h(3)),
        // another process instance: not this phase's
        new TaskSpan("t3", "other", h(1), h(20), h(25)));
    PhaseStat stat = PhaseTimes.compute(List.of(REVIEW), spans, tasks).get(0);
    assertThat(stat.medianHours()).isEqualTo(30.0);
    assertThat(stat.waitingMedianHours()).isEqualTo(4.0);
    assertThat(stat.workingMedianHours()).isEqualTo(5.0);
  }

  @Test
  void aTaskNeverAssignedCountsAsWorkingTime() {
    List<ActivitySpan> spans = List.of(
        span("A", "pa", "grant-application", "Task_ReviewEligibility", "ai", 0, 6.0));
    List<TaskSpan> tasks = List.of(new TaskSpan("ai", "pa", h(0), null, h(6)));
    PhaseStat stat = PhaseTimes.compute(List.of(ELIGIBILITY), spans, tasks).get(0);
    assertThat(stat.waitingMedianHours()).isEqualTo(0.0);
    assertThat(stat.workingMedianHours()).isEqualTo(6.0);
  }

  @Test
  void firstOnlyCountsTheEarliestInstanceOfTheActivity() {
    List<ActivitySpan> spans = List.of(
        span("A", "pa", "grant-agreement", "SubProcess_Instalment", "i1", 0, 24.0),
        span("A", "pa", "grant-agreement", "SubProcess_Instalment", "i2", 24, 9000.0));
    PhaseStat stat = PhaseTimes.compute(List.of(FIRST_PAYMENT), spans, List.of()).get(0);
    assertThat(stat.count()).isEqualTo(1);
    assertThat(stat.medianHours()).isEqualTo(24.0);
  }

  @Test
  void aPhaseWithoutCasesHasCountZeroAndNoHours() {
    PhaseStat stat = PhaseTimes.compute(List.of(REVIEW), List.of(), List.of()).get(0);
    assertThat(stat.count()).isZero();
    assertThat(stat.medianHours()).isNull();
    assertThat(stat.p90Hours()).isNull();
  }
}

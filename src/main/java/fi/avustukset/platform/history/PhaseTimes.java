package fi.avustukset.platform.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;

/**
 * Cycle times of phases over many cases (issue 13.4), computed from history spans without the
 * engine: per case the durations of the phase's finished activity instances are added; over the
 * cases of a phase the median and the 90th percentile in hours ({@link Percentiles}). Where the
 * phase has user tasks, the time is also split into <em>waiting</em> (task created → first
 * assignee: nobody has taken it yet) and <em>working</em> (assignee → completed). A task assigned
 * when created (the reviewers') waits 0; one completed without ever being assigned counts as
 * working time, since history cannot tell when work began.
 */
public final class PhaseTimes {

  private PhaseTimes() {}

  /** A finished or running activity instance of a case. {@code end} null: not finished. */
  public record ActivitySpan(String caseKey, String processInstanceId, String processKey,
      String activityId, String activityInstanceId, Instant start, Instant end) {}

  /** A user task of an activity instance: created, first assigned (or null), completed. */
  public record TaskSpan(String activityInstanceId, String processInstanceId, Instant created,
      Instant assigned, Instant end) {}

  /** The figures of one phase. Hours are null when no case has finished the phase. */
  public record PhaseStat(String phase, String label, int count, Double medianHours,
      Double p90Hours, Double waitingMedianHours, Double workingMedianHours,
      Double waitingP90Hours, Double workingP90Hours) {}

  public static List<PhaseStat> compute(List<Phase> phases, List<ActivitySpan> spans,
      List<TaskSpan> tasks) {
    Map<String, TaskSpan> tasksByActivityInstance = new HashMap<>();
    for (TaskSpan t : tasks) {
      if (t.end() != null) {
        tasksByActivityInstance.put(t.activityInstanceId(), t);
      }
    }
    List<PhaseStat> out = new ArrayList<>();
    for (Phase phase : phases) {
      Map<String, List<ActivitySpan>> byCase = spans.stream()
          .filter(s -> s.processKey().equals(phase.processKey()))
          .filter(s -> phase.activityIds().contains(s.activityId()))
          .collect(Collectors.groupingBy(ActivitySpan::caseKey, LinkedHashMap::new,
              Collectors.toList()));
      List<Double> total = new ArrayList<>();
      List<Double> waiting = new ArrayList<>();
      List<Double> working = new ArrayList<>();
      for (List<ActivitySpan> ofCase : byCase.values()) {
        List<ActivitySpan> counted = phase.firstOnly() ? firstOfEachActivity(ofCase) : ofCase;
        if (counted.isEmpty() || counted.stream().anyMatch(s -> s.end() == null)) {
          continue; // the case is still in this phase (or its first instance is): not a cycle time
        }
        double hours = 0;
        double wait = 0;
        double work = 0;
        boolean anyTask = false;
        for (ActivitySpan s : counted) {
          hours += hours(s.start(), s.end());
        }
        for (TaskSpan t : tasksWithin(counted, tasksByActivityInstance)) {
          anyTask = true;
          Instant taken = t.assigned() == null || t.assigned().isBefore(t.created())
              ? t.created() : t.assigned().isAfter(t.end()) ? t.end() : t.assigned();
          wait += hours(t.created(), taken);
          work += hours(taken, t.end());
        }
        total.add(hours);
        if (anyTask) {
          waiting.add(wait);
          working.add(work);
        }
      }
      out.add(new PhaseStat(phase.code(), phase.label(), total.size(),
          round(Percentiles.median(total)), round(Percentiles.p90(total)),
          round(Percentiles.median(waiting)), round(Percentiles.median(working)),
          round(Percentiles.p90(waiting)), round(Percentiles.p90(working))));
    }
    return out;
  }

  /** The earliest-started instance of each activity id. */
  static List<ActivitySpan> firstOfEachActivity(List<ActivitySpan> spans) {
    Map<String, ActivitySpan> first = new HashMap<>();
    for (ActivitySpan s : spans) {
      first.merge(s.activityId(), s, (a, b) -> a.start().isAfter(b.start()) ? b : a);
    }
    return first.values().stream().sorted(Comparator.comparing(ActivitySpan::start)).toList();
  }

  /**
   * The user tasks inside the counted activity instances: the instances themselves when they are
   * user tasks, and the user tasks of the same process instance that ran inside a counted
   * sub-process (started and ended within its span).
   */
  static List<TaskSpan> tasksWithin(List<ActivitySpan> counted, Map<String, TaskSpan> tasks) {
    List<TaskSpan> out = new ArrayList<>();
    for (ActivitySpan c : counted) {
      TaskSpan own = tasks.get(c.activityInstanceId());
      if (own != null) {
        out.add(own);
        continue;
      }
      for (TaskSpan t : tasks.values()) {
        if (t.processInstanceId().equals(c.processInstanceId())
            && !t.created().isBefore(c.start()) && !t.end().isAfter(c.end())) {
          out.add(t);
        }
      }
    }
    return out;
  }

  static double hours(Instant from, Instant to) {
    return Math.max(0, Duration.between(from, to).toMillis()) / 3_600_000.0;
  }

  /** Two decimals: hours to the 36 seconds are precise enough for planning. */
  static Double round(OptionalDouble value) {
    return value.isPresent() ? Math.round(value.getAsDouble() * 100) / 100.0 : null;
  }
}

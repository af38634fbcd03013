package fi.avustukset.platform.history;

import java.util.List;

/**
 * A phase of a case measured from the engine's history: the activities of one process whose
 * finished instances make up the time a case spends in the phase (their durations are added;
 * a sub-process id counts the whole sub-process). With {@code firstOnly} only the earliest
 * instance of each activity counts (the first instalment, the first year's report).
 *
 * @param code stable code used in JSON ({@code ELIGIBILITY})
 * @param label the Finnish name shown to managers
 * @param processKey process definition key whose history holds the activities
 * @param activityIds BPMN element ids of the phase
 */
public record Phase(String code, String label, String processKey, List<String> activityIds,
    boolean firstOnly) {

  public Phase {
    activityIds = List.copyOf(activityIds);
  }

  public static Phase of(String code, String label, String processKey, String... activityIds) {
    return new Phase(code, label, processKey, List.of(activityIds), false);
  }

  public static Phase first(String code, String label, String processKey, String... activityIds) {
    return new Phase(code, label, processKey, List.of(activityIds), true);
  }
}

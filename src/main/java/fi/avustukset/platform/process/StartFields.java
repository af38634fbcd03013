package fi.avustukset.platform.process;

import java.util.Set;

/**
 * What a process accepts at its start (mass assignment guard, CONTRACT.md "Process data"): the
 * start fields of its contract, the variable its start event's {@code camunda:initiator} fills,
 * and the process-owned variables a caller may never set. A start by any path (engine-rest start
 * or submit-form, message, condition, Java API) with any other variable is refused with 400
 * naming it. Declared once per process, in its {@code *Variables} class.
 */
public record StartFields(String processKey, String initiator, Set<String> allowed,
    Set<String> processOwned) {

  public StartFields {
    allowed = Set.copyOf(allowed);
    processOwned = Set.copyOf(processOwned);
  }

  /** CONTRACT.md: set by the process only and refused at any start. */
  public static final Set<String> CONTRACT_PROCESS_OWNED = Set.of("applicantUserId",
      "applicantGroup", "applicationNumber", "eligible", "eligibilityFailures", "score",
      "decision", "grantedAmount", "decisionFinal", "preparers", "reviewers");
}

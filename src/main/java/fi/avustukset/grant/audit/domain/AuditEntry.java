package fi.avustukset.grant.audit.domain;

import java.time.Instant;

/**
 * One line of a case's audit trail (issue 13.3): when, who, what, and the details. A line is
 * either {@link #forApplicant public} (the applicant organisation reads it in its own case) or
 * internal; {@code details} are the parts everyone who may see the line reads,
 * {@code internalDetails} those for staff only (scores, notes, reviewer names). {@code role} is
 * what the applicant sees instead of a staff member's user id ("Jaosto", "Valmistelija").
 */
public record AuditEntry(Instant at, String user, String role, String action, String details,
    String internalDetails, boolean forApplicant, String source) {

  public AuditEntry withDetails(String more, boolean internal) {
    if (more == null || more.isBlank()) {
      return this;
    }
    return internal
        ? new AuditEntry(at, user, role, action, details, join(internalDetails, more), forApplicant,
            source)
        : new AuditEntry(at, user, role, action, join(details, more), internalDetails, forApplicant,
            source);
  }

  static String join(String a, String b) {
    if (b == null || b.isBlank()) {
      return a;
    }
    return a == null || a.isBlank() ? b : a + "; " + b;
  }
}

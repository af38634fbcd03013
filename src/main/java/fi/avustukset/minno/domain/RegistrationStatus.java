package fi.avustukset.minno.domain;

/** Where a registration is in its own process (minno-registration). */
public enum RegistrationStatus {
  /** Received, challenges not yet screened (M1). */
  REGISTERED,
  /** Screened: at least one challenge suits, or all were redirected (M2). */
  SCREENED,
  /** Carried over from an earlier round (M4): already screened, waits for selection. */
  CARRIED_IN,
  /** Has its outcome. */
  DECIDED
}

package fi.avustukset.minno.domain;

/** Life of a MINNO round (DOMAIN.md §10). */
public enum RoundStatus {
  /** Registered, preparing: registration not yet open. */
  PLANNED,
  /** NGOs may register (from registrationOpens to the end of registrationCloses). */
  REGISTRATION_OPEN,
  /** Registration closed: screening and selection with the university. */
  REGISTRATION_CLOSED,
  /** Selection confirmed by the university: the course runs. */
  RUNNING,
  /** Feedback collected, round evaluated. */
  CLOSED,
  /** The cooperation did not continue (step 1). */
  CANCELLED
}

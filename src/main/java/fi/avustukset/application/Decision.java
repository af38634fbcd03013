package fi.avustukset.application;

/** Outcomes of the committee (or the regional board) per application (DOMAIN.md §6). */
public enum Decision {
  GRANTED, REJECTED, RETURNED
}

package fi.avustukset.grant.application.domain;

/** Outcomes of the committee (or the regional board) per application (DOMAIN.md §6). */
public enum Decision {
  GRANTED, REJECTED, RETURNED
}

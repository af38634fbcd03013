package fi.avustukset.grant.call.domain;

/** Life of a grant call (DOMAIN.md §6): from draft to decided. */
public enum CallStatus {
  DRAFT, PUBLISHED, OPEN, CLOSED, DECIDED
}

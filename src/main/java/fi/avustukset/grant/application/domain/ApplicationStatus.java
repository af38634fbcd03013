package fi.avustukset.grant.application.domain;

/** Where an application stands; the process decides the transitions. */
public enum ApplicationStatus {
  SUBMITTED, COMPLETION_REQUESTED, IN_REVIEW, IN_NEGOTIATION, READY_FOR_DECISION,
  IN_COMMITTEE, DECIDED, FINAL
}

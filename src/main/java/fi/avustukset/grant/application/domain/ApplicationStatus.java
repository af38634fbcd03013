package fi.avustukset.grant.application.domain;

/** Where an application stands; the process decides the transitions. */
public enum ApplicationStatus {
  /** Received; the automatic eligibility check (E1–E9) runs. */
  SUBMITTED,
  /** The automatic check found failures or open questions: the preparer assesses them. */
  ELIGIBILITY_REVIEW,
  /** The applicant has the completion task (only while it is open). */
  COMPLETION_REQUESTED,
  IN_REVIEW, IN_NEGOTIATION, READY_FOR_DECISION,
  IN_COMMITTEE, DECIDED, FINAL
}

package fi.avustukset.minno.domain;

/** M1 screening result of one challenge. */
public enum ChallengeStatus {
  REGISTERED,
  /** Fits the ERDF/ESF+ programme criteria and suits MINNO (M1). */
  SUITABLE,
  /** Failed M1: the NGO is pointed to another route (M2). */
  REDIRECTED
}

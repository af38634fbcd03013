package fi.avustukset.grant.eligibility.domain;

/** Result of one rule: passed, failed, or a question only the preparer can judge. */
public enum Outcome {
  PASSED, FAILED, NEEDS_JUDGEMENT
}

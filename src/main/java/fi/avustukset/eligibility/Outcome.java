package fi.avustukset.eligibility;

/** Result of one rule: passed, failed, or a question only the preparer can judge. */
public enum Outcome {
  PASSED, FAILED, NEEDS_JUDGEMENT
}

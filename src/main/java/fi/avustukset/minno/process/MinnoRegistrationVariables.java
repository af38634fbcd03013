package fi.avustukset.minno.process;

/** Process variable names of {@code minno-registration}: one instance per NGO registration. */
public final class MinnoRegistrationVariables {

  public static final String PROCESS_KEY = "minno-registration";
  /** Message the round's Task_RecordSelection sends to each candidate registration. */
  public static final String SELECTION_DECIDED = "minno-selection-decided";

  public static final String REGISTRATION_ID = "registrationId";
  public static final String ROUND_CODE = "roundCode";
  public static final String ORGANIZATION_NAME = "organizationName";
  public static final String CARRIED_IN = "carriedIn";

  public static final String CHALLENGE_COUNT = "challengeCount";
  /** Task-local variables of one screening task (Task_ScreenChallenge, multi-instance). */
  public static final String CHALLENGE_ID = "challengeId";
  public static final String CHALLENGE_TITLE = "challengeTitle";
  public static final String CHALLENGE_DESCRIPTION = "challengeDescription";
  public static final String CHALLENGE_LANGUAGE = "challengeLanguage";
  public static final String CHALLENGE_STUDENT_FIELD = "challengeStudentField";
  public static final String SCREENING_HINTS = "screeningHints";
  public static final String FITS_PROGRAMME = "fitsProgramme";
  public static final String SUITS_MINNO = "suitsMinno";
  public static final String SCREENING_NOTE = "screeningNote";

  public static final String SUITABLE_COUNT = "suitableCount";
  public static final String REDIRECTED_COUNT = "redirectedCount";
  public static final String REDIRECTED_CHALLENGES = "redirectedChallenges";
  public static final String REDIRECT_ADVICE = "redirectAdvice";

  public static final String REGISTRATION_OUTCOME = "registrationOutcome";
  public static final String OUTCOME_REASON = "outcomeReason";

  private MinnoRegistrationVariables() {}
}

package fi.avustukset.minno.process;

import fi.avustukset.platform.process.StartFields;
import java.util.Set;

/** Process variable names of {@code minno-semester} (CONTRACT.md "MINNO rounds"). */
public final class MinnoSemesterVariables {

  public static final String PROCESS_KEY = "minno-semester";

  // Start (CONTRACT.md)
  public static final String ROUND_NAME = "roundName";
  public static final String CAPACITY = "capacity";
  public static final String REGISTRATION_OPENS = "registrationOpens";
  public static final String REGISTRATION_CLOSES = "registrationCloses";
  public static final String STEA_DEADLINE = "steaDeadline";
  public static final String ROUND_INITIATOR = "roundInitiator";

  // Set by the process
  public static final String ROUND_CODE = "roundCode";
  public static final String REGISTRATION_OPENS_AT = "registrationOpensAt";
  public static final String REGISTRATION_CLOSES_AT = "registrationClosesAt";
  public static final String STEA_OVERLAP = "steaOverlap";
  public static final String STEA_OVERLAP_WARNING = "steaOverlapWarning";
  public static final String PLANNED_EFFORT_DAYS = "plannedEffortDays";

  // Step forms: every coordinator step records its actual effort (and a note)
  public static final String ACTUAL_EFFORT_DAYS = "actualEffortDays";
  public static final String STEP_NOTE = "stepNote";
  public static final String COOPERATION_DECISION = "cooperationDecision";
  public static final String STUDENT_AWARDS = "studentAwards";

  // Selection (step 5, M3, M4)
  public static final String CANDIDATE_OPTIONS = "candidateOptions";
  public static final String CANDIDATE_SUMMARY = "candidateSummary";
  public static final String SELECTED_REGISTRATIONS = "selectedRegistrations";
  public static final String CARRIED_OVER_REGISTRATIONS = "carriedOverRegistrations";
  public static final String DECLINE_REASON = "declineReason";
  public static final String SELECTION_NOTE = "selectionNote";
  public static final String SELECTION_SUMMARY = "selectionSummary";
  public static final String SELECTION_APPROVAL = "selectionApproval";
  public static final String SELECTION_COMMENT = "selectionComment";

  // Course (university)
  public static final String STUDENT_COUNT = "studentCount";
  public static final String STUDENT_TEAMS = "studentTeams";

  // Feedback (step 10)
  public static final String NGO_RATING = "ngoRating";
  public static final String NGO_FEEDBACK = "ngoFeedback";
  public static final String STUDENT_RATING = "studentRating";
  public static final String STUDENT_FEEDBACK = "studentFeedback";
  public static final String UNIVERSITY_RATING = "universityRating";
  public static final String UNIVERSITY_FEEDBACK = "universityFeedback";

  /** What a start of minno-semester accepts (CONTRACT.md "MINNO rounds"). */
  public static final StartFields START_FIELDS = new StartFields(PROCESS_KEY, ROUND_INITIATOR,
      Set.of(ROUND_NAME, CAPACITY, REGISTRATION_OPENS, REGISTRATION_CLOSES, STEA_DEADLINE),
      Set.of(ROUND_CODE, REGISTRATION_OPENS_AT, REGISTRATION_CLOSES_AT, STEA_OVERLAP,
          STEA_OVERLAP_WARNING, PLANNED_EFFORT_DAYS, SELECTED_REGISTRATIONS,
          CARRIED_OVER_REGISTRATIONS, CANDIDATE_OPTIONS, SELECTION_APPROVAL));

  private MinnoSemesterVariables() {}
}

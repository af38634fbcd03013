package fi.avustukset.grant.application.process;

import fi.avustukset.platform.process.StartFields;
import java.util.Set;

/** Process variable names of {@code grant-application} (CONTRACT.md "Process data"). */
public final class GrantApplicationVariables {

  public static final String PROCESS_KEY = "grant-application";

  // Start data (CONTRACT.md)
  public static final String CALL_KEY = "callKey";
  public static final String ORGANIZATION_NAME = "organizationName";
  public static final String BUSINESS_ID = "businessId";
  public static final String ORGANIZATION_TYPE = "organizationType";
  public static final String PROJECT_NAME = "projectName";
  public static final String TARGET_GROUP = "targetGroup";
  public static final String OPEN_TO_WHOLE_TARGET_GROUP = "openToWholeTargetGroup";
  public static final String STRATEGY_GOALS = "strategyGoals";
  public static final String COMPLEMENTS_SERVICES = "complementsServices";
  public static final String SERVICE_DIRECTORY = "serviceDirectory";
  public static final String MUNICIPALITY_COUNT = "municipalityCount";
  public static final String WHOLE_REGION = "wholeRegion";
  public static final String HAS_OTHER_FUNDING = "hasOtherFunding";
  public static final String SOLE_FUNDING_JUSTIFICATION = "soleFundingJustification";
  public static final String REQUESTED_AMOUNT = "requestedAmount";
  public static final String DURATION_YEARS = "durationYears";
  public static final String CONTACT_EMAIL = "contactEmail";

  // Set by the process
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String APPLICANT_USER_ID = "applicantUserId";
  public static final String APPLICANT_GROUP = "applicantGroup";
  public static final String GRANT_TYPE = "grantType";
  public static final String CALL_NAME = "callName";
  public static final String ELIGIBLE = "eligible";
  public static final String ELIGIBILITY_FAILURES = "eligibilityFailures";
  public static final String ELIGIBILITY_OPEN_QUESTIONS = "eligibilityOpenQuestions";
  public static final String ELIGIBILITY_SUMMARY = "eligibilitySummary";
  /** Required attachment kinds the application lacked at the last eligibility check. */
  public static final String MISSING_ATTACHMENTS = "missingAttachments";
  public static final String ELIGIBILITY_DECISION = "eligibilityDecision";
  public static final String ELIGIBILITY_NOTE = "eligibilityNote";
  public static final String COMPLETION_REQUEST = "completionRequest";
  public static final String COMPLETION_DUE = "completionDue";
  /** The moment the completion timer fires: the start of the day after {@link #COMPLETION_DUE}. */
  public static final String COMPLETION_DEADLINE = "completionDeadline";
  public static final String PREPARERS = "preparers";
  public static final String REVIEWERS = "reviewers";
  public static final String REVIEWER = "reviewer";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String SCORE = "score";
  public static final String NEGOTIATION_OUTCOME = "negotiationOutcome";
  public static final String NEGOTIATION_NOTES = "negotiationNotes";
  public static final String NEGOTIATED_AMOUNT = "negotiatedAmount";
  public static final String APPLICANT_RESPONSE = "applicantResponse";
  public static final String PROPOSED_AMOUNT = "proposedAmount";
  public static final String PROPOSAL_REASON = "proposalReason";
  public static final String PROPOSED_DECISION = "proposedDecision";
  public static final String DECISION = "decision";
  public static final String GRANTED_AMOUNT = "grantedAmount";
  public static final String DECISION_REASONS = "decisionReasons";
  public static final String TAKE_OVER = "takeOver";
  public static final String TAKEOVER_PERIOD = "takeoverPeriod";
  public static final String RECTIFICATION_PERIOD = "rectificationPeriod";
  public static final String RECTIFICATION_REQUESTED = "rectificationRequested";
  public static final String RECTIFICATION_REASONS = "rectificationReasons";
  public static final String RECTIFICATION_OUTCOME = "rectificationOutcome";
  public static final String DECISION_FINAL = "decisionFinal";
  public static final String DECISION_DATE = "decisionDate";
  public static final String DECISION_LETTER_URL = "decisionLetterUrl";


  /**
   * What a start of grant-application accepts (CONTRACT.md "Start of grant-application"); any
   * other variable is refused at start, the process-owned ones by name.
   */
  public static final StartFields START_FIELDS = new StartFields(PROCESS_KEY, APPLICANT_USER_ID,
      Set.of(CALL_KEY, ORGANIZATION_NAME, BUSINESS_ID, ORGANIZATION_TYPE, PROJECT_NAME,
          TARGET_GROUP, OPEN_TO_WHOLE_TARGET_GROUP, STRATEGY_GOALS, COMPLEMENTS_SERVICES,
          SERVICE_DIRECTORY, MUNICIPALITY_COUNT, WHOLE_REGION, HAS_OTHER_FUNDING,
          SOLE_FUNDING_JUSTIFICATION, REQUESTED_AMOUNT, DURATION_YEARS, CONTACT_EMAIL),
      union(StartFields.CONTRACT_PROCESS_OWNED, Set.of(GRANT_TYPE, CALL_NAME,
          ELIGIBILITY_OPEN_QUESTIONS, ELIGIBILITY_SUMMARY, MISSING_ATTACHMENTS,
          ELIGIBILITY_DECISION, ELIGIBILITY_NOTE,
          COMPLETION_REQUEST, COMPLETION_DUE, REVIEWER, REVIEW_COMMENT, NEGOTIATION_OUTCOME,
          NEGOTIATION_NOTES, NEGOTIATED_AMOUNT, APPLICANT_RESPONSE, PROPOSED_AMOUNT,
          PROPOSAL_REASON, PROPOSED_DECISION, DECISION_REASONS, TAKE_OVER, TAKEOVER_PERIOD,
          RECTIFICATION_PERIOD, RECTIFICATION_REQUESTED, RECTIFICATION_REASONS,
          RECTIFICATION_OUTCOME, DECISION_DATE, DECISION_LETTER_URL)));

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new java.util.HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private GrantApplicationVariables() {}
}

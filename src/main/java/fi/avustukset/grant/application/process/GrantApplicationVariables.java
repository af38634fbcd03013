package fi.avustukset.grant.application.process;

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
  public static final String ELIGIBILITY_DECISION = "eligibilityDecision";
  public static final String ELIGIBILITY_NOTE = "eligibilityNote";
  public static final String COMPLETION_REQUEST = "completionRequest";
  public static final String COMPLETION_DUE = "completionDue";
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

  private GrantApplicationVariables() {}
}

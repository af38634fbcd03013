package fi.avustukset.grant.change.process;

import fi.avustukset.platform.process.StartFields;
import java.util.Set;

/**
 * Process variable names of {@code grant-change} (README "Change applications"). The only start
 * variable is the change number of a recorded change application (ChangeWorkflow starts it after
 * {@code POST /api/applications/{n}/changes}); Task_RegisterChange reads the record and sets the
 * rest, so no start can bring its own figures.
 */
public final class GrantChangeVariables {

  public static final String PROCESS_KEY = "grant-change";

  // Start (= business key).
  public static final String CHANGE_NUMBER = "changeNumber";

  // Set by Task_RegisterChange from the change record and the agreement. The names shared with
  // grant-application (applicationNumber, businessId) let grant.conflict's ConflictGuard apply
  // E11 to this process's tasks as it does to the application's.
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String BUSINESS_ID = "businessId";
  public static final String ORGANIZATION_NAME = "organizationName";
  public static final String PROJECT_NAME = "projectName";
  public static final String APPLICANT_GROUP = "applicantGroup";
  public static final String CHANGE_KIND = "changeKind";
  public static final String CHANGE_KIND_NAME = "changeKindName";
  public static final String CHANGE_REASON = "changeReason";
  public static final String CONTENT_DESCRIPTION = "contentDescription";
  /** {@code COOPERATION} | {@code PARTNERSHIP} (agreement.domain.AgreementType). */
  public static final String AGREEMENT_TYPE = "agreementType";
  public static final String AGREEMENT_TYPE_NAME = "agreementTypeName";
  public static final String AGREEMENT_START = "agreementStart";
  public static final String CURRENT_END_DATE = "currentEndDate";
  public static final String NEW_END_DATE = "newEndDate";
  public static final String LATEST_END_DATE = "latestEndDate";
  public static final String GRANTED_AMOUNT = "grantedAmount";
  public static final String BUDGET_TOTAL = "budgetTotal";
  public static final String BUDGET_LINES_TEXT = "budgetLinesText";
  public static final String CURRENT_BUDGET_TEXT = "currentBudgetText";

  // The preparer's assessment (Task_AssessChange).
  /** {@code ACCEPT} | {@code REFUSE}. */
  public static final String RECOMMENDATION = "recommendation";
  public static final String ASSESSMENT = "assessment";

  // The decision (Task_DecideChange).
  /** {@code ACCEPTED} | {@code REFUSED}. */
  public static final String CHANGE_DECISION = "changeDecision";
  public static final String DECISION_REASON = "decisionReason";
  /** Extension: the last day accepted (default: the one asked for). */
  public static final String APPROVED_END_DATE = "approvedEndDate";

  /** Nobody brings anything but the change number; what the process sets is refused. */
  public static final StartFields START_FIELDS = new StartFields(PROCESS_KEY, null,
      Set.of(CHANGE_NUMBER),
      Set.of(APPLICATION_NUMBER, BUSINESS_ID, APPLICANT_GROUP, CHANGE_KIND, AGREEMENT_TYPE, CURRENT_END_DATE,
          NEW_END_DATE, LATEST_END_DATE, GRANTED_AMOUNT, BUDGET_TOTAL, RECOMMENDATION,
          CHANGE_DECISION, APPROVED_END_DATE, "decision", "eligible", "score", "decisionFinal",
          "preparers", "reviewers", "applicantUserId"));

  private GrantChangeVariables() {}
}

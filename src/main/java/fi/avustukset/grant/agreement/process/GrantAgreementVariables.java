package fi.avustukset.grant.agreement.process;

import fi.avustukset.grant.agreement.domain.Agreement;

import fi.avustukset.platform.process.StartFields;
import java.util.Set;

/**
 * Process variable names of {@code grant-agreement} (README "Agreement, payment and
 * reporting"). The input variables are set by the caller (grant-application after a final
 * GRANTED decision, or the preparer's start form); the rest are set by the process.
 */
public final class GrantAgreementVariables {

  public static final String PROCESS_KEY = "grant-agreement";

  // Input contract (all set by the caller).
  public static final String APPLICATION_NUMBER = "applicationNumber";
  public static final String CALL_KEY = "callKey";
  public static final String GRANT_TYPE = "grantType";
  public static final String ORGANIZATION_NAME = "organizationName";
  public static final String BUSINESS_ID = "businessId";
  public static final String APPLICANT_GROUP = "applicantGroup";
  public static final String PROJECT_NAME = "projectName";
  public static final String GRANTED_AMOUNT = "grantedAmount";
  public static final String DURATION_YEARS = "durationYears";
  public static final String DECISION_DATE = "decisionDate";

  // Set by the process.
  public static final String AGREEMENT_INITIATOR = "agreementInitiator";
  public static final String AGREEMENT_TYPE = "agreementType";
  public static final String AGREEMENT_TYPE_NAME = "agreementTypeName";
  public static final String INSTALMENT_COUNT = "instalmentCount";
  public static final String AGREEMENT_START = "agreementStart";
  public static final String AGREEMENT_END = "agreementEnd";
  public static final String AGREEMENT_TERMS = "agreementTerms";
  public static final String CONTACT_PERSON = "contactPerson";
  public static final String BANK_ACCOUNT = "bankAccount";
  /** Applicant's answer: {@code ACCEPTED} | {@code CHANGES_REQUESTED}. */
  public static final String AGREEMENT_ACCEPTANCE = "agreementAcceptance";
  public static final String ACCEPTOR_NAME = "acceptorName";
  public static final String ACCEPTANCE_COMMENT = "acceptanceComment";
  /** Service area's answer: {@code SIGNED} | {@code RETURNED}. */
  public static final String AGREEMENT_SIGNATURE = "agreementSignature";
  public static final String SIGNER_NAME = "signerName";
  public static final String SIGNATURE_COMMENT = "signatureComment";

  // One payment instalment (local to an instance of SubProcess_Instalment).
  public static final String LOOP_COUNTER = "loopCounter";
  public static final String INSTALMENT_YEAR = "instalmentYear";
  public static final String INSTALMENT_AMOUNT = "instalmentAmount";
  public static final String INSTALMENT_DUE_DATE = "instalmentDueDate";
  public static final String INSTALMENT_DUE_AT = "instalmentDueAt";
  /** Preparer's confirmation of one instalment: {@code APPROVED}. */
  public static final String PAYMENT_APPROVAL = "paymentApproval";
  public static final String PAYMENT_COMMENT = "paymentComment";
  public static final String PAYMENT_REFERENCE = "paymentReference";

  /**
   * What a start of grant-agreement accepts: its input contract (set by grant-application's call
   * activity, or by the preparer's start form); what the process sets is refused.
   */
  public static final StartFields START_FIELDS = new StartFields(PROCESS_KEY, AGREEMENT_INITIATOR,
      Set.of(APPLICATION_NUMBER, CALL_KEY, GRANT_TYPE, ORGANIZATION_NAME, BUSINESS_ID,
          APPLICANT_GROUP, PROJECT_NAME, GRANTED_AMOUNT, DURATION_YEARS, DECISION_DATE),
      Set.of(AGREEMENT_TYPE, AGREEMENT_TYPE_NAME, INSTALMENT_COUNT, AGREEMENT_START,
          AGREEMENT_END, AGREEMENT_TERMS, CONTACT_PERSON, BANK_ACCOUNT, AGREEMENT_ACCEPTANCE,
          AGREEMENT_SIGNATURE, PAYMENT_APPROVAL, PAYMENT_REFERENCE, "decision", "eligible",
          "score", "decisionFinal", "preparers", "reviewers", "applicantUserId"));

  private GrantAgreementVariables() {}
}

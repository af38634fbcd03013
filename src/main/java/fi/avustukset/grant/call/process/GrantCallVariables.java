package fi.avustukset.grant.call.process;

/** Process variable names of {@code grant-call} (CONTRACT.md "Start of grant-call"). */
public final class GrantCallVariables {

  public static final String PROCESS_KEY = "grant-call";

  public static final String CALL_NAME = "callName";
  public static final String GRANT_TYPE = "grantType";
  public static final String APPROPRIATION = "appropriation";
  public static final String APPLICATION_START = "applicationStart";
  public static final String APPLICATION_DEADLINE = "applicationDeadline";
  public static final String CALL_DESCRIPTION = "callDescription";
  public static final String CALL_INITIATOR = "callInitiator";

  /** Set by the process. */
  public static final String CALL_KEY = "callKey";
  public static final String APPLICATION_OPENS_AT = "applicationOpensAt";
  public static final String APPLICATION_CLOSES_AT = "applicationClosesAt";
  public static final String CALL_APPROVAL = "callApproval";
  public static final String APPROVAL_COMMENT = "approvalComment";

  private GrantCallVariables() {}
}

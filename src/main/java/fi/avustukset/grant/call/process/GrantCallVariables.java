package fi.avustukset.grant.call.process;

import fi.avustukset.platform.process.StartFields;
import java.util.Set;

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

  /** What a start of grant-call accepts (CONTRACT.md "Start of grant-call"). */
  public static final StartFields START_FIELDS = new StartFields(PROCESS_KEY, CALL_INITIATOR,
      Set.of(CALL_NAME, GRANT_TYPE, APPROPRIATION, APPLICATION_START, APPLICATION_DEADLINE),
      Set.of(CALL_KEY, APPLICATION_OPENS_AT, APPLICATION_CLOSES_AT, CALL_APPROVAL,
          APPROVAL_COMMENT, CALL_DESCRIPTION));

  private GrantCallVariables() {}
}

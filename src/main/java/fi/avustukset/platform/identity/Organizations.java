package fi.avustukset.platform.identity;

import fi.avustukset.platform.domain.BusinessId;
import java.util.Optional;

/**
 * An applicant organisation is a Camunda group of type {@link Groups#ORGANIZATION_TYPE} whose
 * id is derived from its Y-tunnus: {@code 1234567-1} → {@code org12345671}. Applicant users
 * belong to {@code applicants} and to their organisation's group; the organisation's tasks are
 * offered to that group only, so applicants see only their own organisation's work.
 */
public final class Organizations {

  private static final String PREFIX = "org";

  public static String groupId(String businessId) {
    if (!BusinessId.isValid(businessId)) {
      throw new IllegalArgumentException("invalid Y-tunnus: " + businessId);
    }
    return PREFIX + businessId.replace("-", "");
  }

  /** The Y-tunnus of an organisation group id, if the id is one. */
  public static Optional<String> businessId(String groupId) {
    if (groupId == null || !groupId.matches(PREFIX + "\\d{8}")) {
      return Optional.empty();
    }
    String digits = groupId.substring(PREFIX.length());
    return Optional.of(digits.substring(0, 7) + "-" + digits.substring(7));
  }

  private Organizations() {}
}

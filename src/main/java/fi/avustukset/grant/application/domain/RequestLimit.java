package fi.avustukset.grant.application.domain;

import fi.avustukset.platform.domain.Euro;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * E9 (DOMAIN.md §3, §6): what is granted, proposed or agreed for an application is at most
 * what it requested. The one home of the rule: the committee's and the board's decision, the
 * preparer's proposal and re-preparation, and the partnership negotiation all ask here.
 */
public final class RequestLimit {

  private RequestLimit() {}

  /**
   * The Finnish refusal when {@code amount} exceeds {@code requested}, for the field the
   * person typed it in; empty when the amount is within the request (or either is missing,
   * which the caller reports in its own words).
   */
  public static Optional<String> violation(BigDecimal amount, BigDecimal requested) {
    if (amount == null || requested == null || amount.compareTo(requested) <= 0) {
      return Optional.empty();
    }
    return Optional.of("enintään haettu summa " + Euro.inFinnish(requested) + " (E9)");
  }

  /**
   * E9 after the decision: a change to a granted project (a budget reallocation of a change
   * application) never brings its budget above what was granted (which is itself at most the
   * request). Empty when within the grant.
   */
  public static Optional<String> grantViolation(BigDecimal amount, BigDecimal granted) {
    if (amount == null || granted == null || amount.compareTo(granted) <= 0) {
      return Optional.empty();
    }
    return Optional.of("enintään myönnetty avustus "
        + fi.avustukset.platform.domain.Euro.of(granted).inFinnish() + " (E9)");
  }
}

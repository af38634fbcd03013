package fi.avustukset.minno.web;

import fi.avustukset.minno.domain.Respondent;
import java.math.BigDecimal;

/**
 * Helpers of the MINNO summary pages (templates {@code minno-summary.html},
 * {@code minno-comparison.html}): the width of an effort bar and the Finnish name of a
 * feedback respondent. The markup is in the templates.
 */
public final class MinnoSummaryPage {

  /** Width of an effort bar: 3 em per workday, at most 30 em; "0" for none. */
  public String bar(BigDecimal days) {
    if (days == null || days.signum() <= 0) {
      return "0";
    }
    return days.multiply(BigDecimal.valueOf(3)).min(BigDecimal.valueOf(30)).stripTrailingZeros()
        .toPlainString() + "em";
  }

  public String respondent(String code) {
    try {
      return Respondent.valueOf(code).finnish();
    } catch (IllegalArgumentException | NullPointerException e) {
      return code;
    }
  }
}

package fi.avustukset.grant.obligation.domain;

import java.math.BigDecimal;

/**
 * Limits of a reclaim (valtionavustuslaki 688/2001 practice, DOMAIN.md §7): the county can
 * reclaim only money it has paid, so all reclaims of an agreement together never exceed what
 * was paid. The unused part of a report (paid − used) is the suggested amount.
 */
public final class ReclaimRules {

  /** Repayment is due this many days after the decision (not in sources; common practice). */
  public static final int REPAYMENT_DAYS = 30;

  /** The most that can still be reclaimed. */
  public static BigDecimal maximum(BigDecimal paidTotal, BigDecimal alreadyReclaimed) {
    return paidTotal.subtract(alreadyReclaimed).max(BigDecimal.ZERO);
  }

  /** What the report leaves unused: paid − used, never negative. */
  public static BigDecimal unused(BigDecimal paidTotal, BigDecimal usedAmount) {
    if (usedAmount == null) {
      return BigDecimal.ZERO;
    }
    return paidTotal.subtract(usedAmount).max(BigDecimal.ZERO);
  }

  /** True when {@code amount} is positive and within what can still be reclaimed. */
  public static boolean allowed(BigDecimal amount, BigDecimal paidTotal,
      BigDecimal alreadyReclaimed) {
    return amount.signum() > 0 && amount.compareTo(maximum(paidTotal, alreadyReclaimed)) <= 0;
  }

  private ReclaimRules() {}
}

package fi.avustukset.grant.payment.domain;

import fi.avustukset.grant.call.domain.GrantType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How a grant is paid (DOMAIN.md §7): an operating or innovation grant as one sum at the
 * start of the agreement; a partnership grant in one instalment per agreement year, due on the
 * first day of that year (not in sources: yearly instalments are the norm). Instalments are
 * split to the cent and always sum to exactly the granted amount — never more.
 */
public final class Instalments {

  /** One planned instalment. */
  public record Instalment(int year, BigDecimal amount, LocalDate dueDate) {}

  public static int count(GrantType type, int durationYears) {
    return type == GrantType.PARTNERSHIP ? durationYears : 1;
  }

  public static List<Instalment> plan(GrantType type, BigDecimal granted, int durationYears,
      LocalDate agreementStart) {
    if (granted == null || granted.signum() <= 0) {
      throw new IllegalArgumentException("granted amount must be positive: " + granted);
    }
    if (durationYears < 1) {
      throw new IllegalArgumentException("duration must be at least one year: " + durationYears);
    }
    int count = count(type, durationYears);
    BigDecimal total = granted.setScale(2, RoundingMode.UNNECESSARY);
    // Equal shares rounded down to the cent; the cents left over go to the first instalments.
    BigDecimal share = total.divide(BigDecimal.valueOf(count), 2, RoundingMode.DOWN);
    int leftoverCents = total.subtract(share.multiply(BigDecimal.valueOf(count)))
        .movePointRight(2).intValueExact();
    List<Instalment> plan = new ArrayList<>();
    for (int year = 1; year <= count; year++) {
      BigDecimal amount = year <= leftoverCents ? share.add(new BigDecimal("0.01")) : share;
      plan.add(new Instalment(year, amount, agreementStart.plusYears(year - 1L)));
    }
    BigDecimal sum = plan.stream().map(Instalment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (sum.compareTo(total) != 0) {
      throw new IllegalStateException("instalments " + sum + " differ from the grant " + total);
    }
    return plan;
  }

  /**
   * The payment rule every instalment passes before money moves: what has been paid plus this
   * instalment never exceeds the grant (DOMAIN.md §5: a grant ≤ its decision).
   */
  public static void checkWithinGrant(BigDecimal granted, BigDecimal alreadyPaid,
      BigDecimal amount) {
    if (amount.signum() <= 0) {
      throw new GrantExceededException("instalment must be positive: " + amount);
    }
    BigDecimal after = alreadyPaid.add(amount);
    if (after.compareTo(granted) > 0) {
      throw new GrantExceededException("paying " + amount + " would bring the total to " + after
          + " €, more than the granted " + granted + " €");
    }
  }

  private Instalments() {}
}

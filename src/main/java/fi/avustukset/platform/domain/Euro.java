package fi.avustukset.platform.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of money in euros as the domain means it: never negative, always in cents (scale
 * 2). {@link #toString()} is the plain amount ({@code 25000.00}) as the refusal texts have always
 * shown it; pages and documents format it for Finnish readers with {@code @fmt.money(…)}
 * ({@code 25 000,00 €}, platform/web/Fmt).
 */
public final class Euro implements Comparable<Euro> {

  public static final Euro ZERO = new Euro(BigDecimal.ZERO);

  private final BigDecimal amount;

  private Euro(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("a negative amount of euros: " + amount);
    }
    this.amount = amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** The amount in euros; refuses null and negatives. Cents beyond two decimals are rounded. */
  public static Euro of(BigDecimal amount) {
    return new Euro(amount);
  }

  /** Like {@link #of(BigDecimal)}, for literals: {@code Euro.of("25000")}. */
  public static Euro of(String amount) {
    return new Euro(new BigDecimal(amount));
  }

  /** Null for a missing amount (a column not yet set), otherwise {@link #of(BigDecimal)}. */
  public static Euro ofNullable(BigDecimal amount) {
    return amount == null ? null : of(amount);
  }

  public BigDecimal amount() {
    return amount;
  }

  public Euro plus(Euro other) {
    return new Euro(amount.add(other.amount));
  }

  /** What is left of this amount after {@code other}; refuses to go below zero. */
  public Euro minus(Euro other) {
    return new Euro(amount.subtract(other.amount));
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean exceeds(Euro other) {
    return compareTo(other) > 0;
  }

  /** The form-friendly number of a process variable (forms and gateways read doubles). */
  public double toDouble() {
    return amount.doubleValue();
  }

  /**
   * The amount as a Finnish reader writes it, for refusal sentences: {@code 25 000,00 €}
   * (no-break spaces, decimal comma) — the same form as {@code @fmt.money} on pages.
   */
  public String inFinnish() {
    return inFinnish(amount);
  }

  /**
   * Any amount of euros as a Finnish reader writes it: {@code 45000} → {@code 45 000,00 €},
   * {@code 1234.5} → {@code 1 234,50 €} (no-break spaces, decimal comma). The one formatter of
   * money in texts that are not pages: task texts in Tasklist, summaries, audit lines, messages.
   */
  public static String inFinnish(BigDecimal amount) {
    return FINNISH.get().format(amount.setScale(2, RoundingMode.HALF_UP)) + "\u00a0€";
  }

  /** One parsed format per thread (a DecimalFormat is not thread-safe; parsing it is costly). */
  private static final ThreadLocal<DecimalFormat> FINNISH = ThreadLocal.withInitial(() -> {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setGroupingSeparator('\u00a0');
    symbols.setDecimalSeparator(',');
    symbols.setMinusSign('-');
    return new DecimalFormat("#,##0.00", symbols);
  });

  /** {@link #inFinnish(BigDecimal)} of a process variable's number (a form's double). */
  public static String inFinnish(Number amount) {
    return inFinnish(amount instanceof BigDecimal d ? d : new BigDecimal(amount.toString()));
  }

  @Override
  public int compareTo(Euro other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Euro e && amount.equals(e.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString();
  }
}

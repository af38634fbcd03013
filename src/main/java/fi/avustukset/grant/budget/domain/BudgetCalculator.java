package fi.avustukset.grant.budget.domain;

import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.grant.payment.domain.Instalments;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The grant budget proposal of one year (DOMAIN.md §5) = (a) partnership grants already agreed
 * for the year + (b) new partnership grants agreed by letter of intent + (c) the operating and
 * innovation grant pool. The sources note this was never tested in the pilot. Free of
 * persistence and Camunda.
 *
 * <p>Years (not in sources): a grant of n years has n grant years, the first beginning on its
 * start date; year i's share is due on the start date's anniversary, exactly as
 * {@link Instalments} plans partnership instalments. So a grant "covers" the calendar years
 * {@code startYear … startYear + n − 1} and its share in each is granted / n, split to the
 * cent as the instalments are. Where the agreement's instalments exist, the instalment(s) due
 * in the year are used instead.
 */
public final class BudgetCalculator {

  /** Where a line's figure comes from. */
  public enum Basis {
    /** The agreement's payment instalment due in the year. */
    AGREEMENT_INSTALMENT("sopimuksen maksuerä"),
    /** The agreement exists with its period but has no instalments yet: its annual share. */
    AGREEMENT_SHARE("sopimuksen vuosiosuus"),
    /** No agreement yet: the decision's annual share from the decision date. */
    DECISION_SHARE("päätöksen vuosiosuus"),
    /** Not decided: the amount agreed in the letter of intent, per year. */
    LETTER_OF_INTENT("aiesopimuksen vuosiosuus");

    private final String finnishName;

    Basis(String finnishName) { this.finnishName = finnishName; }

    public String finnishName() { return finnishName; }
  }

  /**
   * A partnership grant: decided, or pending with a letter of intent. {@code instalmentsByYear}
   * (calendar year of the due date → amount) is empty when no instalments exist.
   */
  public record PartnershipGrant(String applicationNumber, String callKey,
      String organizationName, String projectName, BigDecimal amount, int durationYears,
      LocalDate start, Basis basis, Map<Integer, BigDecimal> instalmentsByYear) {}

  public record Line(String applicationNumber, String callKey, String organizationName,
      String projectName, BigDecimal totalAmount, int durationYears, int firstYear,
      int lastYear, Basis basis, String basisName, BigDecimal amount) {}

  public record Part(String code, String title, List<Line> lines, BigDecimal subtotal) {}

  public record Pool(BigDecimal amount, boolean set, String note, String updatedBy) {}

  public record Proposal(int year, Part partnershipAgreed, Part letterOfIntent,
      Pool operatingInnovationPool, BigDecimal total, String note) {}

  public static final String UNTESTED_NOTE = "Lähteiden mukaan tätä talousarvion laskentatapaa"
      + " (a + b + c) ei testattu pilotissa: tarkista luvut ennen käyttöä.";

  /** First and last calendar year a grant of {@code years} years starting on {@code start} covers. */
  public static int firstYear(LocalDate start) {
    return start.getYear();
  }

  public static int lastYear(LocalDate start, int years) {
    return start.getYear() + years - 1;
  }

  public static boolean covers(LocalDate start, int years, int year) {
    return year >= firstYear(start) && year <= lastYear(start, years);
  }

  /**
   * The share of {@code year}: amount / years, split to the cent like {@link Instalments}
   * (the leftover cents go to the first years); zero when the grant does not cover the year.
   */
  public static BigDecimal annualShare(BigDecimal amount, int years, LocalDate start, int year) {
    if (!covers(start, years, year)) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal cents = amount.setScale(2, RoundingMode.HALF_UP);
    return Instalments.plan(GrantType.PARTNERSHIP, cents, years, start)
        .get(year - firstYear(start)).amount();
  }

  /** The figure of one grant in {@code year}; null when the grant does not touch the year. */
  public static Line line(PartnershipGrant g, int year) {
    BigDecimal amount;
    int first;
    int last;
    if (g.basis() == Basis.AGREEMENT_INSTALMENT) {
      amount = g.instalmentsByYear().get(year);
      first = g.instalmentsByYear().keySet().stream().min(Integer::compare).orElse(year);
      last = g.instalmentsByYear().keySet().stream().max(Integer::compare).orElse(year);
    } else {
      amount = covers(g.start(), g.durationYears(), year)
          ? annualShare(g.amount(), g.durationYears(), g.start(), year) : null;
      first = firstYear(g.start());
      last = lastYear(g.start(), g.durationYears());
    }
    if (amount == null || amount.signum() == 0) {
      return null;
    }
    return new Line(g.applicationNumber(), g.callKey(), g.organizationName(), g.projectName(),
        g.amount(), g.durationYears(), first, last, g.basis(), g.basis().finnishName(),
        amount.setScale(2, RoundingMode.HALF_UP));
  }

  static Part part(String code, String title, List<PartnershipGrant> grants, int year) {
    List<Line> lines = new ArrayList<>();
    for (PartnershipGrant g : grants) {
      Line l = line(g, year);
      if (l != null) {
        lines.add(l);
      }
    }
    lines.sort(Comparator.comparing(Line::applicationNumber));
    return new Part(code, title, List.copyOf(lines), sum(lines));
  }

  public static Proposal propose(int year, List<PartnershipGrant> agreed,
      List<PartnershipGrant> lettersOfIntent, Pool pool) {
    Part a = part("A", "(a) Jo sovitut kumppanuusavustukset", agreed, year);
    Part b = part("B", "(b) Aiesopimuksin sovitut uudet kumppanuusavustukset", lettersOfIntent, year);
    BigDecimal c = pool.amount() == null ? BigDecimal.ZERO.setScale(2) : pool.amount();
    BigDecimal total = a.subtotal().add(b.subtotal()).add(c).setScale(2, RoundingMode.HALF_UP);
    return new Proposal(year, a, b, pool, total, UNTESTED_NOTE);
  }

  static BigDecimal sum(List<Line> lines) {
    return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(2, RoundingMode.HALF_UP);
  }

  private BudgetCalculator() {}
}

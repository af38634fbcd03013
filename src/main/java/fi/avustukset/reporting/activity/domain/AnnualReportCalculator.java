package fi.avustukset.reporting.activity.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Computes the annual report (DOMAIN.md §8) from a year's records. Pure: no database, no
 * engine. Shares are percentages of the year's events with one decimal (an event serves one
 * or more goal levels, so goal-level shares may add up to more than 100 %).
 */
public final class AnnualReportCalculator {

  /** Dates in the report's sentences as Finns write them: 1.3.2018. */
  private static final java.time.format.DateTimeFormatter FINNISH_DATE =
      java.time.format.DateTimeFormatter.ofPattern("d.M.yyyy");

  /** Tolerance for sector shares of contacts that should add up to 100 %. */
  static final BigDecimal SHARE_TOLERANCE = new BigDecimal("1.0");

  /** Everything a report is computed from. */
  public record Inputs(String projectCode, String projectName, String organizationName,
      String programmeCode, int year, List<EventRecord> events, Integer reportedParticipantTotal,
      Integer reportedEventCount, List<ContactFigures> contacts, List<FeedbackRatings> feedback,
      List<SurveyResult> surveys, Function<String, TermInfo> terms) {}

  private AnnualReportCalculator() {}

  public static AnnualReport compute(Inputs in) {
    List<EventRecord> events = in.events();
    int n = events.size();

    Map<EventType, Integer> byType = new EnumMap<>(EventType.class);
    Map<GoalLevel, Integer> byLevel = new EnumMap<>(GoalLevel.class);
    Map<OrganizerRole, Integer> byRole = new EnumMap<>(OrganizerRole.class);
    for (EventType t : EventType.values()) {
      byType.put(t, 0);
    }
    for (GoalLevel l : GoalLevel.values()) {
      byLevel.put(l, 0);
    }
    for (OrganizerRole r : OrganizerRole.values()) {
      byRole.put(r, 0);
    }
    int officials = 0;
    int elected = 0;
    int ngo = 0;
    int privateSector = 0;
    Map<String, Integer> byHeading = new java.util.TreeMap<>();
    Map<String, String> headingNames = new java.util.TreeMap<>();
    Map<String, Integer> byPartner = new java.util.TreeMap<>();
    int unclassified = 0;
    for (EventRecord e : events) {
      byType.merge(e.type(), 1, Integer::sum);
      e.goalLevels().forEach(l -> byLevel.merge(l, 1, Integer::sum));
      byRole.merge(e.organizerRole(), 1, Integer::sum);
      officials += e.officials();
      elected += e.electedOfficials();
      ngo += e.ngoRepresentatives();
      privateSector += e.privateSector();
      TermInfo term = e.termCode() == null || in.terms() == null ? null
          : in.terms().apply(e.termCode());
      if (term == null) {
        unclassified++;
      } else {
        byHeading.merge(term.headingCode(), 1, Integer::sum);
        headingNames.put(term.headingCode(), term.headingName());
        byPartner.merge(term.partner(), 1, Integer::sum);
      }
    }
    int participantTotal = officials + elected + ngo + privateSector;

    List<AnnualReport.Discrepancy> discrepancies = new ArrayList<>();
    if (in.reportedParticipantTotal() != null && in.reportedParticipantTotal() != participantTotal) {
      discrepancies.add(discrepancy("participantTotal", in.reportedParticipantTotal(),
          participantTotal, "Ilmoitettu osallistujamäärä " + grouped(in.reportedParticipantTotal())
              + " poikkeaa sektoreittain kirjattujen osallistujien summasta "
              + grouped(participantTotal)));
    }
    if (in.reportedEventCount() != null && in.reportedEventCount() != n) {
      discrepancies.add(discrepancy("eventCount", in.reportedEventCount(), n,
          "Ilmoitettu tapahtumamäärä " + grouped(in.reportedEventCount())
              + " poikkeaa kirjattujen tapahtumien määrästä " + grouped(n)));
    }

    AnnualReport.Contacts contacts = contacts(in.contacts(), discrepancies);

    Map<String, AnnualReport.FeedbackMean> feedback = new LinkedHashMap<>();
    for (GoalLevel level : GoalLevel.values()) {
      int responses = 0;
      int sum = 0;
      for (FeedbackRatings f : in.feedback()) {
        if (f.goalLevel() == level) {
          responses += f.responses();
          sum += f.sum();
        }
      }
      if (responses > 0) {
        feedback.put(level.name(), new AnnualReport.FeedbackMean(responses,
            BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP)));
      }
    }

    return new AnnualReport(in.projectCode(), in.projectName(), in.organizationName(),
        in.programmeCode(), in.year(), n,
        names(byType), names(byLevel), shares(byLevel, n), names(byRole), shares(byRole, n),
        new AnnualReport.Participants(officials, elected, ngo, privateSector), participantTotal,
        in.reportedParticipantTotal(), in.reportedEventCount(), byHeading, headingNames, byPartner,
        unclassified, contacts, feedback, List.copyOf(in.surveys()), discrepancies);
  }

  /** {@code count} as a percentage of {@code of}, one decimal, half up; 0.0 when of = 0. */
  public static BigDecimal percent(long count, long of) {
    if (of == 0) {
      return BigDecimal.ZERO.setScale(1);
    }
    return BigDecimal.valueOf(count * 100).divide(BigDecimal.valueOf(of), 1, RoundingMode.HALF_UP);
  }

  private static AnnualReport.Contacts contacts(List<ContactFigures> periods,
      List<AnnualReport.Discrepancy> discrepancies) {
    if (periods.isEmpty()) {
      return null;
    }
    int phone = 0;
    int text = 0;
    int network = 0;
    int personal = 0;
    BigDecimal[] weighted = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
    long weight = 0;
    for (ContactFigures c : periods) {
      phone += c.phoneCalls();
      text += c.textMessages();
      network += c.networkEmails();
      personal += c.personalEmails();
      if (c.hasShares()) {
        BigDecimal[] shares = {nz(c.publicSectorShare()), nz(c.ngoShare()),
            nz(c.privateSectorShare()), nz(c.individualsShare())};
        BigDecimal sum = shares[0].add(shares[1]).add(shares[2]).add(shares[3]);
        if (sum.subtract(BigDecimal.valueOf(100)).abs().compareTo(SHARE_TOLERANCE) > 0) {
          discrepancies.add(new AnnualReport.Discrepancy("contacts.targetSectorShare",
              BigDecimal.valueOf(100), sum, sum.subtract(BigDecimal.valueOf(100)),
              "Yhteydenottojen kohdesektorien osuudet jaksolla "
                  + FINNISH_DATE.format(c.periodStart()) + "–" + FINNISH_DATE.format(c.periodEnd())
                  + " ovat yhteensä " + sum.stripTrailingZeros().toPlainString().replace('.', ',')
                  + " %, eivät 100 %"));
        }
        // A year of several periods: shares weighted by each period's e-mails (the split
        // the source reports is of e-mail contacts); a period without e-mails weighs 1.
        long w = Math.max(1, c.networkEmails() + c.personalEmails());
        for (int i = 0; i < 4; i++) {
          weighted[i] = weighted[i].add(shares[i].multiply(BigDecimal.valueOf(w)));
        }
        weight += w;
      }
    }
    Map<String, BigDecimal> share = new LinkedHashMap<>();
    if (weight > 0) {
      String[] names = {"publicSector", "ngo", "privateSector", "individuals"};
      for (int i = 0; i < 4; i++) {
        share.put(names[i], weighted[i].divide(BigDecimal.valueOf(weight), 1, RoundingMode.HALF_UP));
      }
    }
    return new AnnualReport.Contacts(periods.size(), phone, text, network, personal,
        phone + text + network + personal, share, List.copyOf(periods));
  }

  private static BigDecimal nz(BigDecimal d) {
    return d == null ? BigDecimal.ZERO : d;
  }

  private static AnnualReport.Discrepancy discrepancy(String figure, int reported, int computed,
      String message) {
    return new AnnualReport.Discrepancy(figure, BigDecimal.valueOf(reported),
        BigDecimal.valueOf(computed), BigDecimal.valueOf((long) reported - computed), message);
  }

  private static <E extends Enum<E>> Map<String, Integer> names(Map<E, Integer> counts) {
    Map<String, Integer> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k.name(), v));
    return out;
  }

  private static <E extends Enum<E>> Map<String, BigDecimal> shares(Map<E, Integer> counts,
      int of) {
    Map<String, BigDecimal> out = new LinkedHashMap<>();
    counts.forEach((k, v) -> out.put(k.name(), percent(v, of)));
    return out;
  }

  /** A count for a Finnish reader: thousands separated by a no-break space (5 740). */
  static String grouped(long n) {
    String digits = Long.toString(Math.abs(n));
    StringBuilder out = new StringBuilder(n < 0 ? "−" : "");
    for (int i = 0; i < digits.length(); i++) {
      if (i > 0 && (digits.length() - i) % 3 == 0) {
        out.append('\u00A0');
      }
      out.append(digits.charAt(i));
    }
    return out.toString();
  }
}

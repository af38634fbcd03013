package fi.avustukset.grant.obligation.domain;

import fi.avustukset.platform.domain.Euro;
import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.grant.payment.domain.PaymentService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reporting obligation of a signed agreement (E10, DOMAIN.md §7): one report per agreement
 * year, reminders, late marking, submission, review and reclaim decisions.
 */
@Service
@Transactional
public class ReportObligationService {

  /** Outcomes of the preparer's review. */
  public enum ReviewOutcome {
    ACCEPTED, COMPLETION_REQUESTED,
    /** The report is accepted as a report, but funds are to be reclaimed. */
    RECLAIM
  }

  private final ReportObligationRepository reports;
  private final ReclaimDecisionRepository reclaims;
  private final AgreementService agreements;
  private final PaymentService payments;
  private final Clock clock;

  public ReportObligationService(ReportObligationRepository reports,
      ReclaimDecisionRepository reclaims, AgreementService agreements, PaymentService payments,
      Clock clock) {
    this.reports = reports;
    this.reclaims = reclaims;
    this.agreements = agreements;
    this.payments = payments;
    this.clock = clock;
  }

  /** Creates one report per agreement year; idempotent. */
  public List<ReportObligation> plan(String applicationNumber) {
    List<ReportObligation> existing = reports.findByApplicationNumberOrderByYear(applicationNumber);
    if (!existing.isEmpty()) {
      return existing;
    }
    Agreement agreement = agreements.get(applicationNumber);
    for (int year = 1; year <= agreement.getDurationYears(); year++) {
      reports.save(new ReportObligation(applicationNumber, ReportSchedule.forYear(
          agreement.getStartDate(), year, agreement.getDurationYears())));
    }
    return reports.findByApplicationNumberOrderByYear(applicationNumber);
  }

  /**
   * An accepted period extension: the final report's period ends on {@code newEnd} and its due
   * date follows (ReportSchedule.extendedFinal). Only while that report has not opened yet
   * (its period has not ended): afterwards the applicant is already reporting (409).
   */
  public ReportObligation extendFinalPeriod(String applicationNumber, LocalDate newEnd) {
    ReportObligation last = reports.findByApplicationNumberOrderByYear(applicationNumber).stream()
        .filter(ReportObligation::isFinalReport).findFirst()
        .orElseThrow(() -> new NotFoundException("Sopimuksella " + applicationNumber
            + " ei ole loppuraporttia"));
    if (last.getStatus() != ReportStatus.DUE || LocalDate.now(clock).isAfter(last.getPeriodEnd())) {
      throw new ConflictException("Sopimuksen " + applicationNumber + " viimeinen kausi on jo"
          + " päättynyt ja loppuraportti on avautunut; kautta ei voi enää pidentää");
    }
    last.reschedule(ReportSchedule.extendedFinal(last.entry(), newEnd));
    return last;
  }

  @Transactional(readOnly = true)
  public ReportObligation report(String applicationNumber, int year) {
    return reports.findByApplicationNumberAndYear(applicationNumber, year)
        .orElseThrow(() -> new NotFoundException("Sopimuksella " + applicationNumber
            + " ei ole raporttia vuodelta " + year));
  }

  @Transactional(readOnly = true)
  public List<ReportObligation> of(String applicationNumber) {
    return reports.findByApplicationNumberOrderByYear(applicationNumber);
  }

  /** Records a reminder sent to the applicant. */
  public ReportObligation remind(String applicationNumber, int year) {
    ReportObligation report = report(applicationNumber, year);
    report.remind(today());
    return report;
  }

  /** The due date passed: late, unless the report has already come in. */
  public boolean markLate(String applicationNumber, int year) {
    return report(applicationNumber, year).markLate();
  }

  /** The applicant's report: figures of the year and a free-text account. */
  public ReportObligation submit(String applicationNumber, int year, Object usedAmount,
      Object eventCount, Object participantCount, String summary, String userId) {
    ReportObligation report = report(applicationNumber, year);
    if (!EnumSet.of(ReportStatus.DUE, ReportStatus.LATE, ReportStatus.COMPLETION_REQUESTED)
        .contains(report.getStatus())) {
      throw new ConflictException("Raportti " + year + " on tilassa " + report.getStatus());
    }
    Agreement agreement = agreements.get(applicationNumber);
    List<FieldError> errors = new ArrayList<>();
    BigDecimal used = parse(errors, "usedAmount", () -> Values.decimal(usedAmount));
    if (used == null) {
      addOnce(errors, "usedAmount", "käytetty avustus puuttuu");
    } else if (used.signum() < 0 || used.compareTo(agreement.getGrantedAmount()) > 0) {
      errors.add(new FieldError("usedAmount", "käytetyn avustuksen on oltava 0–"
          + Euro.inFinnish(agreement.getGrantedAmount())));
    }
    Integer events = count(errors, "eventCount", eventCount, 100_000, "tapahtumien määrä");
    Integer participants = count(errors, "participantCount", participantCount, 10_000_000,
        "osallistujamäärä");
    String text = Values.text(summary);
    if (text == null) {
      errors.add(new FieldError("activitySummary", "toiminnan kuvaus puuttuu"));
    } else if (text.length() > 4000) {
      errors.add(new FieldError("activitySummary", "enintään 4000 merkkiä"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    report.submit(used.setScale(2, java.math.RoundingMode.HALF_UP), events, participants, text,
        userId, today());
    return report;
  }

  /** The preparer's review; a comment is needed unless the report is simply accepted. */
  public ReportObligation review(String applicationNumber, int year, String outcome,
      String comment, String userId) {
    ReportObligation report = report(applicationNumber, year);
    if (report.getStatus() != ReportStatus.SUBMITTED) {
      throw new ConflictException("Raportti " + year + " ei odota tarkastusta ("
          + report.getStatus() + ")");
    }
    ReviewOutcome result;
    try {
      result = ReviewOutcome.valueOf(String.valueOf(outcome));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("reportReview",
          "sallitut arvot: ACCEPTED, COMPLETION_REQUESTED, RECLAIM");
    }
    String text = Values.text(comment);
    if (result != ReviewOutcome.ACCEPTED && text == null) {
      throw new InvalidInputException("reviewComment", result == ReviewOutcome.RECLAIM
          ? "perustele takaisinperinnän esitys" : "kerro, mitä raporttiin pitää täydentää");
    }
    if (text != null && text.length() > 2000) {
      throw new InvalidInputException("reviewComment", "enintään 2000 merkkiä");
    }
    if (result == ReviewOutcome.COMPLETION_REQUESTED) {
      report.requestCompletion(userId, text, ReportSchedule.completionDue(today()));
    } else {
      report.accept(userId, text, today());
    }
    return report;
  }

  /** What may still be reclaimed and what the report leaves unused. */
  public record ReclaimBasis(BigDecimal paidTotal, BigDecimal alreadyReclaimed,
      BigDecimal maximum, BigDecimal unused) {}

  @Transactional(readOnly = true)
  public ReclaimBasis reclaimBasis(String applicationNumber, int year) {
    BigDecimal paid = payments.paidTotal(applicationNumber);
    BigDecimal reclaimed = reclaimedTotal(applicationNumber);
    ReportObligation report = report(applicationNumber, year);
    BigDecimal maximum = ReclaimRules.maximum(paid, reclaimed);
    return new ReclaimBasis(paid, reclaimed, maximum,
        ReclaimRules.unused(paid, report.getUsedAmount()).min(maximum));
  }

  /**
   * The preparer's reclaim decision (takaisinperintä): amount ≤ paid − already reclaimed,
   * at least one ground, and reasons.
   */
  public ReclaimDecision decideReclaim(String applicationNumber, int year, Object amount,
      Object grounds, String reasons, String userId) {
    report(applicationNumber, year);
    List<FieldError> errors = new ArrayList<>();
    BigDecimal sum = parse(errors, "reclaimAmount", () -> Values.decimal(amount));
    ReclaimBasis basis = reclaimBasis(applicationNumber, year);
    if (sum == null) {
      addOnce(errors, "reclaimAmount", "takaisin perittävä summa puuttuu");
    } else if (!ReclaimRules.allowed(sum, basis.paidTotal(), basis.alreadyReclaimed())) {
      errors.add(new FieldError("reclaimAmount", "summan on oltava 0,01–"
          + Euro.inFinnish(basis.maximum()) + " (maksettu " + Euro.inFinnish(basis.paidTotal())
          + ", jo peritty " + Euro.inFinnish(basis.alreadyReclaimed()) + ")"));
    }
    Set<ReclaimGround> parsedGrounds = grounds(errors, grounds);
    String text = Values.text(reasons);
    if (text == null) {
      errors.add(new FieldError("reclaimReasons", "perustelut puuttuvat"));
    } else if (text.length() > 4000) {
      errors.add(new FieldError("reclaimReasons", "enintään 4000 merkkiä"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String codes = parsedGrounds.stream().map(Enum::name).collect(Collectors.joining(","));
    return reclaims.save(new ReclaimDecision(applicationNumber, year,
        sum.setScale(2, java.math.RoundingMode.HALF_UP), basis.paidTotal(), codes, text,
        today().plusDays(ReclaimRules.REPAYMENT_DAYS), userId, today()));
  }

  @Transactional(readOnly = true)
  public List<ReclaimDecision> reclaimsOf(String applicationNumber) {
    return reclaims.findByApplicationNumberOrderById(applicationNumber);
  }

  @Transactional(readOnly = true)
  public BigDecimal reclaimedTotal(String applicationNumber) {
    return reclaimsOf(applicationNumber).stream().map(ReclaimDecision::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static Set<ReclaimGround> grounds(List<FieldError> errors, Object value) {
    Set<ReclaimGround> result = new LinkedHashSet<>();
    List<String> codes = new ArrayList<>();
    if (value instanceof Iterable<?> items) {
      items.forEach(i -> codes.add(String.valueOf(i)));
    } else if (value != null) {
      for (String part : value.toString().replace("[", "").replace("]", "").replace("\"", "")
          .split(",")) {
        if (!part.isBlank()) {
          codes.add(part.trim());
        }
      }
    }
    try {
      codes.forEach(c -> result.add(ReclaimGround.valueOf(c)));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("reclaimGrounds", "sallitut arvot: UNUSED, MISUSED,"
          + " INCORRECT_INFORMATION, CONDITIONS_BREACHED"));
      return result;
    }
    if (result.isEmpty()) {
      errors.add(new FieldError("reclaimGrounds", "valitse vähintään yksi peruste"));
    }
    return result;
  }

  private static Integer count(List<FieldError> errors, String field, Object value, int max,
      String what) {
    Integer n = parse(errors, field, () -> Values.integer(value));
    if (n == null) {
      addOnce(errors, field, what + " puuttuu");
    } else if (n < 0 || n > max) {
      errors.add(new FieldError(field, what + ": 0–" + max));
      return null;
    }
    return n;
  }

  private static void addOnce(List<FieldError> errors, String field, String message) {
    if (errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new FieldError(field, message));
    }
  }

  private static <T> T parse(List<FieldError> errors, String field, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }
}

package fi.avustukset.grant.obligation.domain;

import fi.avustukset.grant.agreement.domain.AgreementTerms;
import java.time.LocalDate;

/**
 * When reports are due (E10: a report for every granted year) and when the applicant is
 * reminded. The rule (not in sources; usual Finnish grant practice, e.g. STEA's annual report
 * some months after the year):
 * <ul>
 *   <li>agreement year n runs from start + (n−1) years to start + n years − 1 day;</li>
 *   <li>its report can be submitted from the day after the year ends and is due
 *       {@value #MONTHS_AFTER_YEAR} months after the year's last day;</li>
 *   <li>the report of the last year is the final report (loppuraportti) of the agreement;</li>
 *   <li>the applicant is reminded {@value #REMIND_DAYS_BEFORE} days before the due date, the
 *       report is late from the day after it, and {@value #ESCALATE_DAYS_AFTER} days after it
 *       the applicant is reminded again and the preparer is asked to follow up;</li>
 *   <li>when the preparer asks for completion, the completed report is due in
 *       {@value #COMPLETION_DAYS} days, with the same reminders.</li>
 * </ul>
 */
public final class ReportSchedule {

  public static final int MONTHS_AFTER_YEAR = 2;
  public static final int REMIND_DAYS_BEFORE = 14;
  public static final int ESCALATE_DAYS_AFTER = 7;
  public static final int COMPLETION_DAYS = 21;

  /** The report of one agreement year. */
  public record Entry(int year, boolean finalReport, LocalDate periodStart, LocalDate periodEnd,
      LocalDate dueDate) {

    /** First day on which the report can be submitted. */
    public LocalDate opensOn() {
      return periodEnd.plusDays(1);
    }
  }

  /** The applicant's deadlines for one round of submission. */
  public record Deadlines(LocalDate dueDate, LocalDate remindOn, LocalDate lateFrom,
      LocalDate escalateOn) {

    public static Deadlines forDueDate(LocalDate dueDate) {
      LocalDate remind = dueDate.minusDays(REMIND_DAYS_BEFORE);
      return new Deadlines(dueDate, remind, dueDate.plusDays(1),
          dueDate.plusDays(ESCALATE_DAYS_AFTER));
    }
  }

  public static Entry forYear(LocalDate agreementStart, int year, int durationYears) {
    if (year < 1 || year > durationYears) {
      throw new IllegalArgumentException("agreement year " + year + " not in 1.." + durationYears);
    }
    LocalDate end = AgreementTerms.yearEnd(agreementStart, year);
    return new Entry(year, year == durationYears, AgreementTerms.yearStart(agreementStart, year),
        end, end.plusMonths(MONTHS_AFTER_YEAR));
  }

  /**
   * A period extension (an accepted change application) moves the agreement's last day: the
   * last agreement year — and so the final report's period — then ends on {@code newEnd}
   * (not in sources: the number of reports stays, the final report covers the longer last
   * period), and the report is due {@value #MONTHS_AFTER_YEAR} months after it.
   */
  public static Entry extendedFinal(Entry last, LocalDate newEnd) {
    return new Entry(last.year(), true, last.periodStart(), newEnd,
        newEnd.plusMonths(MONTHS_AFTER_YEAR));
  }

  /** Deadline of a completed report asked for on {@code today}. */
  public static LocalDate completionDue(LocalDate today) {
    return today.plusDays(COMPLETION_DAYS);
  }

  private ReportSchedule() {}
}

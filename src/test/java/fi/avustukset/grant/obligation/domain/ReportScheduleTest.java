package fi.avustukset.grant.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** E10: a report per agreement year, due 2 months after it; reminders −14/+7 days; reclaim ≤ paid. */
class ReportScheduleTest {

  static final LocalDate START = LocalDate.of(2027, 4, 1);

  @Test
  void eachAgreementYearsReportIsDueTwoMonthsAfterTheYearEnds() {
    ReportSchedule.Entry first = ReportSchedule.forYear(START, 1, 3);
    ReportSchedule.Entry third = ReportSchedule.forYear(START, 3, 3);

    assertThat(first.periodStart()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(first.periodEnd()).isEqualTo(LocalDate.of(2028, 3, 31));
    assertThat(first.opensOn()).isEqualTo(LocalDate.of(2028, 4, 1));
    assertThat(first.dueDate()).isEqualTo(LocalDate.of(2028, 5, 31));
    assertThat(first.finalReport()).isFalse();
    assertThat(third.periodStart()).isEqualTo(LocalDate.of(2029, 4, 1));
    assertThat(third.dueDate()).isEqualTo(LocalDate.of(2030, 5, 31));
    assertThat(third.finalReport()).as("the last year's report is the final report").isTrue();
  }

  @Test
  void aCalendarYearAgreementReportsByTheEndOfFebruary() {
    ReportSchedule.Entry entry = ReportSchedule.forYear(LocalDate.of(2027, 1, 1), 1, 1);

    assertThat(entry.periodEnd()).isEqualTo(LocalDate.of(2027, 12, 31));
    assertThat(entry.dueDate()).isEqualTo(LocalDate.of(2028, 2, 29)); // leap year
    assertThat(entry.finalReport()).isTrue();
  }

  @Test
  void applicantIsRemindedTwoWeeksBeforeAndTheReportEscalatesAWeekAfterTheDueDate() {
    ReportSchedule.Deadlines d = ReportSchedule.Deadlines.forDueDate(LocalDate.of(2028, 5, 31));

    assertThat(d.remindOn()).isEqualTo(LocalDate.of(2028, 5, 17));
    assertThat(d.lateFrom()).isEqualTo(LocalDate.of(2028, 6, 1));
    assertThat(d.escalateOn()).isEqualTo(LocalDate.of(2028, 6, 7));
  }

  @Test
  void completedReportIsDueInThreeWeeks() {
    assertThat(ReportSchedule.completionDue(LocalDate.of(2028, 6, 10))).isEqualTo(LocalDate.of(2028, 7, 1));
  }

  @Test
  void thereIsNoReportOutsideTheAgreementYears() {
    assertThatThrownBy(() -> ReportSchedule.forYear(START, 0, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ReportSchedule.forYear(START, 3, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reclaimNeverExceedsWhatWasPaidLessEarlierReclaims() {
    BigDecimal paid = new BigDecimal("20000.00");

    assertThat(ReclaimRules.allowed(new BigDecimal("20000.00"), paid, BigDecimal.ZERO)).isTrue();
    assertThat(ReclaimRules.allowed(new BigDecimal("20000.01"), paid, BigDecimal.ZERO)).isFalse();
    assertThat(ReclaimRules.allowed(new BigDecimal("5000.00"), paid, new BigDecimal("16000.00"))).isFalse();
    assertThat(ReclaimRules.allowed(new BigDecimal("4000.00"), paid, new BigDecimal("16000.00"))).isTrue();
    assertThat(ReclaimRules.allowed(BigDecimal.ZERO, paid, BigDecimal.ZERO)).isFalse();
    assertThat(ReclaimRules.maximum(paid, new BigDecimal("25000"))).isEqualByComparingTo("0");
  }

  @Test
  void unusedAmountIsPaidLessUsedAndNeverNegative() {
    BigDecimal paid = new BigDecimal("20000.00");

    assertThat(ReclaimRules.unused(paid, new BigDecimal("16000"))).isEqualByComparingTo("4000");
    assertThat(ReclaimRules.unused(paid, new BigDecimal("21000"))).isEqualByComparingTo("0");
    assertThat(ReclaimRules.unused(paid, null)).isEqualByComparingTo("0");
  }
}

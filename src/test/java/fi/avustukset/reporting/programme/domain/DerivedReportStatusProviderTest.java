package fi.avustukset.reporting.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DerivedReportStatusProviderTest {

  @Test
  void recordedYearIsSubmittedWhateverTheDate() {
    assertThat(DerivedReportStatusProvider.derive(true, 2018, LocalDate.of(2030, 1, 1)))
        .isEqualTo(ReportStatus.SUBMITTED);
  }

  @Test
  void nothingRecordedIsLateOnlyAfterThirtiethOfAprilOfTheNextYear() {
    assertThat(DerivedReportStatusProvider.derive(false, 2018, LocalDate.of(2019, 4, 30)))
        .isEqualTo(ReportStatus.NOT_DUE);
    assertThat(DerivedReportStatusProvider.derive(false, 2018, LocalDate.of(2019, 5, 1)))
        .isEqualTo(ReportStatus.LATE);
    assertThat(DerivedReportStatusProvider.derive(false, 2018, LocalDate.of(2018, 6, 1)))
        .isEqualTo(ReportStatus.NOT_DUE);
  }
}

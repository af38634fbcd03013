package fi.avustukset.grant.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.*;

import fi.avustukset.reporting.programme.domain.DerivedReportStatusProvider;
import fi.avustukset.reporting.programme.domain.ReportStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The programme view's report status from the obligation's records (E10). */
class AgreementReportStatusProviderTest {

  static final String APPLICATION = "2027-KU-1-0003";
  static final LocalDate START = LocalDate.of(2027, 1, 1);

  ReportObligationRepository repository = mock(ReportObligationRepository.class);
  DerivedReportStatusProvider derived = mock(DerivedReportStatusProvider.class);

  AgreementReportStatusProvider at(String instant) {
    return new AgreementReportStatusProvider(repository, derived,
        Clock.fixed(Instant.parse(instant), ZoneId.of("Europe/Helsinki")));
  }

  ReportObligation report(int year) {
    return new ReportObligation(APPLICATION, ReportSchedule.forYear(START, year, 2));
  }

  @Test
  void calendarYearMapsToTheAgreementYearCoveringIt() {
    ReportObligation first = report(1);
    ReportObligation second = report(2);
    second.markLate();
    when(repository.findByApplicationNumberOrderByYear(APPLICATION)).thenReturn(List.of(first, second));
    AgreementReportStatusProvider provider = at("2029-03-10T10:00:00Z");

    assertThat(provider.status(APPLICATION, 2027)).isEqualTo(ReportStatus.LATE); // due 2028-02-29, still DUE
    assertThat(provider.status(APPLICATION, 2028)).isEqualTo(ReportStatus.LATE);
    verifyNoInteractions(derived);
  }

  @Test
  void obligationStatusesMapToTheProgrammeViewsFour() {
    ReportObligation r = report(1);
    LocalDate before = LocalDate.of(2028, 1, 15);
    LocalDate after = LocalDate.of(2028, 3, 1);

    assertThat(AgreementReportStatusProvider.map(r, before)).isEqualTo(ReportStatus.NOT_DUE);
    assertThat(AgreementReportStatusProvider.map(r, after)).isEqualTo(ReportStatus.LATE);
    r.submit(java.math.BigDecimal.TEN, 1, 1, "x", "applicant1", before);
    assertThat(AgreementReportStatusProvider.map(r, after)).isEqualTo(ReportStatus.SUBMITTED);
    r.requestCompletion("secretary", "Täydennä", LocalDate.of(2028, 3, 21));
    assertThat(AgreementReportStatusProvider.map(r, after)).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(AgreementReportStatusProvider.map(r, LocalDate.of(2028, 3, 22))).isEqualTo(ReportStatus.LATE);
    r.submit(java.math.BigDecimal.TEN, 1, 1, "x", "applicant1", after);
    r.accept("secretary", null, after);
    assertThat(AgreementReportStatusProvider.map(r, after)).isEqualTo(ReportStatus.ACCEPTED);
  }

  @Test
  void projectsWithoutAnAgreementFallBackToTheDerivedStatus() {
    when(repository.findByApplicationNumberOrderByYear("JSH-113")).thenReturn(List.of());
    when(derived.status("JSH-113", 2018)).thenReturn(ReportStatus.SUBMITTED);

    assertThat(at("2019-06-01T10:00:00Z").status("JSH-113", 2018)).isEqualTo(ReportStatus.SUBMITTED);
  }

  @Test
  void yearsOutsideTheAgreementFallBackToo() {
    when(repository.findByApplicationNumberOrderByYear(APPLICATION)).thenReturn(List.of(report(1), report(2)));
    when(derived.status(APPLICATION, 2030)).thenReturn(ReportStatus.NOT_DUE);

    assertThat(at("2030-06-01T10:00:00Z").status(APPLICATION, 2030)).isEqualTo(ReportStatus.NOT_DUE);
  }
}

package fi.avustukset.grant.obligation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.grant.payment.domain.PaymentService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report's life (E10) and reclaim decisions (688/2001 practice): plain JUnit, no engine. */
class ReportObligationServiceTest {

  static final String APPLICATION = "2027-TI-1-0007";

  ReportObligationRepository reports = mock(ReportObligationRepository.class);
  ReclaimDecisionRepository reclaims = mock(ReclaimDecisionRepository.class);
  AgreementService agreements = mock(AgreementService.class);
  PaymentService payments = mock(PaymentService.class);
  Clock clock = Clock.fixed(Instant.parse("2028-05-20T08:00:00Z"), ZoneId.of("Europe/Helsinki"));
  ReportObligationService service = new ReportObligationService(reports, reclaims, agreements,
      payments, clock);
  ReportObligation report = new ReportObligation(APPLICATION,
      ReportSchedule.forYear(LocalDate.of(2027, 4, 1), 1, 1));
  List<ReclaimDecision> decided = new ArrayList<>();

  @BeforeEach
  void records() {
    Agreement agreement = mock(Agreement.class);
    when(agreement.getGrantedAmount()).thenReturn(new BigDecimal("20000.00"));
    when(agreements.get(APPLICATION)).thenReturn(agreement);
    when(reports.findByApplicationNumberAndYear(APPLICATION, 1)).thenReturn(Optional.of(report));
    when(payments.paidTotal(APPLICATION)).thenReturn(new BigDecimal("20000.00"));
    when(reclaims.findByApplicationNumberOrderById(APPLICATION)).thenAnswer(inv -> decided);
    when(reclaims.save(any())).thenAnswer(inv -> {
      decided.add(inv.getArgument(0));
      return inv.getArgument(0);
    });
  }

  @Test
  void lateReportStaysFlaggedLateAfterItIsSubmitted() {
    assertThat(service.markLate(APPLICATION, 1)).isTrue();
    assertThat(report.getStatus()).isEqualTo(ReportStatus.LATE);

    service.submit(APPLICATION, 1, 16000, 42, 610L, "Vertaisryhmiä", "applicant1");

    assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
    assertThat(report.isLate()).isTrue();
    assertThat(service.markLate(APPLICATION, 1)).as("a submitted report is not late").isFalse();
  }

  @Test
  void submissionNeedsFiguresWithinTheGrantAndAnAccount() {
    assertThatThrownBy(() -> service.submit(APPLICATION, 1, 25000, -1, null, " ", "applicant1"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
            .containsExactlyInAnyOrder("usedAmount", "eventCount", "participantCount", "activitySummary"));
    assertThat(report.getStatus()).isEqualTo(ReportStatus.DUE);
  }

  @Test
  void completionRequestSetsAThreeWeekDeadlineAndNeedsAReason() {
    service.submit(APPLICATION, 1, 16000, 42, 610, "Vertaisryhmiä", "applicant1");
    assertThatThrownBy(() -> service.review(APPLICATION, 1, "COMPLETION_REQUESTED", "", "secretary"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reviewComment");

    service.review(APPLICATION, 1, "COMPLETION_REQUESTED", "Liitä kuluerittely", "secretary");

    assertThat(report.getStatus()).isEqualTo(ReportStatus.COMPLETION_REQUESTED);
    assertThat(report.currentDueDate()).isEqualTo(LocalDate.of(2028, 6, 10));
    assertThat(report.getCompletionCount()).isEqualTo(1);
  }

  @Test
  void reclaimSuggestsTheUnusedPartAndNeverExceedsWhatWasPaid() {
    service.submit(APPLICATION, 1, 16000, 42, 610, "Vertaisryhmiä", "applicant1");
    service.review(APPLICATION, 1, "RECLAIM", "4 000 € käyttämättä", "secretary");
    assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
    assertThat(service.reclaimBasis(APPLICATION, 1).unused()).isEqualByComparingTo("4000.00");

    assertThatThrownBy(() -> service.decideReclaim(APPLICATION, 1, 20000.01, List.of("UNUSED"),
        "Käyttämätön osuus", "secretary")).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("reclaimAmount");
    ReclaimDecision decision = service.decideReclaim(APPLICATION, 1, 4000, "[\"UNUSED\",\"MISUSED\"]",
        "Käyttämätön osuus", "secretary");

    assertThat(decision.getAmount()).isEqualByComparingTo("4000.00");
    assertThat(decision.getGrounds()).isEqualTo("UNUSED,MISUSED");
    assertThat(decision.getDueDate()).isEqualTo(LocalDate.of(2028, 6, 19));
    assertThatThrownBy(() -> service.decideReclaim(APPLICATION, 1, 16000.01, List.of("MISUSED"),
        "Lisää", "secretary")).as("16 000 € left to reclaim").isInstanceOf(InvalidInputException.class);
  }

  @Test
  void reclaimNeedsAKnownGroundAndReasons() {
    assertThatThrownBy(() -> service.decideReclaim(APPLICATION, 1, 100, List.of(), "", "secretary"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
            .containsExactlyInAnyOrder("reclaimGrounds", "reclaimReasons"));
    assertThatThrownBy(() -> service.decideReclaim(APPLICATION, 1, 100, List.of("LOST"), "x", "secretary"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("reclaimGrounds");
    verify(reclaims, never()).save(any());
  }
}

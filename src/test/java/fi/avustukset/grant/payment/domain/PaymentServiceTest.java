package fi.avustukset.grant.payment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.platform.errors.ConflictException;
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

/** Paying instalments (DOMAIN.md §7): approved first, never twice, never over the grant. */
class PaymentServiceTest {

  static final String APPLICATION = "2027-KU-1-0003";

  PaymentRepository repository = mock(PaymentRepository.class);
  AgreementService agreements = mock(AgreementService.class);
  PaymentGateway gateway = mock(PaymentGateway.class);
  Clock clock = Clock.fixed(Instant.parse("2027-04-01T08:00:00Z"), ZoneId.of("Europe/Helsinki"));
  PaymentService service = new PaymentService(repository, agreements, gateway, clock);
  Agreement agreement = mock(Agreement.class);
  List<PaymentInstalment> stored = new ArrayList<>();

  @BeforeEach
  void agreement() {
    when(agreement.getGrantedAmount()).thenReturn(new BigDecimal("60000.00"));
    when(agreement.getOrganizationName()).thenReturn("Savon Mielenterveysyhdistys ry");
    when(agreement.getBusinessId()).thenReturn("1234567-1");
    when(agreement.getBankAccount()).thenReturn("FI2112345600000785");
    when(agreements.get(APPLICATION)).thenReturn(agreement);
    when(repository.findByApplicationNumberOrderByYear(APPLICATION)).thenAnswer(inv -> stored);
    when(gateway.send(any())).thenReturn("MAKSU-1");
  }

  PaymentInstalment instalment(int year, String amount) {
    PaymentInstalment i = new PaymentInstalment(APPLICATION, year, new BigDecimal(amount),
        LocalDate.of(2026 + year, 4, 1));
    stored.add(i);
    when(repository.findByApplicationNumberAndYear(APPLICATION, year)).thenReturn(Optional.of(i));
    return i;
  }

  @Test
  void approvedInstalmentIsSentToTheFinancialSystemAndRecordedPaid() {
    PaymentInstalment first = instalment(1, "30000.00");
    service.approve(APPLICATION, 1, "secretary");

    service.pay(APPLICATION, 1);

    verify(gateway).send(new PaymentGateway.PaymentOrder(APPLICATION, 1,
        "Savon Mielenterveysyhdistys ry", "1234567-1", "FI2112345600000785", new BigDecimal("30000.00")));
    assertThat(first.getStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(first.getPaidDate()).isEqualTo(LocalDate.of(2027, 4, 1));
    assertThat(service.paidTotal(APPLICATION)).isEqualByComparingTo("30000.00");
  }

  @Test
  void unapprovedInstalmentIsNotPaid() {
    instalment(1, "30000.00");

    assertThatThrownBy(() -> service.pay(APPLICATION, 1)).isInstanceOf(ConflictException.class);
    verify(gateway, never()).send(any());
  }

  @Test
  void aRetriedPaymentDoesNotPayTwice() {
    instalment(1, "30000.00");
    service.approve(APPLICATION, 1, "secretary");
    service.pay(APPLICATION, 1);

    service.pay(APPLICATION, 1);

    verify(gateway, times(1)).send(any());
  }

  @Test
  void anInstalmentThatWouldExceedTheGrantIsRefusedBeforeMoneyMoves() {
    PaymentInstalment first = instalment(1, "30000.00");
    service.approve(APPLICATION, 1, "secretary");
    service.pay(APPLICATION, 1);
    PaymentInstalment tooMuch = instalment(2, "30000.01");
    service.approve(APPLICATION, 2, "secretary");

    assertThatThrownBy(() -> service.pay(APPLICATION, 2)).isInstanceOf(GrantExceededException.class);

    verify(gateway, times(1)).send(any());
    assertThat(tooMuch.getStatus()).isEqualTo(PaymentStatus.APPROVED);
    assertThat(first.getStatus()).isEqualTo(PaymentStatus.PAID);
  }
}

package fi.avustukset.grant.payment.domain;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payment of a signed agreement (DOMAIN.md §7): plans the instalments, records the preparer's
 * approval and sends each instalment through the {@link PaymentGateway}, never paying more
 * than the grant.
 */
@Service
@Transactional
public class PaymentService {

  private final PaymentRepository payments;
  private final AgreementService agreements;
  private final PaymentGateway gateway;
  private final Clock clock;

  public PaymentService(PaymentRepository payments, AgreementService agreements,
      PaymentGateway gateway, Clock clock) {
    this.payments = payments;
    this.agreements = agreements;
    this.gateway = gateway;
    this.clock = clock;
  }

  /** Plans the instalments of a signed agreement; idempotent (a retried job plans nothing twice). */
  public List<PaymentInstalment> plan(String applicationNumber) {
    List<PaymentInstalment> existing = payments.findByApplicationNumberOrderByYear(applicationNumber);
    if (!existing.isEmpty()) {
      return existing;
    }
    Agreement agreement = agreements.get(applicationNumber);
    for (Instalments.Instalment i : Instalments.plan(agreement.getGrantType(),
        agreement.getGrantedAmount(), agreement.getDurationYears(), agreement.getStartDate())) {
      payments.save(new PaymentInstalment(applicationNumber, i.year(), i.amount(), i.dueDate()));
    }
    return payments.findByApplicationNumberOrderByYear(applicationNumber);
  }

  @Transactional(readOnly = true)
  public PaymentInstalment instalment(String applicationNumber, int year) {
    return payments.findByApplicationNumberAndYear(applicationNumber, year)
        .orElseThrow(() -> new NotFoundException("Sopimuksella " + applicationNumber
            + " ei ole maksuerää " + year));
  }

  /** The preparer confirms the instalment for payment. */
  public PaymentInstalment approve(String applicationNumber, int year, String userId) {
    PaymentInstalment instalment = instalment(applicationNumber, year);
    if (instalment.getStatus() != PaymentStatus.PLANNED) {
      throw new ConflictException("Maksuerä " + year + " on jo " + instalment.getStatus());
    }
    instalment.approve(userId, LocalDate.now(clock));
    return instalment;
  }

  /**
   * Sends an approved instalment to the financial system and records it paid. Idempotent for a
   * paid instalment (a retried job does not pay twice); refuses anything over the grant.
   */
  public PaymentInstalment pay(String applicationNumber, int year) {
    PaymentInstalment instalment = instalment(applicationNumber, year);
    if (instalment.getStatus() == PaymentStatus.PAID) {
      return instalment;
    }
    if (instalment.getStatus() != PaymentStatus.APPROVED) {
      throw new ConflictException("Maksuerää " + year + " ei ole hyväksytty maksuun");
    }
    Agreement agreement = agreements.get(applicationNumber);
    Instalments.checkWithinGrant(agreement.getGrantedAmount(), paidTotal(applicationNumber),
        instalment.getAmount());
    String reference = gateway.send(new PaymentGateway.PaymentOrder(applicationNumber, year,
        agreement.getOrganizationName(), agreement.getBusinessId(), agreement.getBankAccount(),
        instalment.getAmount()));
    instalment.paid(reference, LocalDate.now(clock));
    return instalment;
  }

  @Transactional(readOnly = true)
  public BigDecimal paidTotal(String applicationNumber) {
    return payments.findByApplicationNumberOrderByYear(applicationNumber).stream()
        .filter(p -> p.getStatus() == PaymentStatus.PAID)
        .map(PaymentInstalment::getAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Transactional(readOnly = true)
  public List<PaymentInstalment> of(String applicationNumber) {
    return payments.findByApplicationNumberOrderByYear(applicationNumber);
  }
}

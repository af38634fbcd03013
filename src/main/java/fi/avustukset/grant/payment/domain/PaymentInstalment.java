package fi.avustukset.grant.payment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One payment instalment of an agreement (DOMAIN.md §7). */
@Entity
@Table(name = "agreement_payment")
public class PaymentInstalment {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_number")
  private String applicationNumber;

  @Column(name = "instalment_year")
  private int year;

  private BigDecimal amount;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  private PaymentStatus status;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_date")
  private LocalDate approvedDate;

  @Column(name = "paid_date")
  private LocalDate paidDate;

  @Column(name = "payment_reference")
  private String paymentReference;

  protected PaymentInstalment() {}

  PaymentInstalment(String applicationNumber, int year, BigDecimal amount, LocalDate dueDate) {
    this.applicationNumber = applicationNumber;
    this.year = year;
    this.amount = amount;
    this.dueDate = dueDate;
    this.status = PaymentStatus.PLANNED;
  }

  void approve(String userId, LocalDate today) {
    this.approvedBy = userId;
    this.approvedDate = today;
    this.status = PaymentStatus.APPROVED;
  }

  void paid(String reference, LocalDate today) {
    this.paymentReference = reference;
    this.paidDate = today;
    this.status = PaymentStatus.PAID;
  }

  public Long getId() { return id; }
  public String getApplicationNumber() { return applicationNumber; }
  public int getYear() { return year; }
  public BigDecimal getAmount() { return amount; }
  public LocalDate getDueDate() { return dueDate; }
  public PaymentStatus getStatus() { return status; }
  public String getApprovedBy() { return approvedBy; }
  public LocalDate getApprovedDate() { return approvedDate; }
  public LocalDate getPaidDate() { return paidDate; }
  public String getPaymentReference() { return paymentReference; }
}

package fi.avustukset.reporting.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Recorded contacts of a project in one period (DOMAIN.md §8). */
@Entity
@Table(name = "activity_contacts")
public class ContactPeriod {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_code")
  private String projectCode;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "phone_calls")
  private int phoneCalls;

  @Column(name = "text_messages")
  private int textMessages;

  @Column(name = "network_emails")
  private int networkEmails;

  @Column(name = "personal_emails")
  private int personalEmails;

  @Column(name = "public_sector_share")
  private BigDecimal publicSectorShare;

  @Column(name = "ngo_share")
  private BigDecimal ngoShare;

  @Column(name = "private_sector_share")
  private BigDecimal privateSectorShare;

  @Column(name = "individuals_share")
  private BigDecimal individualsShare;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected ContactPeriod() {}

  public ContactPeriod(String projectCode, LocalDate periodStart, LocalDate periodEnd) {
    this.projectCode = projectCode;
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
  }

  public void update(ContactFigures f, Instant now) {
    this.phoneCalls = f.phoneCalls();
    this.textMessages = f.textMessages();
    this.networkEmails = f.networkEmails();
    this.personalEmails = f.personalEmails();
    this.publicSectorShare = f.publicSectorShare();
    this.ngoShare = f.ngoShare();
    this.privateSectorShare = f.privateSectorShare();
    this.individualsShare = f.individualsShare();
    this.updatedAt = now;
  }

  public ContactFigures toFigures() {
    return new ContactFigures(periodStart, periodEnd, phoneCalls, textMessages, networkEmails,
        personalEmails, publicSectorShare, ngoShare, privateSectorShare, individualsShare);
  }

  public Long getId() { return id; }
  public String getProjectCode() { return projectCode; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
}

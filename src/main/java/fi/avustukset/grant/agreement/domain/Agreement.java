package fi.avustukset.grant.agreement.domain;

import fi.avustukset.grant.call.domain.GrantType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The grant agreement of one granted application (DOMAIN.md §7), keyed by the application
 * number: its type, parties, amount, years, status and the dates on which the applicant
 * accepted and the service area signed it.
 */
@Entity
@Table(name = "grant_agreement")
public class Agreement {

  @Id
  @Column(name = "application_number")
  private String applicationNumber;

  @Column(name = "call_key")
  private String callKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "grant_type")
  private GrantType grantType;

  @Enumerated(EnumType.STRING)
  @Column(name = "agreement_type")
  private AgreementType agreementType;

  @Column(name = "organization_name")
  private String organizationName;

  @Column(name = "business_id")
  private String businessId;

  @Column(name = "applicant_group")
  private String applicantGroup;

  @Column(name = "project_name")
  private String projectName;

  @Column(name = "granted_amount")
  private BigDecimal grantedAmount;

  @Column(name = "duration_years")
  private int durationYears;

  @Column(name = "decision_date")
  private LocalDate decisionDate;

  @Column(name = "start_date")
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  private String terms;

  @Column(name = "contact_person")
  private String contactPerson;

  @Column(name = "bank_account")
  private String bankAccount;

  @Enumerated(EnumType.STRING)
  private AgreementStatus status;

  @Column(name = "drafted_by")
  private String draftedBy;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_name")
  private String acceptedName;

  @Column(name = "accepted_date")
  private LocalDate acceptedDate;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "signed_name")
  private String signedName;

  @Column(name = "signed_date")
  private LocalDate signedDate;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  /** The current budget; set by an accepted budget reallocation (change application). */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "agreement_budget_line",
      joinColumns = @JoinColumn(name = "application_number"))
  @OrderColumn(name = "line_no")
  private List<BudgetLine> budgetLines = new ArrayList<>();

  protected Agreement() {}

  Agreement(String applicationNumber, String callKey, GrantType grantType,
      String organizationName, String businessId, String applicantGroup, String projectName,
      BigDecimal grantedAmount, int durationYears, LocalDate decisionDate, Instant now) {
    this.applicationNumber = applicationNumber;
    this.callKey = callKey;
    this.grantType = grantType;
    this.agreementType = AgreementType.forGrant(grantType);
    this.organizationName = organizationName;
    this.businessId = businessId;
    this.applicantGroup = applicantGroup;
    this.projectName = projectName;
    this.grantedAmount = grantedAmount;
    this.durationYears = durationYears;
    this.decisionDate = decisionDate;
    this.status = AgreementStatus.DRAFT;
    this.createdAt = now;
  }

  void draft(LocalDate start, String terms, String contactPerson, String bankAccount,
      String userId) {
    this.startDate = start;
    this.endDate = AgreementTerms.endDate(start, durationYears);
    this.terms = terms;
    this.contactPerson = contactPerson;
    this.bankAccount = bankAccount;
    this.draftedBy = userId;
    this.status = AgreementStatus.AWAITING_ACCEPTANCE;
  }

  void accept(String userId, String name, LocalDate today) {
    this.acceptedBy = userId;
    this.acceptedName = name;
    this.acceptedDate = today;
    this.status = AgreementStatus.AWAITING_SIGNATURE;
  }

  void sign(String userId, String name, LocalDate today) {
    this.signedBy = userId;
    this.signedName = name;
    this.signedDate = today;
    this.status = AgreementStatus.SIGNED;
  }

  /** Back to the preparer: the applicant asked for changes or the service area returned it. */
  void returnToDraft() {
    this.acceptedBy = null;
    this.acceptedName = null;
    this.acceptedDate = null;
    this.status = AgreementStatus.DRAFT;
  }

  void close(Instant now) {
    this.status = AgreementStatus.CLOSED;
    this.closedAt = now;
  }

  /** An accepted period extension (change application): the last day moves. */
  void extendTo(LocalDate newEnd) {
    this.endDate = newEnd;
  }

  /** An accepted budget reallocation (change application): the lines are replaced. */
  void reallocate(List<BudgetLine> lines) {
    this.budgetLines.clear();
    this.budgetLines.addAll(lines);
  }

  public void setProcessInstanceId(String id) { this.processInstanceId = id; }

  public String getApplicationNumber() { return applicationNumber; }
  public String getCallKey() { return callKey; }
  public GrantType getGrantType() { return grantType; }
  public AgreementType getAgreementType() { return agreementType; }
  public String getOrganizationName() { return organizationName; }
  public String getBusinessId() { return businessId; }
  public String getApplicantGroup() { return applicantGroup; }
  public String getProjectName() { return projectName; }
  public BigDecimal getGrantedAmount() { return grantedAmount; }
  public int getDurationYears() { return durationYears; }
  public LocalDate getDecisionDate() { return decisionDate; }
  public LocalDate getStartDate() { return startDate; }
  public LocalDate getEndDate() { return endDate; }
  public String getTerms() { return terms; }
  public String getContactPerson() { return contactPerson; }
  public String getBankAccount() { return bankAccount; }
  public AgreementStatus getStatus() { return status; }
  public String getDraftedBy() { return draftedBy; }
  public String getAcceptedBy() { return acceptedBy; }
  public String getAcceptedName() { return acceptedName; }
  public LocalDate getAcceptedDate() { return acceptedDate; }
  public String getSignedBy() { return signedBy; }
  public String getSignedName() { return signedName; }
  public LocalDate getSignedDate() { return signedDate; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getClosedAt() { return closedAt; }
  public List<BudgetLine> getBudgetLines() { return List.copyOf(budgetLines); }
}

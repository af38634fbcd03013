package fi.avustukset.grant.application.domain;

import fi.avustukset.platform.domain.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One application (hakemus), keyed by its application number, e.g. {@code 2027-TI-1-0007}. */
@Entity
@Table(name = "grant_application")
public class GrantApplication extends AssignedIdEntity<String> {

  @Id
  @Column(name = "application_number")
  private String applicationNumber;

  @Column(name = "call_key")
  private String callKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "organization_name")
  private String organizationName;

  @Column(name = "business_id")
  private String businessId;

  @Column(name = "organization_type")
  private String organizationType;

  @Column(name = "project_name")
  private String projectName;

  @Column(name = "target_group")
  private String targetGroup;

  @Column(name = "open_to_whole_target_group")
  private boolean openToWholeTargetGroup;

  @Column(name = "strategy_goals")
  private String strategyGoals;

  @Column(name = "complements_services")
  private boolean complementsServices;

  @Enumerated(EnumType.STRING)
  @Column(name = "service_directory")
  private ServiceDirectory serviceDirectory;

  @Column(name = "municipality_count")
  private int municipalityCount;

  @Column(name = "whole_region")
  private boolean wholeRegion;

  @Column(name = "has_other_funding")
  private boolean hasOtherFunding;

  @Column(name = "sole_funding_justification")
  private String soleFundingJustification;

  @Column(name = "requested_amount")
  private BigDecimal requestedAmount;

  @Column(name = "duration_years")
  private int durationYears;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  private ApplicationStatus status;

  private Boolean eligible;

  private BigDecimal score;

  @Column(name = "letter_of_intent")
  private boolean letterOfIntent;

  @Column(name = "proposed_amount")
  private BigDecimal proposedAmount;

  @Column(name = "proposal_reason")
  private String proposalReason;

  @Enumerated(EnumType.STRING)
  private Decision decision;

  @Column(name = "granted_amount")
  private BigDecimal grantedAmount;

  @Column(name = "decision_reasons")
  private String decisionReasons;

  /** COMMITTEE or REGIONAL_BOARD (after a take-over). */
  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  @Column(name = "rectification_requested")
  private boolean rectificationRequested;

  @Column(name = "decision_final")
  private boolean decisionFinal;

  /** Where notifications go (issue 12); null for applications made before it. */
  @Column(name = "contact_email")
  private String contactEmail;

  protected GrantApplication() {}

  public GrantApplication(String applicationNumber, String callKey, ApplicationData data,
      String submittedBy, Instant now) {
    this.applicationNumber = applicationNumber;
    this.callKey = callKey;
    this.submittedBy = submittedBy;
    this.submittedAt = now;
    this.status = ApplicationStatus.SUBMITTED;
    this.contactEmail = data.contactEmail();
    apply(data);
  }

  /** Replaces the applicant's data, e.g. after a completion request. */
  public void apply(ApplicationData d) {
    organizationName = d.organizationName();
    businessId = d.businessId();
    organizationType = d.organizationType();
    projectName = d.projectName();
    targetGroup = d.targetGroup();
    openToWholeTargetGroup = d.openToWholeTargetGroup();
    strategyGoals = d.strategyGoals();
    complementsServices = d.complementsServices();
    serviceDirectory = d.serviceDirectory();
    municipalityCount = d.municipalityCount();
    wholeRegion = d.wholeRegion();
    hasOtherFunding = d.hasOtherFunding();
    soleFundingJustification = d.soleFundingJustification();
    requestedAmount = d.requestedAmount();
    durationYears = d.durationYears();
  }

  public ApplicationData data() {
    return new ApplicationData(organizationName, businessId, organizationType, projectName,
        targetGroup, openToWholeTargetGroup, strategyGoals, complementsServices,
        serviceDirectory, municipalityCount, wholeRegion, hasOtherFunding,
        soleFundingJustification, requestedAmount, durationYears, contactEmail);
  }

  @Override
  public String getId() { return applicationNumber; }

  public String getApplicationNumber() { return applicationNumber; }
  public String getCallKey() { return callKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getOrganizationName() { return organizationName; }
  public String getBusinessId() { return businessId; }
  public String getOrganizationType() { return organizationType; }
  public String getProjectName() { return projectName; }
  public BigDecimal getRequestedAmount() { return requestedAmount; }
  public int getDurationYears() { return durationYears; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public ApplicationStatus getStatus() { return status; }
  public Boolean getEligible() { return eligible; }
  public BigDecimal getScore() { return score; }
  public boolean isLetterOfIntent() { return letterOfIntent; }
  public BigDecimal getProposedAmount() { return proposedAmount; }
  public String getProposalReason() { return proposalReason; }
  public Decision getDecision() { return decision; }
  public BigDecimal getGrantedAmount() { return grantedAmount; }
  public String getDecisionReasons() { return decisionReasons; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public Instant getNotifiedAt() { return notifiedAt; }
  public boolean isRectificationRequested() { return rectificationRequested; }
  public boolean isDecisionFinal() { return decisionFinal; }
  public String getContactEmail() { return contactEmail; }

  /** The organisation changes its contact address (not part of a completion). */
  public void changeContactEmail(String email) { this.contactEmail = email; }

  public void setProcessInstanceId(String id) { this.processInstanceId = id; }

  // ---- the transitions of an application (DOMAIN.md §2–§6); status changes only here ----

  /**
   * The automatic check E1–E9 is recorded (§3): a passed check goes on to review, a failed or
   * open one to the preparer first (completion is requested only by the preparer).
   */
  public void recordEligibilityCheck(boolean passed) {
    this.eligible = passed;
    this.status = passed ? ApplicationStatus.IN_REVIEW : ApplicationStatus.ELIGIBILITY_REVIEW;
  }

  /** The preparer judges the open questions eligible (§3). */
  public void markEligible() {
    this.eligible = true;
    this.status = ApplicationStatus.IN_REVIEW;
  }

  /** The preparer asks the applicant to complete the application (§3). */
  public void requestCompletion() {
    this.status = ApplicationStatus.COMPLETION_REQUESTED;
  }

  /** The applicant's completion replaces the data; the check runs again (§3). */
  public void complete(ApplicationData data) {
    apply(data);
    this.status = ApplicationStatus.SUBMITTED;
  }

  /** The requested completion did not arrive in time: a rejection is proposed (§3). */
  public void rejectAsOverdue(String reason) {
    propose(BigDecimal.ZERO.setScale(2), reason);
    this.eligible = false;
    this.status = ApplicationStatus.IN_REVIEW;
  }

  /** The reviewers' weighted score (§4). */
  public void recordScore(BigDecimal score) {
    this.score = score;
  }

  /** A partnership negotiation round is recorded (§2). */
  public void startNegotiation() {
    this.status = ApplicationStatus.IN_NEGOTIATION;
  }

  /** The negotiation ends in a letter of intent: a grant of the agreed amount is proposed (§2). */
  public void agreeLetterOfIntent(BigDecimal amount) {
    this.letterOfIntent = true;
    propose(amount, null);
  }

  /** The negotiation ends without a letter of intent: a rejection is proposed (§2). */
  public void endNegotiationWithoutAgreement(String reason) {
    this.letterOfIntent = false;
    propose(BigDecimal.ZERO.setScale(2), reason);
  }

  /** Preparation is done; the application waits for the call's proposal list (§6). */
  public void markReadyForDecision() {
    this.status = ApplicationStatus.READY_FOR_DECISION;
  }

  /** The proposal goes to the committee (§6). */
  public void sendToCommittee() {
    this.status = ApplicationStatus.IN_COMMITTEE;
  }

  /** The decision proposal: an amount (0 = rejection) and its reason (§5, §6). */
  public void propose(BigDecimal amount, String reason) {
    this.proposedAmount = amount;
    this.proposalReason = reason;
  }

  public void decide(Decision decision, BigDecimal grantedAmount, String reasons, String by,
      Instant now) {
    this.decision = decision;
    this.grantedAmount = grantedAmount;
    this.decisionReasons = reasons;
    this.decidedBy = by;
    this.decidedAt = now;
    this.status = decision == Decision.RETURNED ? ApplicationStatus.IN_COMMITTEE
        : ApplicationStatus.DECIDED;
  }

  public void notified(Instant now) { this.notifiedAt = now; }

  public void rectificationRequested() { this.rectificationRequested = true; }

  public void makeFinal() {
    this.decisionFinal = true;
    this.status = ApplicationStatus.FINAL;
  }
}

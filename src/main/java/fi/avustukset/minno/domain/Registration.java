package fi.avustukset.minno.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One NGO's registration to a MINNO round with one or more challenges. */
@Entity
@Table(name = "minno_registration")
public class Registration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_code")
  private String roundCode;

  @Column(name = "registration_number")
  private int registrationNumber;

  @Column(name = "organization_name")
  private String organizationName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(name = "business_id")
  private String businessId;

  @Column(name = "registered_by")
  private String registeredBy;

  @Column(name = "registered_at")
  private Instant registeredAt;

  @Enumerated(EnumType.STRING)
  private RegistrationStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "proposed_outcome")
  private Outcome proposedOutcome;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  @Column(name = "outcome_reason")
  private String outcomeReason;

  @Column(name = "notified_at")
  private Instant notifiedAt;

  @Column(name = "carried_from_id")
  private Long carriedFromId;

  @Column(name = "carried_into_round")
  private String carriedIntoRound;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @OneToMany(mappedBy = "registration", cascade = CascadeType.ALL, orphanRemoval = true,
      fetch = FetchType.EAGER)
  @OrderBy("seqNo")
  private List<Challenge> challenges = new ArrayList<>();

  protected Registration() {}

  public Registration(String roundCode, int registrationNumber, String organizationName,
      String contactEmail, String businessId, String registeredBy, Instant now) {
    this.roundCode = roundCode;
    this.registrationNumber = registrationNumber;
    this.organizationName = organizationName;
    this.contactEmail = contactEmail;
    this.businessId = businessId;
    this.registeredBy = registeredBy;
    this.registeredAt = now;
    this.status = RegistrationStatus.REGISTERED;
  }

  /** A copy of a carried-over registration (M4) for the next round: no re-registration. */
  public static Registration carriedInto(Registration original, String roundCode, int number,
      Instant now) {
    Registration copy = new Registration(roundCode, number, original.organizationName,
        original.contactEmail, original.businessId, original.registeredBy, now);
    copy.status = RegistrationStatus.CARRIED_IN;
    copy.carriedFromId = original.id;
    for (Challenge challenge : original.challenges) {
      if (challenge.getStatus() == ChallengeStatus.SUITABLE) {
        copy.addChallenge(challenge.copy());
      }
    }
    original.carriedIntoRound = roundCode;
    return copy;
  }

  public void addChallenge(Challenge challenge) {
    challenge.attach(this, challenges.size() + 1);
    challenges.add(challenge);
  }

  /** The business key of its minno-registration instance, e.g. {@code MINNO-2023-1-03}. */
  public String businessKey() {
    return roundCode + "-" + String.format("%02d", registrationNumber);
  }

  public boolean isCarriedIn() {
    return carriedFromId != null;
  }

  public long suitableChallenges() {
    return challenges.stream().filter(c -> c.getStatus() == ChallengeStatus.SUITABLE).count();
  }

  /** Screened (or carried in), at least one suitable challenge, no outcome yet. */
  public boolean isSelectionCandidate() {
    return outcome == null && (status == RegistrationStatus.CARRIED_IN
        || (status == RegistrationStatus.SCREENED && suitableChallenges() > 0));
  }

  public void screened() { this.status = RegistrationStatus.SCREENED; }
  public void propose(Outcome proposed) { this.proposedOutcome = proposed; }

  public void decide(Outcome outcome, String reason, Instant now) {
    this.outcome = outcome;
    this.outcomeReason = reason;
    this.status = RegistrationStatus.DECIDED;
    this.notifiedAt = now;
  }

  public Long getId() { return id; }
  void setId(Long id) { this.id = id; }
  public String getRoundCode() { return roundCode; }
  public int getRegistrationNumber() { return registrationNumber; }
  public String getOrganizationName() { return organizationName; }
  public String getContactEmail() { return contactEmail; }
  public String getBusinessId() { return businessId; }
  public String getRegisteredBy() { return registeredBy; }
  public Instant getRegisteredAt() { return registeredAt; }
  public RegistrationStatus getStatus() { return status; }
  public Outcome getProposedOutcome() { return proposedOutcome; }
  public Outcome getOutcome() { return outcome; }
  public String getOutcomeReason() { return outcomeReason; }
  public Instant getNotifiedAt() { return notifiedAt; }
  public Long getCarriedFromId() { return carriedFromId; }
  public String getCarriedIntoRound() { return carriedIntoRound; }
  public String getProcessInstanceId() { return processInstanceId; }
  public void setProcessInstanceId(String id) { this.processInstanceId = id; }
  public List<Challenge> getChallenges() { return challenges; }
}

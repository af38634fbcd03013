package fi.avustukset.grant.conflict.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A declared conflict of interest (esteellisyys, E11) of a user with an organisation. */
@Entity
@Table(name = "conflict_of_interest")
public class ConflictOfInterest {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id")
  private String userId;

  @Column(name = "business_id")
  private String businessId;

  private String reason;

  @Column(name = "declared_by")
  private String declaredBy;

  @Column(name = "declared_at")
  private Instant declaredAt;

  protected ConflictOfInterest() {}

  public ConflictOfInterest(String userId, String businessId, String reason, String declaredBy,
      Instant now) {
    this.userId = userId;
    this.businessId = businessId;
    this.reason = reason;
    this.declaredBy = declaredBy;
    this.declaredAt = now;
  }

  public Long getId() { return id; }
  public String getUserId() { return userId; }
  public String getBusinessId() { return businessId; }
  public String getReason() { return reason; }
  public String getDeclaredBy() { return declaredBy; }
  public Instant getDeclaredAt() { return declaredAt; }
}

package fi.avustukset.grant.call.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/** A grant call (haku), keyed by its call code, e.g. {@code 2027-TI-1}. */
@Entity
@Table(name = "grant_call")
public class GrantCall {

  @Id
  @Column(name = "call_key")
  private String callKey;

  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "grant_type")
  private GrantType grantType;

  private BigDecimal appropriation;

  @Column(name = "application_start")
  private LocalDate applicationStart;

  @Column(name = "application_deadline")
  private LocalDate applicationDeadline;

  private String description;

  @Enumerated(EnumType.STRING)
  private CallStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "created_by")
  private String createdBy;

  @Column(name = "created_at")
  private Instant createdAt;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "grant_call_criterion", joinColumns = @JoinColumn(name = "call_key"))
  @MapKeyColumn(name = "criterion")
  @MapKeyEnumerated(EnumType.STRING)
  @Column(name = "weight")
  private Map<Criterion, Integer> weights = new EnumMap<>(Criterion.class);

  protected GrantCall() {}

  public GrantCall(String callKey, String name, GrantType grantType, BigDecimal appropriation,
      LocalDate applicationStart, LocalDate applicationDeadline, String createdBy, Instant now) {
    this.callKey = callKey;
    this.name = name;
    this.grantType = grantType;
    this.appropriation = appropriation;
    this.applicationStart = applicationStart;
    this.applicationDeadline = applicationDeadline;
    this.createdBy = createdBy;
    this.createdAt = now;
    this.status = CallStatus.DRAFT;
    for (Criterion c : Criterion.values()) {
      weights.put(c, c.defaultWeight());
    }
  }

  /** Applications are accepted from the start date until the end of the deadline day. */
  public boolean acceptsApplicationsOn(LocalDate day) {
    return status == CallStatus.OPEN && !day.isBefore(applicationStart)
        && !day.isAfter(applicationDeadline);
  }

  public String getCallKey() { return callKey; }
  public String getName() { return name; }
  public GrantType getGrantType() { return grantType; }
  public BigDecimal getAppropriation() { return appropriation; }
  public LocalDate getApplicationStart() { return applicationStart; }
  public LocalDate getApplicationDeadline() { return applicationDeadline; }
  public String getDescription() { return description; }
  public CallStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getPublishedAt() { return publishedAt; }
  public Instant getClosedAt() { return closedAt; }
  public Map<Criterion, Integer> getWeights() { return weights; }

  public void setDescription(String description) { this.description = description; }
  public void setProcessInstanceId(String id) { this.processInstanceId = id; }
  public void setWeights(Map<Criterion, Integer> weights) {
    this.weights.clear();
    this.weights.putAll(weights);
  }

  public void publish(Instant now) {
    this.status = CallStatus.PUBLISHED;
    this.publishedAt = now;
  }

  public void open() {
    this.status = CallStatus.OPEN;
  }

  public void close(Instant now) {
    this.status = CallStatus.CLOSED;
    this.closedAt = now;
  }

  public void decided() {
    this.status = CallStatus.DECIDED;
  }
}

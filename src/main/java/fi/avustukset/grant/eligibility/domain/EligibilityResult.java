package fi.avustukset.grant.eligibility.domain;

import fi.avustukset.platform.domain.AssignedIdEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;

/** The recorded outcome of one rule for one application, with the reason. */
@Entity
@Table(name = "eligibility_result")
public class EligibilityResult extends AssignedIdEntity<EligibilityResult.Key> {

  @Embeddable
  public record Key(@Column(name = "application_number") String applicationNumber,
      @Column(name = "rule_id") String ruleId) implements Serializable {}

  @EmbeddedId
  private Key key;

  @Enumerated(EnumType.STRING)
  private Outcome outcome;

  private String reason;

  protected EligibilityResult() {}

  public EligibilityResult(String applicationNumber, RuleResult result) {
    this.key = new Key(applicationNumber, result.rule().name());
    this.outcome = result.outcome();
    this.reason = result.reason();
  }

  @Override
  public Key getId() { return key; }

  public String getRuleId() { return key.ruleId(); }
  public Outcome getOutcome() { return outcome; }
  public String getReason() { return reason; }
}

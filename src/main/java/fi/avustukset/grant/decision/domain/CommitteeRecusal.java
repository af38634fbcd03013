package fi.avustukset.grant.decision.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A committee member recused from an application for a conflict of interest (E11). */
@Entity
@Table(name = "committee_recusal")
public class CommitteeRecusal {

  @Embeddable
  public record Key(@Column(name = "application_number") String applicationNumber,
      @Column(name = "user_id") String userId) implements Serializable {}

  @EmbeddedId
  private Key key;

  protected CommitteeRecusal() {}

  public CommitteeRecusal(String applicationNumber, String userId) {
    this.key = new Key(applicationNumber, userId);
  }

  public String getUserId() { return key.userId(); }
}

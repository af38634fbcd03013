package fi.avustukset.grant.scoring.domain;

import fi.avustukset.platform.domain.AssignedIdEntity;
import fi.avustukset.grant.call.domain.Criterion;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One reviewer's points (0–5) for one criterion of one application. */
@Entity
@Table(name = "application_review")
public class ReviewScore extends AssignedIdEntity<ReviewScore.Key> {

  @Embeddable
  public record Key(@Column(name = "application_number") String applicationNumber,
      @Column(name = "reviewer") String reviewer,
      @Column(name = "criterion") String criterion) implements Serializable {}

  @EmbeddedId
  private Key key;

  private int points;

  protected ReviewScore() {}

  public ReviewScore(String applicationNumber, String reviewer, Criterion criterion, int points) {
    this.key = new Key(applicationNumber, reviewer, criterion.name());
    this.points = points;
  }

  @Override
  public Key getId() { return key; }

  public String getReviewer() { return key.reviewer(); }
  public Criterion getCriterion() { return Criterion.valueOf(key.criterion()); }
  public int getPoints() { return points; }
  public void setPoints(int points) { this.points = points; }
}

package fi.avustukset.reporting.activity.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Feedback ratings 1–5 on one event for one of its goal levels (DOMAIN.md §8). */
@Entity
@Table(name = "event_feedback")
public class EventFeedback {

  /** Event and goal level. */
  @Embeddable
  public static class Key implements Serializable {
    @Column(name = "event_id")
    private Long eventId;
    @Column(name = "goal_level")
    private String goalLevel;

    protected Key() {}

    public Key(Long eventId, GoalLevel goalLevel) {
      this.eventId = eventId;
      this.goalLevel = goalLevel.name();
    }

    public Long eventId() { return eventId; }
    public GoalLevel goalLevel() { return GoalLevel.valueOf(goalLevel); }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && Objects.equals(k.eventId, eventId)
          && Objects.equals(k.goalLevel, goalLevel);
    }

    @Override
    public int hashCode() {
      return Objects.hash(eventId, goalLevel);
    }
  }

  @EmbeddedId
  private Key key;

  @Column(name = "rating_1")
  private int rating1;
  @Column(name = "rating_2")
  private int rating2;
  @Column(name = "rating_3")
  private int rating3;
  @Column(name = "rating_4")
  private int rating4;
  @Column(name = "rating_5")
  private int rating5;

  @Column(name = "updated_at")
  private Instant updatedAt;

  protected EventFeedback() {}

  public EventFeedback(Long eventId, GoalLevel level) {
    this.key = new Key(eventId, level);
  }

  public void update(FeedbackRatings r, Instant now) {
    this.rating1 = r.rating1();
    this.rating2 = r.rating2();
    this.rating3 = r.rating3();
    this.rating4 = r.rating4();
    this.rating5 = r.rating5();
    this.updatedAt = now;
  }

  public FeedbackRatings toRatings() {
    return new FeedbackRatings(key.goalLevel(), rating1, rating2, rating3, rating4, rating5);
  }

  public Key getKey() { return key; }
}

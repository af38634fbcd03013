package fi.avustukset.minno.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One feedback response on a round: 1-5 and free text (DOMAIN.md §10 "Measures"). */
@Entity
@Table(name = "minno_feedback")
public class Feedback {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_code")
  private String roundCode;

  @Enumerated(EnumType.STRING)
  private Respondent respondent;

  private int rating;

  @Column(name = "free_text")
  private String freeText;

  @Column(name = "given_by")
  private String givenBy;

  @Column(name = "created_at")
  private Instant createdAt;

  protected Feedback() {}

  public Feedback(String roundCode, Respondent respondent, int rating, String freeText,
      String givenBy, Instant now) {
    this.roundCode = roundCode;
    this.respondent = respondent;
    this.rating = rating;
    this.freeText = freeText;
    this.givenBy = givenBy;
    this.createdAt = now;
  }

  public Long getId() { return id; }
  void setId(Long id) { this.id = id; }
  public String getRoundCode() { return roundCode; }
  public Respondent getRespondent() { return respondent; }
  public int getRating() { return rating; }
  public String getFreeText() { return freeText; }
  public String getGivenBy() { return givenBy; }
  public Instant getCreatedAt() { return createdAt; }
}

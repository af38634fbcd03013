package fi.avustukset.grant.scoring.domain;

import fi.avustukset.grant.call.domain.Criterion;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Records reviews and computes an application's score (DOMAIN.md §4). */
@Service
@Transactional
public class ScoringService {

  private final ReviewScoreRepository reviews;
  private final ApplicationService applications;
  private final GrantCallService calls;

  public ScoringService(ReviewScoreRepository reviews, ApplicationService applications,
      GrantCallService calls) {
    this.reviews = reviews;
    this.applications = applications;
    this.calls = calls;
  }

  /** The stored reviews of an application: reviewer, criterion, points (read models). */
  @Transactional(readOnly = true)
  public List<ReviewScore> reviews(String applicationNumber) {
    return reviews.findByApplication(applicationNumber);
  }

  /** Validates 0–5 for every criterion (naming the bad fields) and stores the review. */
  public Map<Criterion, Integer> recordReview(String applicationNumber, String reviewer,
      Map<Criterion, Object> raw) {
    List<FieldError> errors = new ArrayList<>();
    Map<Criterion, Integer> points = new EnumMap<>(Criterion.class);
    for (Criterion criterion : Criterion.values()) {
      Integer p = null;
      try {
        p = Values.integer(raw.get(criterion));
      } catch (IllegalArgumentException e) {
        // reported below
      }
      if (p == null || p < 0 || p > Criterion.MAX_POINTS) {
        errors.add(new FieldError(criterion.scoreVariable(), "anna kokonaisluku 0–5"));
      } else {
        points.put(criterion, p);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    points.forEach((criterion, p) -> {
      var key = new ReviewScore.Key(applicationNumber, reviewer, criterion.name());
      reviews.findById(key).ifPresentOrElse(r -> r.setPoints(p),
          () -> reviews.save(new ReviewScore(applicationNumber, reviewer, criterion, p)));
    });
    return points;
  }

  public BigDecimal computeScore(String applicationNumber) {
    GrantApplication application = applications.find(applicationNumber).orElseThrow();
    Map<Criterion, Integer> weights = calls.find(application.getCallKey()).orElseThrow()
        .getWeights();
    Map<String, Map<Criterion, Integer>> byReviewer = new LinkedHashMap<>();
    for (ReviewScore r : reviews.findByApplication(applicationNumber)) {
      byReviewer.computeIfAbsent(r.getReviewer(), k -> new EnumMap<>(Criterion.class))
          .put(r.getCriterion(), r.getPoints());
    }
    BigDecimal score = ScoreCalculator.applicationScore(weights, List.copyOf(byReviewer.values()));
    application.recordScore(score);
    return score;
  }
}

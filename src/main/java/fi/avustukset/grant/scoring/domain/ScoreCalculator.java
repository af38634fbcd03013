package fi.avustukset.grant.scoring.domain;

import fi.avustukset.grant.call.domain.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * DOMAIN.md §4: each reviewer gives 0–5 per criterion; the call weights the criteria (sum
 * 100); a reviewer's score is Σ weight × points / 5, i.e. 0–100; the application's score is the
 * mean over its reviewers, two decimals.
 */
public final class ScoreCalculator {

  public static BigDecimal reviewerScore(Map<Criterion, Integer> weights,
      Map<Criterion, Integer> points) {
    BigDecimal sum = BigDecimal.ZERO;
    for (Criterion criterion : Criterion.values()) {
      int weight = weights.getOrDefault(criterion, 0);
      Integer p = points.get(criterion);
      if (p == null) {
        throw new IllegalArgumentException("missing points for " + criterion);
      }
      if (p < 0 || p > Criterion.MAX_POINTS) {
        throw new IllegalArgumentException("points out of 0–5 for " + criterion + ": " + p);
      }
      sum = sum.add(BigDecimal.valueOf((long) weight * p));
    }
    return sum.divide(BigDecimal.valueOf(Criterion.MAX_POINTS), 4, RoundingMode.HALF_UP);
  }

  public static BigDecimal applicationScore(Map<Criterion, Integer> weights,
      List<Map<Criterion, Integer>> reviews) {
    if (reviews.isEmpty()) {
      throw new IllegalArgumentException("no reviews to score");
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Map<Criterion, Integer> review : reviews) {
      total = total.add(reviewerScore(weights, review));
    }
    return total.divide(BigDecimal.valueOf(reviews.size()), 2, RoundingMode.HALF_UP);
  }

  private ScoreCalculator() {}
}

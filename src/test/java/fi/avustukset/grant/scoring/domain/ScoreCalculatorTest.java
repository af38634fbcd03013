package fi.avustukset.grant.scoring.domain;

import fi.avustukset.grant.call.domain.Criterion;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DOMAIN.md §4: weighted 0–5 points → 0–100, mean over reviewers. */
class ScoreCalculatorTest {

  static Map<Criterion, Integer> defaultWeights() {
    Map<Criterion, Integer> w = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      w.put(c, c.defaultWeight());
    }
    return w;
  }

  static Map<Criterion, Integer> all(int points) {
    Map<Criterion, Integer> p = new EnumMap<>(Criterion.class);
    for (Criterion c : Criterion.values()) {
      p.put(c, points);
    }
    return p;
  }

  @Test
  void defaultWeightsSumToHundred() {
    assertThat(defaultWeights().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
  }

  @Test
  void fullPointsGiveHundredAndNoneGiveZero() {
    assertThat(ScoreCalculator.reviewerScore(defaultWeights(), all(5))).isEqualByComparingTo("100");
    assertThat(ScoreCalculator.reviewerScore(defaultWeights(), all(0))).isEqualByComparingTo("0");
  }

  @Test
  void weightsDecideWhatAPointIsWorth() {
    Map<Criterion, Integer> points = all(0);
    points.put(Criterion.STRATEGY_FIT, 5); // weight 20 → 20
    points.put(Criterion.COOPERATION, 3); // weight 10 → 6
    assertThat(ScoreCalculator.reviewerScore(defaultWeights(), points)).isEqualByComparingTo("26");
  }

  @Test
  void applicationScoreIsTheMeanOverReviewersWithTwoDecimals() {
    BigDecimal score = ScoreCalculator.applicationScore(defaultWeights(), List.of(all(4), all(3)));
    assertThat(score).isEqualByComparingTo("70.00"); // (80 + 60) / 2
    Map<Criterion, Integer> odd = all(0);
    odd.put(Criterion.EFFECTIVENESS, 1); // 2
    assertThat(ScoreCalculator.applicationScore(defaultWeights(), List.of(odd, all(0), all(0))))
        .isEqualByComparingTo("0.67");
  }

  @Test
  void refusesPointsOutsideZeroToFiveAndMissingCriteria() {
    Map<Criterion, Integer> six = all(5);
    six.put(Criterion.FINANCING, 6);
    assertThatThrownBy(() -> ScoreCalculator.reviewerScore(defaultWeights(), six))
        .hasMessageContaining("FINANCING");
    Map<Criterion, Integer> missing = all(5);
    missing.remove(Criterion.TARGET_GROUP);
    assertThatThrownBy(() -> ScoreCalculator.reviewerScore(defaultWeights(), missing))
        .hasMessageContaining("TARGET_GROUP");
    assertThatThrownBy(() -> ScoreCalculator.applicationScore(defaultWeights(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

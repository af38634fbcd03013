package fi.avustukset.platform.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PercentilesTest {

  @ParameterizedTest(name = "{0}: p{1} = {2}")
  @CsvSource(delimiter = '|', value = {
      // the values Excel's PERCENTILE.INC gives for the same samples
      "1,2,3,4        | 50 | 2.5",
      "1,2,3,4        | 90 | 3.7",
      "1,2,3,4        | 0  | 1",
      "1,2,3,4        | 100| 4",
      "15,20,35,40,50 | 50 | 35",
      "15,20,35,40,50 | 90 | 46",
      "7              | 90 | 7",
      "3,1,2          | 50 | 2"})
  void interpolatesLinearlyBetweenClosestRanksLikeASpreadsheet(String sample, double p,
      double expected) {
    List<Double> values = new ArrayList<>();
    for (String s : sample.split(",")) {
      values.add(Double.parseDouble(s.trim()));
    }
    assertThat(Percentiles.of(values, p).getAsDouble()).isCloseTo(expected, within(1e-9));
  }

  @Test
  void anEmptySampleHasNoPercentile() {
    assertThat(Percentiles.median(List.of())).isEmpty();
    assertThat(Percentiles.p90(List.of())).isEmpty();
  }

  @Test
  void refusesAPercentileOutsideZeroToHundred() {
    assertThatThrownBy(() -> Percentiles.of(List.of(1.0), 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Percentiles.of(List.of(1.0), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Properties over random samples (fixed seed): order-free, bounded, monotone in p. */
  @Test
  void isWithinTheSampleIndependentOfOrderAndGrowsWithP() {
    Random random = new Random(13);
    for (int round = 0; round < 500; round++) {
      int n = 1 + random.nextInt(40);
      List<Double> sample = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        sample.add(random.nextDouble() * 1000);
      }
      double min = Collections.min(sample);
      double max = Collections.max(sample);
      double median = Percentiles.median(sample).getAsDouble();
      double p90 = Percentiles.p90(sample).getAsDouble();
      List<Double> shuffled = new ArrayList<>(sample);
      Collections.shuffle(shuffled, random);
      assertThat(Percentiles.median(shuffled).getAsDouble()).isEqualTo(median);
      assertThat(median).isBetween(min, max);
      assertThat(p90).isBetween(median, max);
      long atMostP90 = sample.stream().filter(v -> v <= p90 + 1e-9).count();
      // the values up to the rank floor(0.9·(n−1)) are at most the 90th percentile
      assertThat(atMostP90).isGreaterThanOrEqualTo((long) Math.floor(0.9 * (n - 1)) + 1);
    }
  }
}

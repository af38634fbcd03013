package fi.avustukset.platform.history;

import java.util.Arrays;
import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Percentiles of a sample the way a spreadsheet computes them (Excel's PERCENTILE.INC, R's
 * type 7): sort, take the rank {@code p/100 · (n − 1)} and interpolate linearly between the two
 * neighbours. The median of {1, 2, 3, 4} is 2.5, its 90th percentile 3.7; a sample of one has
 * that value as every percentile. Managers comparing with their own sheets get the same figures.
 */
public final class Percentiles {

  private Percentiles() {}

  /** The p-th percentile (0 ≤ p ≤ 100) of the values; empty for an empty sample. */
  public static OptionalDouble of(Collection<? extends Number> values, double p) {
    if (Double.isNaN(p) || p < 0 || p > 100) {
      throw new IllegalArgumentException("percentile must be 0–100, was " + p);
    }
    double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
    if (sorted.length == 0) {
      return OptionalDouble.empty();
    }
    for (double v : sorted) {
      if (Double.isNaN(v)) {
        throw new IllegalArgumentException("NaN in the sample");
      }
    }
    Arrays.sort(sorted);
    double rank = p / 100.0 * (sorted.length - 1);
    int below = (int) Math.floor(rank);
    int above = (int) Math.ceil(rank);
    double fraction = rank - below;
    return OptionalDouble.of(sorted[below] + fraction * (sorted[above] - sorted[below]));
  }

  public static OptionalDouble median(Collection<? extends Number> values) {
    return of(values, 50);
  }

  public static OptionalDouble p90(Collection<? extends Number> values) {
    return of(values, 90);
  }
}

package fi.avustukset.platform.history;

import fi.avustukset.platform.history.PhaseTimes.PhaseStat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of the cycle-time bar chart, computed here so the template only draws
 * (templates/cycle-times.html, inline SVG in the style of the final report's charts): one row
 * per phase, a bar for the median and a lighter one behind it to the 90th percentile, split
 * into waiting and working where history tells it. Widths share one linear scale.
 */
public record CycleTimeChart(int width, int height, int plotLeft, int plotWidth,
    List<Row> rows, List<Tick> ticks) {

  /** One phase: y of its row, widths in px, texts shown. */
  public record Row(String label, int y, double medianWidth, double p90Width,
      double waitingWidth, String medianText, String p90Text, int count) {}

  public record Tick(double x, String text) {}

  static final int ROW = 30;
  static final int LEFT = 260;
  static final int PLOT = 400;

  public static CycleTimeChart of(List<PhaseStat> phases) {
    double max = phases.stream().map(PhaseStat::p90Hours).filter(h -> h != null)
        .mapToDouble(Double::doubleValue).max().orElse(0);
    double scale = max <= 0 ? 0 : PLOT / max;
    List<Row> rows = new ArrayList<>();
    int y = 28;
    for (PhaseStat p : phases) {
      double median = p.medianHours() == null ? 0 : p.medianHours();
      double p90 = p.p90Hours() == null ? 0 : p.p90Hours();
      double waitingShare = p.waitingMedianHours() == null || p.workingMedianHours() == null
          || p.waitingMedianHours() + p.workingMedianHours() <= 0 ? 0
          : p.waitingMedianHours() / (p.waitingMedianHours() + p.workingMedianHours());
      rows.add(new Row(p.label(), y, median * scale, p90 * scale, median * scale * waitingShare,
          p.medianHours() == null ? "ei valmiita" : duration(median),
          p.p90Hours() == null ? "" : duration(p90), p.count()));
      y += ROW;
    }
    List<Tick> ticks = new ArrayList<>();
    if (max > 0) {
      for (int i = 0; i <= 4; i++) {
        ticks.add(new Tick(LEFT + PLOT * i / 4.0, duration(max * i / 4)));
      }
    }
    return new CycleTimeChart(LEFT + PLOT + 150, y + 24, LEFT, PLOT, rows, ticks);
  }

  /** 0,5 h · 12,0 h · 3,2 vrk: hours up to two days, then days, decimal comma. */
  public static String duration(double hours) {
    if (hours < 48) {
      return String.format(Locale.forLanguageTag("fi-FI"), "%.1f h", hours)
          .replace('\u00A0', ' ');
    }
    return String.format(Locale.forLanguageTag("fi-FI"), "%.1f vrk", hours / 24)
        .replace('\u00A0', ' ');
  }
}

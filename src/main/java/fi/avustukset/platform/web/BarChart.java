package fi.avustukset.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The geometry of a horizontal bar chart, drawn as inline SVG by the template fragment
 * {@code fragments/charts :: bars(chart)} (no script, no external file). Java computes only
 * the numbers; the markup lives in the template.
 *
 * @param title shown as the SVG title and the caption
 * @param rows one per bar, top to bottom
 * @param width the viewBox width; the SVG scales down to the screen (phones)
 * @param height the viewBox height
 * @param color fill of the bars
 */
public record BarChart(String title, List<Row> rows, int width, int height, String color) {

  /** A bar to draw: label, value and the text after the bar (already formatted in Finnish). */
  public record Bar(String label, double value, String text) {}

  /** A drawn bar: its row's baseline {@code y}, the bar's width and where its text starts. */
  public record Row(String label, String text, int y, String barWidth, String textX) {

    /** The label as drawn: at most {@link #LABEL_CHARS} characters. */
    public String shortLabel() {
      return label == null || label.length() <= LABEL_CHARS ? label
          : label.substring(0, LABEL_CHARS - 1).trim() + "…";
    }
  }

  public static final int LABEL_WIDTH = 370;
  public static final int BAR_WIDTH = 330;
  /** Longer labels are shortened on the chart (in full in the tooltip and the table). */
  public static final int LABEL_CHARS = 48;
  public static final int ROW_HEIGHT = 24;

  /**
   * A chart of the bars; {@code max} is the value of a full bar (100 for percent, 5 for
   * ratings), or 0 to scale to the largest bar.
   */
  public static BarChart of(String title, List<Bar> bars, double max, String color) {
    double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(0);
    List<Row> rows = new ArrayList<>();
    int y = 5;
    for (Bar bar : bars) {
      double w = top <= 0 ? 0 : Math.max(0, Math.min(1.0, bar.value() / top)) * BAR_WIDTH;
      rows.add(new Row(bar.label(), bar.text(), y, f(w), f(LABEL_WIDTH + w + 6)));
      y += ROW_HEIGHT;
    }
    return new BarChart(title, rows, LABEL_WIDTH + BAR_WIDTH + 100, bars.size() * ROW_HEIGHT + 10,
        color);
  }

  public int labelX() {
    return LABEL_WIDTH - 8;
  }

  public int barX() {
    return LABEL_WIDTH;
  }

  public int barHeight() {
    return ROW_HEIGHT - 6;
  }

  private static String f(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }
}

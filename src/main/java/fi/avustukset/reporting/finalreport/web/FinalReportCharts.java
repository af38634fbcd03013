package fi.avustukset.reporting.finalreport.web;


import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.springframework.web.util.HtmlUtils;

/**
 * Trend charts of the final report as inline SVG (no script, no external file): stacked
 * columns per period, lines across the periods (a series appears only where it has a value,
 * like the national goal level in 2020), and paired horizontal bars on the 1–5 scale for
 * mid-term against final. Every number is also in the table below each chart.
 */
final class FinalReportCharts {

  /** Colour-blind-safe palette (Okabe–Ito), dark enough on white. */
  static final String[] COLORS = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9",
      "#D55E00", "#7A7A7A"};
  private static final int W = 720;

  private FinalReportCharts() {}

  /** Text inside the SVG markup, escaped. */
  static String esc(Object value) {
    return value == null ? "" : HtmlUtils.htmlEscape(value.toString(), "UTF-8");
  }

  /** Columns per period, each stacked by series; the total above each column. */
  static String stacked(String title, List<String> periods, List<String> series, int[][] values) {
    int top = 30;
    int plotH = 220;
    int left = 50;
    int legendRows = (series.size() + 2) / 3;
    int h = top + plotH + 30 + legendRows * 20 + 10;
    int max = 1;
    for (int p = 0; p < periods.size(); p++) {
      int sum = 0;
      for (int s = 0; s < series.size(); s++) {
        sum += values[s][p];
      }
      max = Math.max(max, sum);
    }
    double scale = niceMax(max);
    StringBuilder b = open(title, h);
    axis(b, left, top, plotH, scale, false);
    int plotW = W - left - 20;
    double slot = (double) plotW / Math.max(1, periods.size());
    double bw = Math.min(90, slot * 0.6);
    for (int p = 0; p < periods.size(); p++) {
      double x = left + slot * p + (slot - bw) / 2;
      double y = top + plotH;
      int sum = 0;
      for (int s = 0; s < series.size(); s++) {
        int v = values[s][p];
        sum += v;
        double hh = v / scale * plotH;
        y -= hh;
        if (v > 0) {
          b.append("<rect x=\"").append(f(x)).append("\" y=\"").append(f(y)).append("\" width=\"")
              .append(f(bw)).append("\" height=\"").append(f(hh)).append("\" fill=\"")
              .append(COLORS[s % COLORS.length]).append("\"><title>").append(esc(series.get(s)))
              .append(' ').append(esc(periods.get(p))).append(": ").append(group(v))
              .append("</title></rect>");
        }
      }
      b.append("<text x=\"").append(f(x + bw / 2)).append("\" y=\"").append(f(y - 5))
          .append("\" text-anchor=\"middle\" font-weight=\"bold\">").append(group(sum))
          .append("</text>");
      b.append("<text x=\"").append(f(x + bw / 2)).append("\" y=\"").append(top + plotH + 18)
          .append("\" text-anchor=\"middle\">").append(esc(periods.get(p))).append("</text>");
    }
    legend(b, series, top + plotH + 38);
    return b.append("</svg>").toString();
  }

  /** One line per series across the periods; null values leave a gap (no point). */
  static String lines(String title, List<String> periods, List<String> series,
      BigDecimal[][] values, double min, double max, String unit, int decimals) {
    int top = 20;
    int plotH = 200;
    int left = 50;
    int legendRows = (series.size() + 2) / 3;
    int h = top + plotH + 30 + (series.size() > 1 ? legendRows * 20 + 10 : 0);
    StringBuilder b = open(title, h);
    int plotW = W - left - 60; // room for the values written right of the last period
    // horizontal grid
    for (int i = 0; i <= 4; i++) {
      double v = min + (max - min) * i / 4;
      double y = top + plotH - (v - min) / (max - min) * plotH;
      b.append("<line x1=\"").append(left).append("\" x2=\"").append(left + plotW)
          .append("\" y1=\"").append(f(y)).append("\" y2=\"").append(f(y))
          .append("\" stroke=\"#e4e4e4\"/>");
      b.append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\">").append(dec(BigDecimal.valueOf(v), max - min < 5 ? 1 : 0))
          .append("</text>");
    }
    double slot = periods.size() <= 1 ? plotW : (double) plotW / (periods.size() - 1);
    for (int p = 0; p < periods.size(); p++) {
      double x = periods.size() <= 1 ? left + plotW / 2.0 : left + slot * p;
      b.append("<text x=\"").append(f(x)).append("\" y=\"").append(top + plotH + 18)
          .append("\" text-anchor=\"middle\">").append(esc(periods.get(p))).append("</text>");
    }
    // value labels of one period kept at least 13 px apart (lines meeting at a point)
    double[][] labelY = new double[series.size()][periods.size()];
    for (int p = 0; p < periods.size(); p++) {
      java.util.List<double[]> at = new java.util.ArrayList<>();
      for (int s = 0; s < series.size(); s++) {
        if (values[s][p] != null) {
          at.add(new double[] {top + plotH - (values[s][p].doubleValue() - min) / (max - min)
              * plotH - 6, s});
        }
      }
      at.sort(java.util.Comparator.comparingDouble(a -> a[0]));
      for (int i = 1; i < at.size(); i++) {
        at.get(i)[0] = Math.max(at.get(i)[0], at.get(i - 1)[0] + 13);
      }
      for (double[] a : at) {
        labelY[(int) a[1]][p] = a[0];
      }
    }
    for (int s = 0; s < series.size(); s++) {
      String color = COLORS[s % COLORS.length];
      StringBuilder path = new StringBuilder();
      boolean pen = false;
      for (int p = 0; p < periods.size(); p++) {
        BigDecimal v = values[s][p];
        if (v == null) {
          pen = false;
          continue;
        }
        double x = periods.size() <= 1 ? left + plotW / 2.0 : left + slot * p;
        double y = top + plotH - (v.doubleValue() - min) / (max - min) * plotH;
        path.append(pen ? " L" : " M").append(f(x)).append(' ').append(f(y));
        pen = true;
        b.append("<circle cx=\"").append(f(x)).append("\" cy=\"").append(f(y))
            .append("\" r=\"4\" fill=\"").append(color).append("\"><title>")
            .append(esc(series.get(s))).append(' ').append(esc(periods.get(p))).append(": ")
            .append(dec(v, decimals)).append(unit).append("</title></circle>");
        b.append("<text x=\"").append(f(x + 6)).append("\" y=\"").append(f(labelY[s][p]))
            .append("\" fill=\"").append(color).append("\">").append(dec(v, decimals))
            .append("</text>");
      }
      if (path.length() > 0) {
        b.append("<path d=\"").append(path.toString().trim()).append("\" fill=\"none\" stroke=\"")
            .append(color).append("\" stroke-width=\"2\"/>");
      }
    }
    if (series.size() > 1) {
      legend(b, series, top + plotH + 38);
    }
    return b.append("</svg>").toString();
  }

  /** Statement by statement: mid-term (light) and final (dark) bars on the scale 1–5. */
  static String paired(String title, List<String> labels, List<BigDecimal> mid,
      List<BigDecimal> fin) {
    int labelW = 300;
    int rowH = 44;
    int top = 28;
    int h = top + rowH * labels.size() + 24;
    StringBuilder b = open(title, h);
    int plotW = W - labelW - 60;
    b.append("<rect x=\"").append(labelW).append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"")
        .append(COLORS[4]).append("\"/><text x=\"").append(labelW + 16)
        .append("\" y=\"14\">Väliarviointi</text><rect x=\"").append(labelW + 130)
        .append("\" y=\"4\" width=\"12\" height=\"12\" fill=\"").append(COLORS[0])
        .append("\"/><text x=\"").append(labelW + 146).append("\" y=\"14\">Loppuarviointi</text>");
    for (int i = 1; i <= 5; i++) {
      double x = labelW + (i - 1) / 4.0 * plotW;
      b.append("<line x1=\"").append(f(x)).append("\" x2=\"").append(f(x)).append("\" y1=\"")
          .append(top - 4).append("\" y2=\"").append(top + rowH * labels.size())
          .append("\" stroke=\"#e4e4e4\"/><text x=\"").append(f(x)).append("\" y=\"")
          .append(top + rowH * labels.size() + 16).append("\" text-anchor=\"middle\">").append(i)
          .append("</text>");
    }
    for (int r = 0; r < labels.size(); r++) {
      double y = top + rowH * r;
      String label = labels.get(r);
      b.append("<text x=\"").append(labelW - 8).append("\" y=\"").append(f(y + 20))
          .append("\" text-anchor=\"end\"><title>").append(esc(label)).append("</title>")
          .append(esc(shorten(label, 40))).append("</text>");
      bar(b, labelW, plotW, y + 4, mid.get(r), COLORS[4], "Väliarviointi");
      bar(b, labelW, plotW, y + 20, fin.get(r), COLORS[0], "Loppuarviointi");
    }
    return b.append("</svg>").toString();
  }

  private static void bar(StringBuilder b, int x0, int plotW, double y, BigDecimal v,
      String color, String what) {
    if (v == null) {
      b.append("<text x=\"").append(x0 + 4).append("\" y=\"").append(f(y + 11))
          .append("\" class=\"muted\" fill=\"#5c5c5c\">ei kysytty</text>");
      return;
    }
    double w = Math.max(1, (v.doubleValue() - 1) / 4 * plotW);
    b.append("<rect x=\"").append(x0).append("\" y=\"").append(f(y)).append("\" width=\"")
        .append(f(w)).append("\" height=\"14\" fill=\"").append(color).append("\"><title>")
        .append(what).append(": ").append(dec(v, 2)).append("</title></rect><text x=\"")
        .append(f(x0 + w + 4)).append("\" y=\"").append(f(y + 11)).append("\">")
        .append(dec(v, 2)).append("</text>");
  }

  private static StringBuilder open(String title, int h) {
    return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" ")
        .append("viewBox=\"0 0 ").append(W).append(' ').append(h).append("\" width=\"").append(W)
        .append("\" height=\"").append(h).append("\" role=\"img\" aria-label=\"").append(esc(title))
        .append("\" font-family=\"system-ui, Arial, sans-serif\" font-size=\"12\"><title>")
        .append(esc(title)).append("</title>");
  }

  private static void axis(StringBuilder b, int left, int top, int plotH, double scale,
      boolean unused) {
    for (int i = 0; i <= 4; i++) {
      double v = scale * i / 4;
      double y = top + plotH - plotH * i / 4.0;
      b.append("<line x1=\"").append(left).append("\" x2=\"").append(W - 20).append("\" y1=\"")
          .append(f(y)).append("\" y2=\"").append(f(y)).append("\" stroke=\"#e4e4e4\"/>")
          .append("<text x=\"").append(left - 6).append("\" y=\"").append(f(y + 4))
          .append("\" text-anchor=\"end\">").append(group(Math.round(v))).append("</text>");
    }
  }

  private static void legend(StringBuilder b, List<String> series, int y0) {
    for (int s = 0; s < series.size(); s++) {
      int col = s % 3;
      int row = s / 3;
      int x = 50 + col * 225;
      int y = y0 + row * 20;
      b.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10)
          .append("\" width=\"12\" height=\"12\" fill=\"").append(COLORS[s % COLORS.length])
          .append("\"/><text x=\"").append(x + 16).append("\" y=\"").append(y).append("\">")
          .append(esc(shorten(series.get(s), 34))).append("</text>");
    }
  }

  static double niceMax(int max) {
    double mag = Math.pow(10, Math.floor(Math.log10(max)));
    for (double m : new double[] {1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
      if (m * mag >= max) {
        return m * mag;
      }
    }
    return 10 * mag;
  }

  static String shorten(String s, int n) {
    return s.length() <= n ? s : s.substring(0, n - 1).trim() + "…";
  }

  /** Finnish: thousands with a thin no-break space, decimal comma. */
  static String group(long v) {
    String s = Long.toString(Math.abs(v));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      if (i > 0 && (s.length() - i) % 3 == 0) {
        out.append('\u00A0');
      }
      out.append(s.charAt(i));
    }
    return (v < 0 ? "−" : "") + out;
  }

  static String dec(BigDecimal v, int decimals) {
    return v.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
  }

  private static String f(double d) {
    return String.format(java.util.Locale.ROOT, "%.1f", d);
  }
}

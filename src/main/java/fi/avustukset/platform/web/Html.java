package fi.avustukset.platform.web;

import java.math.BigDecimal;
import java.util.List;

/**
 * Small helpers for the server-rendered report pages: escaping, the page frame and
 * horizontal bar charts as inline SVG (no JavaScript, no build step).
 */
public final class Html {

  /** Content-Security-Policy of the pages: no scripts, inline styles only, forms to self. */
  public static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; "
      + "img-src data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private Html() {}

  public static String esc(Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Finnish number format: decimal comma. */
  public static String num(BigDecimal d) {
    return d == null ? "–" : d.toPlainString().replace('.', ',');
  }

  public static String page(String title, String body) {
    return "<!DOCTYPE html>\n<html lang=\"fi\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + "<title>" + esc(title) + "</title><style>"
        + "body{font-family:system-ui,Segoe UI,Arial,sans-serif;margin:2rem auto;max-width:1000px;"
        + "color:#1b1b1b;padding:0 1rem}h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;"
        + "border-bottom:1px solid #ccc}table{border-collapse:collapse;margin:.5rem 0}"
        + "td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:left}"
        + "td.n,th.n{text-align:right}.flag{background:#fff3cd;border:1px solid #e0a800;"
        + "padding:.6rem 1rem;margin:.8rem 0}.ok{color:#2e7d32}.late{color:#c62828}"
        + ".muted{color:#666}nav a{margin-right:1rem}svg text{font-size:12px}"
        + "form label{display:block;margin:.4rem 0}input,select{padding:.2rem}"
        + ".error{color:#c62828}.scroll{overflow-x:auto}table{font-size:.9rem}</style></head><body>" + body + "</body></html>";
  }

  /** A bar of a chart: label, value, the text shown after the bar. */
  public record Bar(String label, double value, String text) {}

  /**
   * A horizontal bar chart; {@code max} is the value of a full bar (e.g. 100 for percent,
   * 5 for ratings), or 0 to scale to the largest bar.
   */
  public static String barChart(String title, List<Bar> bars, double max, String color) {
    int labelWidth = 330;
    int barWidth = 420;
    int rowHeight = 24;
    int height = bars.size() * rowHeight + 10;
    double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(0);
    StringBuilder svg = new StringBuilder();
    svg.append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
        .append(labelWidth + barWidth + 90).append("\" height=\"").append(height)
        .append("\" aria-label=\"").append(esc(title)).append("\"><title>").append(esc(title))
        .append("</title>");
    int y = 5;
    for (Bar bar : bars) {
      double w = top <= 0 ? 0 : Math.min(1.0, bar.value() / top) * barWidth;
      svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"end\">").append(esc(bar.label())).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3)
          .append("\" width=\"").append(String.format(java.util.Locale.ROOT, "%.1f", w))
          .append("\" height=\"").append(rowHeight - 6).append("\" fill=\"").append(color)
          .append("\"/>")
          .append("<text x=\"").append(String.format(java.util.Locale.ROOT, "%.1f",
              labelWidth + w + 6)).append("\" y=\"").append(y + 16).append("\">")
          .append(esc(bar.text())).append("</text>");
      y += rowHeight;
    }
    svg.append("</svg><figcaption class=\"muted\">").append(esc(title))
        .append("</figcaption></figure>");
    return svg.toString();
  }
}

package fi.avustukset.reporting.finalreport.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * XHTML → PDF with openhtmltopdf (a tiny stand-in until the shared renderer of issue 12 lands
 * in fi.avustukset.platform.pdf). Uses a Unicode TrueType font of the machine when there is one
 * (Liberation Sans or DejaVu Sans: "–", "−", "…" and every Finnish letter), otherwise the PDF's
 * built-in Helvetica with the characters it lacks replaced.
 */
final class FinalReportPdf {

  static final String FONT_FAMILY = "Report Sans";
  private static final String[][] FONTS = {
      {"/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
          "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"},
      {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
          "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"}};

  private FinalReportPdf() {}

  static byte[] render(String xhtml, String baseUri) {
    String[] font = null;
    for (String[] f : FONTS) {
      if (new File(f[0]).canRead() && new File(f[1]).canRead()) {
        font = f;
        break;
      }
    }
    String html = font != null ? xhtml : xhtml.replace('−', '-').replace('…', '.')
        .replace('\u2011', '-');
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      if (font != null) {
        builder.useFont(new File(font[0]), FONT_FAMILY, 400,
            PdfRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(new File(font[1]), FONT_FAMILY, 700,
            PdfRendererBuilder.FontStyle.NORMAL, true);
      }
      builder.withHtmlContent(html, baseUri);
      builder.toStream(out);
      builder.run();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

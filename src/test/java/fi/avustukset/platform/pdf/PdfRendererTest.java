package fi.avustukset.platform.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;

/** PDF/A-2u with the Finnish text intact and the font embedded. */
class PdfRendererTest {

  static PdfRenderer renderer() {
    GenericApplicationContext context = new GenericApplicationContext();
    context.refresh();
    return new PdfRenderer(context, new StaticListableBeanFactory().getBeanProvider(
        org.springframework.core.convert.ConversionService.class));
  }

  @Test
  void finnishTextSurvivesAndTheFontIsEmbedded() throws Exception {
    byte[] pdf = renderer().pdfFromHtml("<!DOCTYPE html><html lang=\"fi\"><head><title>Päätös"
        + "</title><link rel=\"stylesheet\" href=\"/css/app.css\"></head><body><h1>Avustuspäätös</h1>"
        + "<p>Hakija: Kuopion Seudun Omaishoitajat ry. Myönnetään 12 500,00 € "
        + "<em>yhteistyösopimus</em>; <strong>Oikaisuvaatimusohje</strong> — ÄÖÅ äöå š ž €.</p>"
        + "</body></html>");
    assertThat(new String(pdf, 0, 8, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    try (PDDocument document = PDDocument.load(pdf)) {
      String text = text(document);
      assertThat(text).contains("Avustuspäätös").contains("Myönnetään 12 500,00 €")
          .contains("ÄÖÅ äöå š ž").contains("yhteistyösopimus");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Päätös");
      // PDF/A: XMP metadata naming part 2, conformance U, and an sRGB output intent.
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(),
          StandardCharsets.UTF_8);
      assertThat(xmp).contains("pdfaid:part").contains("2").contains("pdfaid:conformance");
      assertThat(document.getDocumentCatalog().getOutputIntents()).isNotEmpty();
      for (var page : document.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.getName()).contains("DejaVuSans");
          assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
        }
      }
      assertThat(document.getPage(0).getMediaBox().getWidth()).isBetween(594f, 596f); // A4 = 595 pt
    }
  }

  /**
   * The parsed fonts are pooled between documents (one set per document at a time): documents
   * rendered at the same time, and one after another with the same set, each keep their own
   * text and an embedded subset that has their own glyphs.
   */
  @Test
  void documentsRenderedConcurrentlyWithPooledFontsKeepTheirOwnText() throws Exception {
    PdfRenderer renderer = renderer();
    int documents = 3 * PdfRenderer.POOLED_FONT_SETS;
    var pool = java.util.concurrent.Executors.newFixedThreadPool(PdfRenderer.POOLED_FONT_SETS + 2);
    try {
      List<java.util.concurrent.Future<byte[]>> pdfs = new java.util.ArrayList<>();
      for (int i = 0; i < documents; i++) {
        String words = "Hakemus " + i + " " + "åäö ÅÄÖ šž ".repeat(i % 3 + 1)
            + (i % 2 == 0 ? "<strong>Lihavoitu " + i + "</strong>" : "<em>Kursiivi " + i + "</em>");
        pdfs.add(pool.submit(() -> renderer.pdfFromHtml(
            "<!DOCTYPE html><html><body><p>" + words + "</p></body></html>")));
      }
      for (int i = 0; i < documents; i++) {
        try (PDDocument document = PDDocument.load(pdfs.get(i).get())) {
          String text = text(document);
          assertThat(text).contains("Hakemus " + i + " ")
              .contains(i % 2 == 0 ? "Lihavoitu " + i : "Kursiivi " + i).contains("åäö ÅÄÖ šž");
          for (var name : document.getPage(0).getResources().getFontNames()) {
            assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
          }
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The text in reading order (PDFBox's default follows the content stream). */
  static String text(PDDocument document) throws java.io.IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper.getText(document);
  }
}

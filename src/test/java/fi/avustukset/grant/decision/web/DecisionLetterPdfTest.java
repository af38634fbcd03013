package fi.avustukset.grant.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.grant.application.domain.ApplicationData;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ServiceDirectory;
import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.platform.pdf.PdfRenderer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.GenericApplicationContext;

/**
 * templates/decision-letter.html as PDF/A: the decision, amount, reasons, decision-maker and
 * date, take-over note and rectification instructions, Finnish letters intact. Writes
 * target/decision-letter-sample.pdf for a look (pdftoppm -png).
 */
class DecisionLetterPdfTest {

  @Test
  void letterOfABoardDecisionReadsRight() throws Exception {
    GenericApplicationContext context = new GenericApplicationContext();
    context.refresh();
    PdfRenderer renderer = new PdfRenderer(context, new StaticListableBeanFactory()
        .getBeanProvider(org.springframework.core.convert.ConversionService.class));
    GrantApplication a = new GrantApplication("2027-TI-1-0007", "2027-TI-1", new ApplicationData(
        "Kuopion Seudun Omaishoitajat ry", "2345678-0", "ASSOCIATION", "Omaishoitajien jaksamisryhmät",
        "Omaishoitajat", true, "Osallisuus", true, ServiceDirectory.LAHELLA, 4, false, true, null,
        new BigDecimal("40000.00"), 1, "toimisto@omaishoitajat.example"), "applicant2",
        Instant.parse("2027-01-10T10:00:00Z"));
    a.decide(Decision.GRANTED, new BigDecimal("32500.00"),
        "Hakemus täyttää ehdot; määräraha riittää osittain (E9). Ryhmät myös ruotsiksi: å, ä, ö.",
        "REGIONAL_BOARD", Instant.parse("2027-03-02T12:00:00Z"));
    Map<String, Object> m = new HashMap<>();
    m.put("a", a);
    m.put("call", Map.of("name", "Toiminta-avustukset 2027", "callKey", "2027-TI-1",
        "grantType", GrantType.OPERATING_INNOVATION));
    m.put("granted", true);
    m.put("decidedOn", "2.3.2027");
    m.put("byBoard", true);
    m.put("rectificationDays", 14);
    m.put("takeoverDays", 14);
    m.put("funderName", "Pohjois-Savon hyvinvointialue");

    byte[] pdf = renderer.pdf("decision-letter", m);
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "decision-letter-sample.pdf"), pdf);
    try (PDDocument document = PDDocument.load(pdf)) {
      String text = text(document).replace('\u00a0', ' ');
      assertThat(text).contains("Avustuspäätös").contains("Pohjois-Savon hyvinvointialue")
          .contains("2027-TI-1-0007").contains("Kuopion Seudun Omaishoitajat ry")
          .contains("Myönnetään 32 500,00 euroa").contains("määräraha riittää osittain (E9)")
          .contains("å, ä, ö").contains("Aluehallitus (otto-oikeus)").contains("2.3.2027")
          .contains("Otto-oikeus").contains("käyttänyt otto-oikeuttaan")
          .contains("Oikaisuvaatimusohje").contains("Oikaisuvaatimus tehdään 14")
          .doesNotContain("PDF-tiedostona"); // the page's own link is not printed
      assertThat(document.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f); // A4
    }
  }

  /** The text in reading order (PDFBox's default follows the content stream). */
  static String text(PDDocument document) throws java.io.IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper.getText(document);
  }
}

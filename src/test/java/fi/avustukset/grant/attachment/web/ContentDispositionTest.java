package fi.avustukset.grant.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The download's name survives any characters (RFC 6266 / RFC 5987). */
class ContentDispositionTest {

  @Test
  void aFinnishNameGoesAsUtf8WithAPlainFallback() {
    assertThat(AttachmentController.contentDisposition("Säännöt 2027.pdf")).isEqualTo(
        "attachment; filename=\"S__nn_t 2027.pdf\"; filename*=UTF-8''S%C3%A4%C3%A4nn%C3%B6t%202027.pdf");
  }

  @Test
  void quotesAndBackslashesCannotBreakTheHeader() {
    assertThat(AttachmentController.contentDisposition("a\"b\\c;d.pdf"))
        .isEqualTo("attachment; filename=\"a_b_c;d.pdf\"; filename*=UTF-8''a%22b%5Cc%3Bd.pdf");
  }

  @Test
  void sizesReadAsFinnish() {
    assertThat(AttachmentPageController.sizeText(500)).isEqualTo("500 tavua");
    assertThat(AttachmentPageController.sizeText(35_000)).isEqualTo("34 kt");
    assertThat(AttachmentPageController.sizeText(1_300_000)).isEqualTo("1,2 Mt");
  }
}

package fi.avustukset.grant.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustukset.grant.attachment.domain.FileTypes.FileType;
import fi.avustukset.grant.attachment.domain.FileTypes.RefusedFileException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The type of a file comes from its content (issue 13), never from its name. */
class FileTypesTest {

  @Test
  void recognisesEveryAcceptedTypeByItsContent() throws Exception {
    assertThat(FileTypes.detect(TestFiles.pdf("säännöt"))).isEqualTo(FileType.PDF);
    assertThat(FileTypes.detect(TestFiles.png())).isEqualTo(FileType.PNG);
    assertThat(FileTypes.detect(TestFiles.jpeg())).isEqualTo(FileType.JPEG);
    assertThat(FileTypes.detect(TestFiles.docx())).isEqualTo(FileType.DOCX);
    assertThat(FileTypes.detect(TestFiles.xlsx())).isEqualTo(FileType.XLSX);
    assertThat(FileTypes.detect(TestFiles.odt())).isEqualTo(FileType.ODT);
    assertThat(FileTypes.detect(TestFiles.ods())).isEqualTo(FileType.ODS);
  }

  @Test
  void refusesAProgramRenamedToPdf() {
    assertThatThrownBy(() -> FileTypes.detect(TestFiles.exe(), "talousarvio.pdf"))
        .isInstanceOf(RefusedFileException.class).hasMessageContaining("ohjelma");
  }

  @Test
  void refusesElfJavaClassAndShellScripts() {
    for (byte[] program : new byte[][] {{0x7F, 'E', 'L', 'F', 2, 1},
        {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0},
        "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII)}) {
      assertThatThrownBy(() -> FileTypes.detect(program)).isInstanceOf(RefusedFileException.class)
          .hasMessageContaining("ohjelma");
    }
  }

  @Test
  void refusesUnknownContentEvenWithAnAcceptedName() {
    assertThatThrownBy(() -> FileTypes.detect("pelkkää tekstiä".getBytes(StandardCharsets.UTF_8),
        "saannot.pdf")).isInstanceOf(RefusedFileException.class)
        .hasMessageContaining("ei ole sallittua tyyppiä");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> FileTypes.detect(new byte[0])).hasMessage("Tiedosto on tyhjä.");
  }

  @Test
  void refusesAPlainZipAMacroDocumentAndABrokenZip() {
    assertThatThrownBy(() -> FileTypes.detect(TestFiles.plainZip(), "liite.docx"))
        .hasMessageContaining("ZIP");
    assertThatThrownBy(() -> FileTypes.detect(TestFiles.docm(), "liite.docx"))
        .hasMessageContaining("makroja");
    byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
    assertThatThrownBy(() -> FileTypes.detect(broken)).isInstanceOf(RefusedFileException.class);
  }

  @Test
  void refusesAZipWithAProgramInside() {
    assertThatThrownBy(() -> FileTypes.detect(TestFiles.zip(null, "[Content_Types].xml", "<T/>",
        "word/document.xml", "<w/>", "setup.exe", "MZ"), "liite.docx"))
        .hasMessageContaining("ohjelma");
  }

  @Test
  void theNameMustFitTheContent() throws Exception {
    assertThat(FileTypes.detect(TestFiles.jpeg(), "kuva.JPG")).isEqualTo(FileType.JPEG);
    assertThat(FileTypes.detect(TestFiles.jpeg(), "kuva.jpeg")).isEqualTo(FileType.JPEG);
    assertThatThrownBy(() -> FileTypes.detect(TestFiles.png(), "saannot.pdf"))
        .hasMessage("Tiedoston sisältö on PNG-kuva, mutta nimen pääte on .pdf; anna tiedostolle"
            + " pääte .png.");
    assertThatThrownBy(() -> FileTypes.detect(TestFiles.pdf("x"), "saannot"))
        .hasMessageContaining("nimestä puuttuu pääte");
  }
}

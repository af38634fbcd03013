package fi.avustukset.grant.attachment.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small real files of each kind, made in memory (shared by the unit tests and the IT). */
public final class TestFiles {

  public static byte[] pdf(String text) {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H',
        'D', 'R'};
  }

  public static byte[] jpeg() {
    return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I',
        'F', 0};
  }

  /** A Windows program: what a renamed .exe starts with. */
  public static byte[] exe() {
    byte[] b = new byte[256];
    b[0] = 'M';
    b[1] = 'Z';
    b[2] = (byte) 0x90;
    return b;
  }

  public static byte[] docx() {
    return zip(null, "[Content_Types].xml", "<Types/>", "_rels/.rels", "<Relationships/>",
        "word/document.xml", "<w:document/>");
  }

  public static byte[] xlsx() {
    return zip(null, "[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
  }

  public static byte[] docm() {
    return zip(null, "[Content_Types].xml", "<Types/>", "word/document.xml", "<w:document/>",
        "word/vbaProject.bin", "macro");
  }

  public static byte[] odt() {
    return zip("application/vnd.oasis.opendocument.text", "content.xml", "<office:document/>");
  }

  public static byte[] ods() {
    return zip("application/vnd.oasis.opendocument.spreadsheet", "content.xml",
        "<office:document/>");
  }

  public static byte[] plainZip() {
    return zip(null, "readme.txt", "hello");
  }

  /** A ZIP: ODF's {@code mimetype} first (stored) when given, then name/content pairs. */
  static byte[] zip(String odfMimetype, String... namesAndContents) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      if (odfMimetype != null) {
        byte[] m = odfMimetype.getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(m.length);
        CRC32 crc = new CRC32();
        crc.update(m);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(m);
        zip.closeEntry();
      }
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private TestFiles() {}
}

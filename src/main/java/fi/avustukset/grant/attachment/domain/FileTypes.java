package fi.avustukset.grant.attachment.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The type of a file by its content, never by its name (issue 13): PDF, PNG and JPEG by their
 * magic bytes; DOCX/XLSX and ODT/ODS by the parts inside their ZIP container (a plain ZIP, a
 * macro document or anything else in a ZIP is refused). Executables and every unknown content
 * are refused. Hand-written on purpose: Apache Tika's core module tells a .docx from a ZIP only
 * by the file name, which is exactly what must not be trusted; its container detectors come
 * with the parser modules (tens of MB).
 */
public final class FileTypes {

  /** An accepted type: media type, the file name endings that fit it, and a Finnish name. */
  public enum FileType {
    PDF("application/pdf", "PDF-asiakirja", "pdf"),
    PNG("image/png", "PNG-kuva", "png"),
    JPEG("image/jpeg", "JPEG-kuva", "jpg", "jpeg"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Word-asiakirja (DOCX)", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Excel-taulukko (XLSX)", "xlsx"),
    ODT("application/vnd.oasis.opendocument.text", "OpenDocument-teksti (ODT)", "odt"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "OpenDocument-taulukko (ODS)", "ods");

    private final String mediaType;
    private final String finnishName;
    private final List<String> extensions;

    FileType(String mediaType, String finnishName, String... extensions) {
      this.mediaType = mediaType;
      this.finnishName = finnishName;
      this.extensions = List.of(extensions);
    }

    public String mediaType() {
      return mediaType;
    }

    public String finnishName() {
      return finnishName;
    }

    public List<String> extensions() {
      return extensions;
    }
  }

  /** The accepted types as one sentence part, for refusals and the upload form's hint. */
  public static final String ACCEPTED_TEXT = "PDF, DOCX, XLSX, ODT, ODS, PNG tai JPEG";

  /** Reading a ZIP container stops after this many entries or inflated bytes (zip bombs). */
  static final int MAX_ZIP_ENTRIES = 5_000;
  static final long MAX_INFLATED_BYTES = 256L * 1024 * 1024;

  /** Why a file was refused; the message is a Finnish sentence. */
  public static final class RefusedFileException extends Exception {
    public RefusedFileException(String message) {
      super(message);
    }
  }

  private FileTypes() {}

  /** The type of the content; refused (with the reason) when it is none of the accepted ones. */
  public static FileType detect(byte[] content) throws RefusedFileException {
    if (content == null || content.length == 0) {
      throw new RefusedFileException("Tiedosto on tyhjä.");
    }
    if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
      return FileType.PDF;
    }
    if (startsWith(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return FileType.PNG;
    }
    if (startsWith(content, 0xFF, 0xD8, 0xFF)) {
      return FileType.JPEG;
    }
    if (startsWith(content, 'P', 'K', 0x03, 0x04)) {
      return container(content);
    }
    if (executable(content)) {
      throw new RefusedFileException("Tiedosto on ohjelma (suoritettava tiedosto), ei asiakirja;"
          + " sellaista ei voi liittää.");
    }
    throw new RefusedFileException("Tiedoston sisältö ei ole sallittua tyyppiä (sallitut: "
        + ACCEPTED_TEXT + ").");
  }

  /** Detects the type and checks that the file name's ending fits it (no .pdf named PNG). */
  public static FileType detect(byte[] content, String fileName) throws RefusedFileException {
    FileType type = detect(content);
    String ending = ending(fileName);
    if (!type.extensions().contains(ending)) {
      throw new RefusedFileException("Tiedoston sisältö on " + type.finnishName()
          + (ending.isEmpty() ? ", mutta nimestä puuttuu pääte" : ", mutta nimen pääte on ." + ending)
          + "; anna tiedostolle pääte ." + type.extensions().get(0) + ".");
    }
    return type;
  }

  static String ending(String fileName) {
    if (fileName == null) {
      return "";
    }
    int dot = fileName.lastIndexOf('.');
    return dot < 0 || dot == fileName.length() - 1 ? ""
        : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Windows PE, ELF, Mach-O (both byte orders, fat), Java class, shell script. */
  static boolean executable(byte[] c) {
    return startsWith(c, 'M', 'Z') || startsWith(c, 0x7F, 'E', 'L', 'F')
        || startsWith(c, 0xCA, 0xFE, 0xBA, 0xBE) || startsWith(c, 0xFE, 0xED, 0xFA, 0xCE)
        || startsWith(c, 0xFE, 0xED, 0xFA, 0xCF) || startsWith(c, 0xCE, 0xFA, 0xED, 0xFE)
        || startsWith(c, 0xCF, 0xFA, 0xED, 0xFE) || startsWith(c, '#', '!');
  }

  /**
   * A ZIP is accepted only as an office document: ODF names its type in the first entry
   * {@code mimetype}; OOXML has {@code [Content_Types].xml} and its main part. Macro parts
   * ({@code vbaProject.bin}) and executables inside are refused.
   */
  private static FileType container(byte[] content) throws RefusedFileException {
    Set<String> names = new HashSet<>();
    String odfType = null;
    long inflated = 0;
    byte[] buffer = new byte[8192];
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int count = 0;
      while ((entry = zip.getNextEntry()) != null) {
        if (++count > MAX_ZIP_ENTRIES) {
          throw notOffice();
        }
        String name = entry.getName();
        names.add(name);
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("vbaproject.bin")) {
          throw new RefusedFileException("Asiakirjassa on makroja; tallenna se ilman makroja"
              + " (esimerkiksi .docx tai .xlsx) tai PDF-muodossa.");
        }
        if (lower.endsWith(".exe") || lower.endsWith(".dll") || lower.endsWith(".bat")
            || lower.endsWith(".cmd") || lower.endsWith(".js") || lower.endsWith(".vbs")) {
          throw new RefusedFileException("Tiedoston sisällä on ohjelma; sellaista ei voi liittää.");
        }
        byte[] head = count == 1 && name.equals("mimetype") ? new byte[100] : null;
        int headLength = 0;
        int n;
        while ((n = zip.read(buffer)) > 0) {
          if (head != null && headLength < head.length) {
            int copy = Math.min(n, head.length - headLength);
            System.arraycopy(buffer, 0, head, headLength, copy);
            headLength += copy;
          }
          inflated += n;
          if (inflated > MAX_INFLATED_BYTES) {
            throw notOffice();
          }
        }
        if (head != null) {
          odfType = new String(head, 0, headLength, StandardCharsets.US_ASCII).trim();
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      throw notOffice();
    }
    if ("application/vnd.oasis.opendocument.text".equals(odfType) && names.contains("content.xml")) {
      return FileType.ODT;
    }
    if ("application/vnd.oasis.opendocument.spreadsheet".equals(odfType)
        && names.contains("content.xml")) {
      return FileType.ODS;
    }
    if (names.contains("[Content_Types].xml")) {
      if (names.contains("word/document.xml")) {
        return FileType.DOCX;
      }
      if (names.contains("xl/workbook.xml")) {
        return FileType.XLSX;
      }
    }
    throw notOffice();
  }

  private static RefusedFileException notOffice() {
    return new RefusedFileException("Tiedosto on pakattu (ZIP), mutta ei sallittu asiakirja"
        + " (sallitut: " + ACCEPTED_TEXT + ").");
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean startsWith(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != (prefix[i] & 0xFF)) {
        return false;
      }
    }
    return true;
  }
}

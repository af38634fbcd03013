package fi.avustukset.platform.errors;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Short Finnish names of input fields ({@code errors/field-labels.properties}), so that a
 * refusal reads as a sentence a person understands ("Y-tunnus: tarkistusnumero ei täsmää.")
 * instead of naming a technical key.
 */
public final class FieldLabels {

  private static final Properties LABELS = load();

  /** The Finnish name of a field or field path ({@code challenges[0].language} → "Kieli"). */
  public static String label(String field) {
    if (field == null || field.isBlank()) {
      return null;
    }
    String path = field.replaceAll("\\[[0-9]+]", "");
    String last = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    String label = LABELS.getProperty(last);
    if (label == null && path.contains(".")) {
      label = LABELS.getProperty(path.substring(0, path.indexOf('.')));
    }
    return label;
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = FieldLabels.class.getResourceAsStream("/errors/field-labels.properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }

  private FieldLabels() {}
}

package fi.avustukset.reporting.finalreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Seed 004 (JärjestöSotehanke 113, 2017–2020) as fixtures: the four years' event CSVs, the
 * reported year figures, contacts and surveys (jsh113-evaluation.json) and the feedback ratings
 * (jsh113-feedback.json). Where each figure comes from: src/test/resources/reporting/README-jsh113.md.
 */
public final class Jsh113Fixtures {

  public static final List<Integer> YEARS = List.of(2017, 2018, 2019, 2020);
  private static final ObjectMapper JSON = new ObjectMapper();

  private Jsh113Fixtures() {}

  public static byte[] events(int year) {
    return bytes("/reporting/jsh113-" + year + "-events.csv");
  }

  public static JsonNode evaluation() {
    return json("/reporting/jsh113-evaluation.json");
  }

  public static JsonNode feedback() {
    return json("/reporting/jsh113-feedback.json");
  }

  static JsonNode json(String path) {
    try {
      return JSON.readTree(bytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] bytes(String path) {
    try (InputStream in = Jsh113Fixtures.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("fixture missing: " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

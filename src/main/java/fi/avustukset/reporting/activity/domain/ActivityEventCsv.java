package fi.avustukset.reporting.activity.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Parses the activity-event CSV of CONTRACT.md ("Activity events: import and annual report"):
 * UTF-8 (a byte-order mark is skipped), a header row, comma separated, RFC 4180 quoting.
 * Columns are found by their header names, in any order; the optional column {@code term}
 * classifies the event by an activity-taxonomy term (DOMAIN.md §9). Every row is checked and
 * every problem reported with its row number, so one answer lists all that must be fixed.
 */
public final class ActivityEventCsv {

  public static final List<String> REQUIRED = List.of("date", "type", "goalLevels",
      "organizerRole", "officials", "electedOfficials", "ngoRepresentatives", "privateSector",
      "title");
  public static final String TERM = "term";
  /** Rows per file; the file is streamed, so this bounds the transaction, not the memory. */
  public static final int MAX_ROWS = 200_000;
  /** Problems listed at most in one answer. */
  public static final int MAX_ERRORS = 1_000;
  static final int MAX_COUNT = 100_000;
  static final int MAX_TITLE = 300;

  private static final CsvMapper MAPPER = new CsvMapper();

  /** A valid row and where it was. */
  public record Row(int row, EventRecord event) {}

  private ActivityEventCsv() {}

  /**
   * Parses a whole file held in memory (tests, small inputs); see {@link #read}.
   *
   * @param knownTerm whether a taxonomy term code exists (for the optional {@code term} column)
   * @throws CsvImportException listing every bad row when any row is bad
   */
  public static List<Row> parse(byte[] body, Predicate<String> knownTerm) {
    List<Row> rows = new ArrayList<>();
    read(new ByteArrayInputStream(body == null ? new byte[0] : body), knownTerm, rows::add);
    return rows;
  }

  /**
   * Streams the file: each valid row goes to {@code sink} as soon as it is read, as long as no
   * bad row has been seen; after the first bad row the rest is still checked (so one answer
   * lists the problems, at most {@value #MAX_ERRORS}) but nothing more goes to the sink. The
   * caller makes the import all-or-nothing by running it in one transaction that this
   * method's {@link CsvImportException} rolls back. Memory stays bounded by one row.
   *
   * @return the number of event rows read
   * @throws CsvImportException listing the bad rows when any row is bad
   */
  public static int read(InputStream body, Predicate<String> knownTerm, Consumer<Row> sink) {
    List<RowError> errors = new ArrayList<>();
    Map<String, Integer> columns = null;
    int rowNumber = 0;
    int dataRows = 0;
    try (Reader reader = utf8(body);
        MappingIterator<String[]> it = MAPPER.readerFor(String[].class)
            .with(CsvParser.Feature.WRAP_AS_ARRAY)
            .readValues(reader)) {
      while (it.hasNextValue()) {
        String[] fields = it.nextValue();
        rowNumber++;
        if (isBlank(fields)) {
          continue;
        }
        if (columns == null) {
          columns = header(fields, errors);
          if (!errors.isEmpty()) {
            throw new CsvImportException(errors);
          }
          continue;
        }
        if (dataRows >= MAX_ROWS) {
          errors.add(new RowError(rowNumber, null, "enintään " + MAX_ROWS + " riviä kerralla"));
          break;
        }
        if (errors.size() >= MAX_ERRORS) {
          errors.add(new RowError(rowNumber, null, "yli " + MAX_ERRORS + " virhettä: korjaa"
              + " nämä ja tuo tiedosto uudelleen"));
          break;
        }
        dataRows++;
        EventRecord event = row(rowNumber, fields, columns, knownTerm, errors);
        if (event != null && errors.isEmpty()) {
          sink.accept(new Row(rowNumber, event));
        }
      }
    } catch (JsonProcessingException e) {
      if (notUtf8(e)) {
        throw notUtf8();
      }
      int line = e.getLocation() == null ? rowNumber + 1 : e.getLocation().getLineNr();
      errors.add(new RowError(line, null, "CSV-rakenne on rikki: " + e.getOriginalMessage()));
    } catch (IOException | RuntimeException e) {
      if (e instanceof CsvImportException cie) {
        throw cie;
      }
      if (notUtf8(e)) {
        throw notUtf8();
      }
      errors.add(new RowError(rowNumber + 1, null, "CSV-rakenne on rikki: " + e.getMessage()));
    }
    if (columns == null && errors.isEmpty()) {
      errors.add(new RowError(1, null, "tiedosto on tyhjä: otsikkorivi puuttuu"));
    }
    if (errors.isEmpty() && dataRows == 0) {
      errors.add(new RowError(2, null, "tiedostossa ei ole yhtään tapahtumariviä"));
    }
    if (!errors.isEmpty()) {
      throw new CsvImportException(errors);
    }
    return dataRows;
  }

  /** A strict UTF-8 reader (bad bytes are an error, not replaced) that skips a byte-order mark. */
  private static Reader utf8(InputStream body) throws IOException {
    PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(body,
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)), 65_536), 1);
    int first = reader.read();
    if (first >= 0 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  private static boolean notUtf8(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof CharacterCodingException) {
        return true;
      }
    }
    return false;
  }

  private static CsvImportException notUtf8() {
    return new CsvImportException(List.of(new RowError(1, null,
        "tiedosto ei ole UTF-8-merkistöä (tallenna CSV UTF-8-muodossa)")));
  }

  private static Map<String, Integer> header(String[] fields, List<RowError> errors) {
    Map<String, Integer> columns = new HashMap<>();
    Map<String, String> known = new LinkedHashMap<>();
    REQUIRED.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
    known.put(TERM, TERM);
    for (int i = 0; i < fields.length; i++) {
      String name = fields[i] == null ? "" : fields[i].trim();
      String canonical = known.get(name.toLowerCase(Locale.ROOT));
      if (canonical == null) {
        errors.add(new RowError(1, name, "tuntematon sarake '" + name + "' (sallitut: "
            + String.join(", ", known.values()) + ")"));
      } else if (columns.putIfAbsent(canonical, i) != null) {
        errors.add(new RowError(1, canonical, "sarake on otsikkorivillä kahdesti"));
      }
    }
    for (String required : REQUIRED) {
      if (!columns.containsKey(required)) {
        errors.add(new RowError(1, required, "sarake puuttuu otsikkoriviltä"));
      }
    }
    return columns;
  }

  private static EventRecord row(int row, String[] fields, Map<String, Integer> columns,
      Predicate<String> knownTerm, List<RowError> errors) {
    if (fields.length > columns.size()) {
      errors.add(new RowError(row, null, "rivillä on " + fields.length + " kenttää, otsikossa "
          + columns.size() + " (lainaa pilkkuja sisältävä teksti lainausmerkein)"));
      return null;
    }
    if (fields.length < columns.size()) {
      errors.add(new RowError(row, null, "rivillä on vain " + fields.length + " kenttää, otsikossa "
          + columns.size()));
      return null;
    }
    return validate(row, name -> {
      Integer i = columns.get(name);
      if (i == null || i >= fields.length || fields[i] == null) {
        return null;
      }
      String v = fields[i].trim();
      return v.isEmpty() ? null : v;
    }, knownTerm, errors);
  }

  /**
   * Validates one event given as column → text (null or blank = empty), the same rules for
   * CSV rows and the entry form; adds problems to {@code errors} and returns null, or the event.
   */
  public static EventRecord validate(int row, Function<String, String> cell,
      Predicate<String> knownTerm, List<RowError> errors) {
    int before = errors.size();
    LocalDate date = null;
    String dateText = cell.apply("date");
    if (dateText == null) {
      errors.add(new RowError(row, "date", "päivämäärä puuttuu"));
    } else {
      try {
        date = LocalDate.parse(dateText);
        if (date.getYear() < 2000 || date.getYear() > 2100) {
          errors.add(new RowError(row, "date", "vuosi " + date.getYear() + " ei ole uskottava"));
        }
      } catch (DateTimeParseException e) {
        errors.add(new RowError(row, "date", "'" + dateText
            + "' ei ole päivämäärä muodossa VVVV-KK-PP"));
      }
    }
    EventType type = code(EventType.class, cell.apply("type"), row, "type", errors);
    OrganizerRole role = code(OrganizerRole.class, cell.apply("organizerRole"), row,
        "organizerRole", errors);
    Set<GoalLevel> levels = EnumSet.noneOf(GoalLevel.class);
    String levelText = cell.apply("goalLevels");
    if (levelText == null) {
      errors.add(new RowError(row, "goalLevels", "vähintään yksi tavoitetaso ("
          + names(GoalLevel.class) + "), useampi puolipisteellä erotettuna"));
    } else {
      for (String part : levelText.split(";", -1)) {
        if (part.isBlank()) {
          errors.add(new RowError(row, "goalLevels", "tyhjä tavoitetaso listassa '" + levelText + "'"));
          continue;
        }
        GoalLevel level = code(GoalLevel.class, part, row, "goalLevels", errors);
        if (level != null) {
          levels.add(level);
        }
      }
    }
    int officials = count(cell.apply("officials"), row, "officials", errors);
    int elected = count(cell.apply("electedOfficials"), row, "electedOfficials", errors);
    int ngo = count(cell.apply("ngoRepresentatives"), row, "ngoRepresentatives", errors);
    int privateSector = count(cell.apply("privateSector"), row, "privateSector", errors);
    String title = cell.apply("title");
    if (title == null) {
      errors.add(new RowError(row, "title", "tapahtuman nimi puuttuu"));
    } else if (title.length() > MAX_TITLE) {
      errors.add(new RowError(row, "title", "enintään " + MAX_TITLE + " merkkiä"));
    }
    String term = cell.apply(TERM);
    if (term != null && !knownTerm.test(term)) {
      errors.add(new RowError(row, TERM, "tuntematon toimintaluokituksen termi '" + term + "'"));
    }
    if (errors.size() > before) {
      return null;
    }
    return new EventRecord(date, type, levels, role, officials, elected, ngo, privateSector,
        title, term);
  }

  private static <E extends Enum<E>> E code(Class<E> type, String value, int row, String field,
      List<RowError> errors) {
    if (value == null) {
      errors.add(new RowError(row, field, "arvo puuttuu (sallitut: " + names(type) + ")"));
      return null;
    }
    try {
      return Enum.valueOf(type, value.trim());
    } catch (IllegalArgumentException e) {
      errors.add(new RowError(row, field, "tuntematon koodi '" + value.trim() + "' (sallitut: "
          + names(type) + ")"));
      return null;
    }
  }

  private static int count(String value, int row, String field, List<RowError> errors) {
    if (value == null) {
      return 0;
    }
    try {
      int n = Integer.parseInt(value);
      if (n < 0) {
        errors.add(new RowError(row, field, "osallistujamäärä ei voi olla negatiivinen (" + n + ")"));
      } else if (n > MAX_COUNT) {
        errors.add(new RowError(row, field, "osallistujamäärä " + n + " ei ole uskottava"));
      }
      return n;
    } catch (NumberFormatException e) {
      errors.add(new RowError(row, field, "'" + value + "' ei ole kokonaisluku"));
      return 0;
    }
  }

  private static <E extends Enum<E>> String names(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    return String.join(", ", names);
  }

  private static boolean isBlank(String[] fields) {
    for (String f : fields) {
      if (f != null && !f.isBlank()) {
        return false;
      }
    }
    return true;
  }
}

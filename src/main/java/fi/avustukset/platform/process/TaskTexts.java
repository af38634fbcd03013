package fi.avustukset.platform.process;

import fi.avustukset.platform.domain.Euro;
import fi.avustukset.platform.domain.Values;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The figures of a user task as a Finn reads them in the form's text. A form's {@code text}
 * component writes {@code {{requestedAmountText}}} for "45 000,00 €" and
 * {@code {{reportDueDateText}}} for "31.3.2028" instead of {@code {{requestedAmount}} €} (which
 * Tasklist shows as "45000 €") or the ISO date. The texts are made when the form is opened
 * ({@code GET …/task/{id}/form-variables}, {@link fi.avustukset.platform.web.TaskTextsFilter}),
 * from the variable {@code <name>} of each {@code <name>Text} the form refers to: a number as
 * euros ({@link Euro#inFinnish(Number)}), a date (or an ISO date text) as d.M.yyyy. They are
 * never stored: no variable and no history row per task (BENCHMARKS.md, lever 14), and they show
 * the figures as they are when the form is opened. Only the texts the form uses are made, so no
 * other variable is read.
 */
public final class TaskTexts {

  public static final String SUFFIX = "Text";
  private static final Pattern REFERENCE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)" + SUFFIX
      + "\\s*}}");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");
  private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  /** The variables whose {@code <name>Text} a form's JSON refers to. */
  public static Set<String> referencedBy(byte[] formJson) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = REFERENCE.matcher(new String(formJson, StandardCharsets.UTF_8));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * The text of each of {@code names} whose variable has a value to show, by the text's name
   * ({@code requestedAmountText}), read from the task's scope.
   */
  public static Map<String, String> of(VariableScope task, Set<String> names) {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : names) {
      String text = text(task.getVariable(name));
      if (text != null) {
        texts.put(name + SUFFIX, text);
      }
    }
    return texts;
  }

  /** A value as the form shows it: euros, d.M.yyyy, or null (nothing to show). */
  static String text(Object value) {
    if (value instanceof Number amount) {
      return Euro.inFinnish(amount);
    }
    if (value instanceof Date || value instanceof LocalDate
        || (value instanceof String s && ISO_DATE.matcher(s.trim()).matches())) {
      return Values.localDate(value).format(FINNISH_DATE);
    }
    return value == null ? null : value.toString();
  }

  private TaskTexts() {}
}

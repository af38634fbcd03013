package fi.avustukset.platform.process;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.FieldLabels;
import fi.avustukset.platform.errors.TextRules;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The validation a Camunda Form declares (required, min/max, minLength/maxLength, pattern,
 * e-mail, the options of a radio or select, numbers and checkboxes) applied on the server, so a
 * REST client cannot skip what Tasklist checks. Read-only and display components are ignored;
 * {@code required} is not enforced for a component the form may hide (a {@code conditional}).
 */
public final class FormRules {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern RULE_IDS = Pattern.compile("\\s*\\((E|M)[0-9][^)]*\\)");

  record Rule(String key, String type, String label, boolean required, BigDecimal min,
      BigDecimal max, Integer minLength, Integer maxLength, Pattern pattern, boolean email,
      Set<String> options) {}

  private final List<Rule> rules;

  private FormRules(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  public static FormRules parse(byte[] formJson) {
    try {
      List<Rule> rules = new ArrayList<>();
      walk(JSON.readTree(formJson).path("components"), false, rules);
      return new FormRules(rules);
    } catch (IOException e) {
      return new FormRules(List.of());
    }
  }

  private static void walk(JsonNode components, boolean hideable, List<Rule> rules) {
    for (JsonNode c : components) {
      boolean mayHide = hideable || c.has("conditional");
      String type = c.path("type").asText();
      if (c.has("components")) {
        walk(c.path("components"), mayHide, rules);
      }
      String key = c.path("key").asText(null);
      if (key == null || c.path("readonly").asBoolean(false) || c.path("disabled").asBoolean(false)
          || !Set.of("textfield", "textarea", "number", "checkbox", "radio", "select", "datetime")
              .contains(type)) {
        continue;
      }
      JsonNode v = c.path("validate");
      Set<String> options = null;
      if ((type.equals("radio") || type.equals("select")) && c.path("values").isArray()
          && !c.has("valuesKey") && !c.has("valuesExpression")) {
        options = new LinkedHashSet<>();
        for (JsonNode o : c.path("values")) {
          options.add(o.path("value").asText());
        }
      }
      Pattern pattern = null;
      if (v.hasNonNull("pattern")) {
        try {
          pattern = Pattern.compile(v.path("pattern").asText());
        } catch (PatternSyntaxException e) {
          pattern = null;
        }
      }
      String label = FieldLabels.label(key);
      if (label == null) {
        label = RULE_IDS.matcher(c.path("label").asText(key)).replaceAll("").strip();
        if (label.isEmpty() || label.length() > 60 || label.endsWith("?")) {
          label = "Kenttä ”" + key + "”";
        }
      }
      // A default value fills the field in Tasklist; a REST client leaving it out gets the
      // process's own default, so "required" is enforced only where nothing is prefilled.
      boolean required = v.path("required").asBoolean(false) && !mayHide && !c.has("defaultValue");
      rules.add(new Rule(key, type, label, required,
          v.hasNonNull("min") ? v.path("min").decimalValue() : null,
          v.hasNonNull("max") ? v.path("max").decimalValue() : null,
          v.hasNonNull("minLength") ? v.path("minLength").asInt() : null,
          v.hasNonNull("maxLength") ? v.path("maxLength").asInt() : null,
          pattern, "email".equals(v.path("validationType").asText()), options));
    }
  }

  /** The form's id (what {@code camunda:formRef} names), or null if it is not a form. */
  public static String formId(byte[] formJson) {
    try {
      return JSON.readTree(formJson).path("id").asText(null);
    } catch (IOException e) {
      return null;
    }
  }

  /** Every refusal of the given values (looked up by field key) against the form's rules. */
  public List<FieldError> check(Function<String, Object> values) {
    List<FieldError> errors = new ArrayList<>();
    for (Rule r : rules) {
      Object value = values.apply(r.key());
      boolean blank = value == null || value instanceof String s && s.isBlank()
          || value instanceof Collection<?> col && col.isEmpty();
      if (blank) {
        if (r.required()) {
          errors.add(new FieldError(r.key(), r.label() + ": arvo puuttuu."));
        }
        continue;
      }
      String problem = switch (r.type()) {
        case "number" -> number(r, value);
        case "checkbox" -> value instanceof Boolean ? null : "valitse kyllä tai ei";
        case "radio", "select" -> r.options() == null ? null
            : (value instanceof String || value instanceof Boolean || value instanceof Number)
                && r.options().contains(String.valueOf(value)) ? null
            : "valitse jokin annetuista vaihtoehdoista";
        case "textfield", "textarea" -> text(r, value);
        default -> null;
      };
      if (problem != null) {
        errors.add(new FieldError(r.key(), r.label() + ": " + problem + "."));
      }
    }
    return errors;
  }

  private static String number(Rule r, Object value) {
    if (!(value instanceof Number n)) {
      return "arvon on oltava luku";
    }
    BigDecimal d;
    try {
      d = new BigDecimal(n.toString());
    } catch (NumberFormatException e) {
      return "arvon on oltava luku";
    }
    if (r.min() != null && d.compareTo(r.min()) < 0 || r.max() != null && d.compareTo(r.max()) > 0) {
      return "arvon on oltava " + (r.min() == null ? "enintään " + plain(r.max())
          : r.max() == null ? "vähintään " + plain(r.min())
          : "välillä " + plain(r.min()) + "–" + plain(r.max()));
    }
    return null;
  }

  private static String text(Rule r, Object value) {
    if (!(value instanceof String s)) {
      return null;
    }
    if (TextRules.hasControlCharacters(s)) {
      return "teksti sisältää ohjausmerkkejä, joita ei voi tallentaa";
    }
    if (r.maxLength() != null && s.codePointCount(0, s.length()) > r.maxLength()) {
      return "enintään " + r.maxLength() + " merkkiä";
    }
    if (r.minLength() != null && s.strip().codePointCount(0, s.strip().length()) < r.minLength()) {
      return "vähintään " + r.minLength() + " merkkiä";
    }
    if (r.pattern() != null && !r.pattern().matcher(s.strip()).matches()) {
      return "arvo ei ole oikeassa muodossa";
    }
    if (r.email() && !TextRules.isEmail(s.strip())) {
      return "anna sähköpostiosoite muodossa nimi@esimerkki.fi";
    }
    return null;
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString().replace('.', ',');
  }
}

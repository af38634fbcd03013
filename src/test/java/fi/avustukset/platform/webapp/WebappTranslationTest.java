package fi.avustukset.platform.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Finnish bundles of the Camunda webapps against the English ones bundled in the webjar
 * (camunda-webapp-webjar, the version the Camunda BOM gives). Both are read from the classpath,
 * so a Camunda upgrade that adds or renames keys fails here instead of showing raw keys or
 * English to our users.
 *
 * <p>Tasklist, Admin and Welcome are complete: every key path of en.json (labels and
 * dateLocales) has a Finnish value ({@link #missingKeys(String)} lists the others). Cockpit is
 * at least {@link #COCKPIT_MIN_COVERAGE} and complete on the screens our roles use.
 */
class WebappTranslationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Values that are the same in Finnish: product names and comparison operators. */
  private static final Set<String> SAME_IN_FINNISH =
      Set.of("OK", "Camunda", "Cockpit", "Camunda Cockpit", "Admin", "Tasklist", "Optimize", "CSV",
          "JSON", "<", "<=", ">", ">=");

  /** {{ placeholder }}, {} and %s/%d (moment), and HTML tags. */
  private static final Pattern PLACEHOLDER =
      Pattern.compile("\\{\\{[^}]*}}|\\{}|%[sd]|</?(?:a|b|i|strong|code|br|span|p|em)\\b[^>]*>");

  /**
   * Cockpit key prefixes of the screens our roles (managers, admins, process designers) use.
   * The keys that are left out belong to Cockpit Enterprise plugins (PLGN_MOD modification,
   * PLGN_MIG migration, PLGN_BTCH batch operations, most of PLGN_HIST history views, ...), which
   * this Community Edition build does not show; they are translated too, but only the 90 % floor
   * guards them.
   */
  static final Map<String, List<String>> COCKPIT_SCREENS = new LinkedHashMap<>();

  static {
    COCKPIT_SCREENS.put("login and session", List.of("PAGE_LOGIN_", "AUTH_", "FIRST_LOGIN_",
        "SERVICES_RESOURCE_RESOLVER_", "PAGES_"));
    COCKPIT_SCREENS.put("header, menus, footer, banner", List.of("CAM_WIDGET_HEADER_",
        "CAM_WIDGET_FOOTER_", "COCKPIT_", "BANNER_", "MY_PROFILE", "MANAGE_ACCOUNT",
        "SIGN_OUT_ACTION", "TOGGLE_NAVIGATION", "ADMIN_APP", "TASKLIST_APP", "BREAD_CRUMBS_"));
    COCKPIT_SCREENS.put("shared widgets (search, lists, diagrams)", List.of("CAM_WIDGET_",
        "PAGINATION_", "SEARCH_", "PIE_CHART_", "DIRECTIVE_", "LOADING", "REQUIRED_",
        "ABORT", "ASC", "DESC", "BACK", "CANCEL", "CHANGE", "CLOSE", "DELETE", "SAVE", "SET",
        "OK", "SUBMIT", "SUCCESS", "ERROR", "FILTER", "DATE", "START", "BOOLEAN", "STRING",
        "INTEGER", "LONG", "SHORT", "DOUBLE"));
    COCKPIT_SCREENS.put("dashboard", List.of("DASHBOARD_", "PLUGIN_TASK_", "TASKS"));
    COCKPIT_SCREENS.put("processes list", List.of("PROCESS_PROCESSES", "PLUGIN_PROCESS_DEF_"));
    COCKPIT_SCREENS.put("process definition view", List.of("PROCESS_DEFINITION",
        "DEF_VIEW_", "PLUGIN_SUSPENSION_", "PLUGIN_UPDATE_SUSPENSION_STATE",
        "PLUGIN_JOBDEFINITION_", "PLUGIN_JOB_DEFINITION_", "BULK_OVERRIDE_", "PLUGIN_CALLED_PROCESS",
        "PLUGIN_ACTIVITY", "PLUGIN_DIAGRAM_", "TIME_TO_LIVE_", "PROGRESS_DIAGRAM_",
        "ACTIVITY_INSTANCE_TOOLTIP_", "PLUGIN_INSPECT_", "PLUGIN_DOCUMENTATION_"));
    COCKPIT_SCREENS.put("process instance view", List.of("PROCESS_INSTANCE", "PLUGIN_PROCESS_INSTANCE",
        "PAGES_PROCESS_INSTANCES_", "PLUGIN_UPDATE_", "PLUGIN_CANCEL_PROCESS_", "PLUGIN_USER_TASKS_",
        "PLUGIN_IDENTITY_LINKS_", "QUICK_FILTER_", "PLUGIN_EXT", "PLGN_AUDIT_ADD_ANNOTATION"));
    COCKPIT_SCREENS.put("incidents", List.of("PLUGIN_INCIDENTS_", "PLUGIN_INC_",
        "PLUGIN_JOB_RETRY_", "PLGN_HIST_"));
    COCKPIT_SCREENS.put("jobs", List.of("PLUGIN_JOBS", "PLUGIN_JOB_RECALCULATE_",
        "WITHOUT_DUE_DATE", "PLGN_BATCH_JOB_LOG_HEADER", "PLGN_BATCH_NO_JOB_"));
    COCKPIT_SCREENS.put("variables", List.of("VARIABLE_", "PLUGIN_VARIABLE_", "PLUGIN_VIEW_VARIABLE_",
        "PLUGIN_ADD_VARIABLE_", "CAM_WIDGET_VARIABLE"));
    COCKPIT_SCREENS.put("decisions", List.of("DECISION_", "PLUGIN_DECISION_", "PLUGIN_INPUT_",
        "PLUGIN_OUTPUT_", "DEFINITIONS_"));
    COCKPIT_SCREENS.put("deployments", List.of("REPOSITORY_"));
    COCKPIT_SCREENS.put("batches", List.of("BATCHES_"));
    COCKPIT_SCREENS.put("reports", List.of("REPORTS_"));
  }

  @Test
  void cockpitIsAtLeastNinetyPercentFinnishAndCompleteOnTheScreensOurRolesUse() {
    Map<String, String> en = labels("cockpit", "en");
    Map<String, String> fi = labels("cockpit", "fi");

    assertThat(fi.keySet()).as("fi.json has exactly the keys of the bundled en.json")
        .containsExactlyInAnyOrderElementsOf(en.keySet());
    assertThat(placeholderMismatches(en, fi)).as("placeholders and HTML kept").isEmpty();
    assertThat(dateLocaleKeys("cockpit", "fi")).as("dateLocales")
        .isEqualTo(dateLocaleKeys("cockpit", "en"));

    List<String> untranslated = untranslated(en, fi);
    double coverage = 1.0 - (double) untranslated.size() / en.size();
    assertThat(coverage).as("Finnish share of Cockpit's %d strings", en.size())
        .isGreaterThanOrEqualTo(COCKPIT_MIN_COVERAGE);

    COCKPIT_SCREENS.forEach((screen, prefixes) -> {
      for (String prefix : prefixes) {
        assertThat(en.keySet()).as("prefix %s of %s names keys of en.json", prefix, screen)
            .anyMatch(k -> k.startsWith(prefix));
        assertThat(untranslated).as("untranslated keys of %s (%s)", screen, prefix)
            .noneMatch(k -> k.startsWith(prefix));
      }
    });
  }

  /** Issue 10: at least 90 % of Cockpit in Finnish (the bundle is complete today). */
  private static final double COCKPIT_MIN_COVERAGE = 0.90;


  // --- Tasklist, Admin, Welcome: complete ------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void everyEnglishStringHasAFinnishTranslation(String webapp) {
    assertThat(missingKeys(webapp))
        .as("%s: key paths of the bundled en.json without a Finnish value in fi.json", webapp)
        .isEmpty();
    assertThat(coverage(webapp)).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void finnishHasNoKeysTheWebappDoesNotUse(String webapp) {
    List<String> unknown = new ArrayList<>(leaves(bundle(webapp, "fi")).keySet());
    unknown.removeAll(leaves(bundle(webapp, "en")).keySet());
    // Tasklist's filter criteria ("Assignee", "Due Before", their help texts) are English string
    // literals in its JavaScript that go through the translate filter without an en.json entry;
    // fi.json translates them. Such a key must still be a literal of the bundled script.
    String script = text("META-INF/resources/webjars/camunda/app/" + webapp + "/camunda-" + webapp
        + "-bootstrap.js");
    unknown.removeIf(key -> key.startsWith("labels.")
        && script.contains("\"" + key.substring("labels.".length()) + "\""));
    assertThat(unknown).as("%s: fi.json keys the webapp does not use (renamed upstream?)", webapp)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome"})
  void placeholdersAndMarkupArePreserved(String webapp) {
    assertThat(placeholderMismatches(strings(webapp, "en"), strings(webapp, "fi")))
        .as("%s: fi.json values that lost or changed a placeholder or HTML tag", webapp)
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin"})
  void finnishCalendarUsesFinnishFormatsAndStartsOnMonday(String webapp) {
    JsonNode dates = bundle(webapp, "fi").path("dateLocales");
    assertThat(dates.path("week").path("dow").asInt(-1)).isEqualTo(1);
    assertThat(dates.path("longDateFormat").path("L").asText()).isEqualTo("D.M.YYYY");
    assertThat(dates.path("longDateFormat").path("LT").asText()).isEqualTo("HH.mm");
    assertThat(dates.path("weekdays").get(1).asText()).isEqualTo("maanantai");
  }

  @ParameterizedTest
  @ValueSource(strings = {"tasklist", "admin", "welcome", "cockpit"})
  void configOffersFinnishFirstAndFallsBackToFinnish(String webapp) {
    String path = "META-INF/resources/webjars/camunda/app/" + webapp + "/scripts/config.js";
    // strip comments: the commented-out examples of the bundled file do not count
    String code = text(path).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    assertThat(code).containsPattern("availableLocales\\s*:\\s*\\[\\s*'fi'\\s*,\\s*'en'\\s*]");
    assertThat(code).containsPattern("fallbackLocale\\s*:\\s*'fi'");
    assertThat(code).containsPattern("normal\\s*:\\s*'D\\.M\\.YYYY HH\\.mm'");
    assertThat(code).as("loads app/fi/camunda-fi.js (Monday-first pickers, moment in Finnish)")
        .contains("'camunda.fi'");
    assertThat(WebappTranslationTest.class.getClassLoader()
        .getResource("META-INF/resources/webjars/camunda/app/fi/camunda-fi.js")).isNotNull();
  }

  /**
   * Key paths of the bundled en.json (e.g. {@code labels.CLAIM_TASK},
   * {@code dateLocales.months[0]}) that fi.json lacks or leaves blank, and labels it leaves in
   * English.
   */
  static List<String> missingKeys(String webapp) {
    Map<String, JsonNode> en = leaves(bundle(webapp, "en"));
    Map<String, JsonNode> fi = leaves(bundle(webapp, "fi"));
    List<String> missing = new ArrayList<>();
    en.forEach((key, english) -> {
      JsonNode finnish = fi.get(key);
      if (finnish == null || finnish.getNodeType() != english.getNodeType()) {
        missing.add(key);
      } else if (english.isTextual() && !english.asText().isBlank() && finnish.asText().isBlank()) {
        missing.add(key);
      } else if (key.startsWith("labels.") && english.isTextual() && !english.asText().isBlank()
          && !untranslated(Map.of(key, english.asText()), Map.of(key, finnish.asText())).isEmpty()) {
        // still the English text (dateLocales formats such as "L" may legitimately stay)
        missing.add(key);
      }
    });
    return missing;
  }

  /** Share of the bundled en.json's key paths that fi.json translates, 0.0–1.0. */
  static double coverage(String webapp) {
    int total = leaves(bundle(webapp, "en")).size();
    return total == 0 ? 1.0 : (total - missingKeys(webapp).size()) / (double) total;
  }

  /** Every string of a bundle by key path. */
  static Map<String, String> strings(String webapp, String locale) {
    Map<String, String> result = new TreeMap<>();
    leaves(bundle(webapp, locale)).forEach((key, value) -> {
      if (value.isTextual()) {
        result.put(key, value.asText());
      }
    });
    return result;
  }

  /** Leaf values by key path: objects joined with '.', arrays indexed. */
  static Map<String, JsonNode> leaves(JsonNode root) {
    Map<String, JsonNode> out = new TreeMap<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(JsonNode node, String path, Map<String, JsonNode> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> collect(field.getValue(),
          path.isEmpty() ? field.getKey() : path + "." + field.getKey(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), path + "[" + i + "]", out);
      }
    } else {
      out.put(path, node);
    }
  }

  /** The first resource of that name on the classpath: what the application serves. */
  static String text(String path) {
    try (InputStream in = WebappTranslationTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path + " on the classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }

  // --- shared helpers ---------------------------------------------------------------------------

  /** Keys whose Finnish value is blank or still the English text (unless the same in Finnish). */
  static List<String> untranslated(Map<String, String> en, Map<String, String> fi) {
    List<String> result = new ArrayList<>();
    en.forEach((key, english) -> {
      String finnish = fi.get(key);
      boolean same = finnish != null && finnish.strip().equals(english.strip())
          && !SAME_IN_FINNISH.contains(english.strip());
      if (finnish == null || finnish.isBlank() || same) {
        result.add(key);
      }
    });
    return result;
  }

  static List<String> placeholderMismatches(Map<String, String> en, Map<String, String> fi) {
    List<String> result = new ArrayList<>();
    en.forEach((key, english) -> {
      String finnish = fi.get(key);
      if (finnish != null && !placeholders(english).equals(placeholders(finnish))) {
        result.add(key + ": " + placeholders(english) + " vs " + placeholders(finnish));
      }
    });
    return result;
  }

  private static List<String> placeholders(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      found.add(m.group().replaceAll("\\s", ""));
    }
    found.sort(null);
    return found;
  }

  static Map<String, String> labels(String webapp, String locale) {
    JsonNode labels = bundle(webapp, locale).path("labels");
    Map<String, String> result = new LinkedHashMap<>();
    labels.fields().forEachRemaining(e -> result.put(e.getKey(), e.getValue().asText()));
    return result;
  }

  static Set<String> dateLocaleKeys(String webapp, String locale) {
    Set<String> keys = new TreeSet<>();
    Iterator<String> names = bundle(webapp, locale).path("dateLocales").fieldNames();
    names.forEachRemaining(keys::add);
    return keys;
  }

  static JsonNode bundle(String webapp, String locale) {
    String path = "META-INF/resources/webjars/camunda/app/" + webapp + "/locales/" + locale + ".json";
    try (InputStream in = WebappTranslationTest.class.getClassLoader().getResourceAsStream(path)) {
      assertThat(in).as(path + " on the classpath").isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return JSON.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
    } catch (IOException e) {
      throw new IllegalStateException(path, e);
    }
  }
}

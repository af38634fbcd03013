package fi.avustukset.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.avustukset.support.LogCapture;
import fi.avustukset.support.PostgresIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Strict input on every path (issue 9.2, 9.7) through real HTTP on PostgreSQL: control
 * characters, a wrong charset, broken JSON, numbers as text in other scripts' digits, numbers
 * where text belongs — 400 with a Finnish sentence naming the field, nothing written, no stack
 * trace. Then a fuzz run (jqwik generators): hundreds of random malformed bodies at the main
 * endpoints of /api and engine-rest, never a 5xx and never a row changed.
 */
class StrictInputIT extends PostgresIntegrationTest {

  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired
  JdbcTemplate jdbc;

  final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<String> send(String method, String path, String user, String contentType,
      byte[] body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (user + ":" + user).getBytes(StandardCharsets.UTF_8)))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> json(String method, String path, String user, String body)
      throws Exception {
    return send(method, path, user, "application/json", body.getBytes(StandardCharsets.UTF_8));
  }

  static void assertRefused(HttpResponse<String> r, String field) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    JsonNode body = JSON.readTree(r.body());
    String message = body.has("message") ? body.path("message").asText() : body.path("detail").asText();
    assertThat(message).matches("(?s)^\\p{Lu}.*[.!?]$").doesNotContain("Exception")
        .doesNotContain("ENGINE-");
    if (field != null) {
      assertThat(body.path("field").asText()).as(r.body()).isEqualTo(field);
    }
  }

  private long count(String sql) {
    return jdbc.queryForObject(sql, Long.class);
  }

  /** Rows the refused requests of this test would have written. */
  private List<Long> fingerprint() {
    return List.of(count("select count(*) from funded_project where project_code like 'STRICT%'"),
        count("select count(*) from programme where code like 'STRICT%'"),
        count("select count(*) from act_hi_procinst where start_user_id_ = 'secretary'"
            + " and proc_def_key_ = 'grant-call'"),
        count("select count(*) from act_hi_procinst where start_user_id_ = 'coordinator'"),
        count("select count(*) from act_hi_procinst where start_user_id_ = 'applicant1'"),
        count("select count(*) from grant_call"), count("select count(*) from minno_round"));
  }

  private static String callStart(String callName, Object appropriation) throws Exception {
    LocalDate today = LocalDate.now();
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("callName", Map.of("value", callName, "type", "String"));
    vars.put("grantType", Map.of("value", "OPERATING_INNOVATION", "type", "String"));
    vars.put("appropriation", Map.of("value", appropriation));
    vars.put("applicationStart", Map.of("value", today.toString(), "type", "String"));
    vars.put("applicationDeadline", Map.of("value", today.plusDays(30).toString(), "type", "String"));
    return JSON.writeValueAsString(Map.of("variables", vars));
  }

  @Test
  void malformedInputIsRefusedNamingTheFieldAndWritesNothing() throws Exception {
    List<Long> before = fingerprint();
    try (LogCapture log = new LogCapture()) {
      // NUL in a Y-tunnus (PostgreSQL refused it: "persistence layer" 500)
      assertRefused(json("PUT", "/api/projects/STRICT-1", "secretary",
          "{\"name\":\"Hanke\",\"organizationName\":\"Yhdistys ry\",\"businessId\":\"1234567-1\\u0000\"}"),
          "businessId");
      // other control characters, in any text field
      assertRefused(json("PUT", "/api/projects/STRICT-1", "secretary",
          "{\"name\":\"Hanke\\u001b[31m\",\"organizationName\":\"Yhdistys ry\"}"), "name");
      // a number where text belongs is not text
      assertRefused(json("PUT", "/api/projects/STRICT-1", "secretary",
          "{\"name\":1,\"organizationName\":\"Yhdistys ry\"}"), "name");
      // a UTF-16 label on a UTF-8 body
      assertRefused(send("PUT", "/api/projects/STRICT-1", "secretary",
          "application/json; charset=UTF-16", "{\"name\":\"Hanke\",\"organizationName\":\"Yhdistys\"}"
              .getBytes(StandardCharsets.UTF_8)), "Content-Type");
      // not UTF-8, not JSON, nothing after the value
      assertRefused(send("PUT", "/api/projects/STRICT-1", "secretary", "application/json",
          new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xff, '"', '}'}), "body");
      assertRefused(json("PUT", "/api/projects/STRICT-1", "secretary", "{\"name\":"), "body");
      assertRefused(json("PUT", "/api/projects/STRICT-1", "secretary",
          "{\"name\":\"Hanke\",\"organizationName\":\"Yhdistys\"} {}"), "body");
      // a control character in a query parameter
      assertRefused(send("GET", "/api/projects/STRICT-1/reports/annual?year=2020%00", "secretary",
          null, null), "year");
      // engine-rest: control characters in a variable, Arabic-Indic digits as an amount
      assertRefused(json("POST", "/engine-rest/process-definition/key/grant-call/start", "secretary",
          callStart("Haku\u0007", 100000)), "callName");
      assertRefused(json("POST", "/engine-rest/process-definition/key/grant-call/start", "secretary",
          callStart("Haku arabialaisin numeroin", "\u0661\u0660\u0660\u0660\u0660\u0660")),
          "appropriation");
      assertRefused(send("POST", "/engine-rest/process-definition/key/grant-call/start", "secretary",
          "application/json;charset=ISO-8859-1", callStart("Haku", 100000)
              .getBytes(StandardCharsets.UTF_8)), "Content-Type");
      assertThat(log.tracesAndErrors()).as("no stack trace or ERROR for a user's mistake").isEmpty();
    }
    assertThat(fingerprint()).isEqualTo(before);
  }

  // ---- fuzz -------------------------------------------------------------------------------

  /** A text that is never acceptable: a control character somewhere in it. */
  static Arbitrary<String> poisonedText() {
    return Combinators.combine(Arbitraries.strings().alpha().numeric().withChars(' ', 'ä', 'ö')
            .ofMaxLength(12), Arbitraries.oneOf(Arbitraries.chars().range('\u0000', '\u0008'),
            Arbitraries.chars().range('\u000e', '\u001f'), Arbitraries.of('\u007f', '\u202e')),
        Arbitraries.strings().alpha().ofMaxLength(12)).as((a, c, b) -> a + c + b);
  }

  /** Any JSON value, valid or not for a field. */
  static Arbitrary<Object> anyValue() {
    return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(s -> (Object) s),
        Arbitraries.integers().map(i -> (Object) i), Arbitraries.doubles().map(d -> (Object) d),
        Arbitraries.of(true, false).map(b -> (Object) b), Arbitraries.just((Object) List.of()),
        Arbitraries.just((Object) Map.of("x", 1)),
        Arbitraries.strings().withCharRange('\u0660', '\u0669').ofMinLength(1).ofMaxLength(7)
            .map(s -> (Object) s));
  }

  /** How a body is made unacceptable on purpose. */
  enum Poison { CONTROL_CHARACTER, CUT_SHORT, TRAILING_GARBAGE, NOT_UTF8, WRONG_CHARSET, NOT_AN_OBJECT }

  record Case(String method, String path, String user, Map<String, Object> fields, String poisonedField,
      String poisonText, Poison poison, int cut) {}

  static final List<String[]> ENDPOINTS = List.of(
      new String[] {"PUT", "/api/projects/STRICT-FUZZ", "secretary", "name,organizationName,businessId,programmeCode"},
      new String[] {"PUT", "/api/programmes/STRICT-FUZZ", "secretary", "name,funder,coordinator"},
      new String[] {"POST", "/api/minno/NO-SUCH-ROUND/registrations", "coordinator", "organizationName,businessId,contactEmail"},
      new String[] {"POST", "/api/calls/NO-SUCH-CALL/applications", "applicant1", "projectName,businessId,requestedAmount,organizationName"},
      new String[] {"POST", "/engine-rest/process-definition/key/grant-call/start", "secretary", "variables"},
      new String[] {"POST", "/engine-rest/process-definition/key/grant-call/submit-form", "secretary", "variables"},
      new String[] {"POST", "/engine-rest/process-definition/key/minno-semester/start", "coordinator", "variables"},
      new String[] {"POST", "/engine-rest/message", "secretary", "messageName,businessKey,processVariables"},
      new String[] {"POST", "/engine-rest/condition", "secretary", "variableName,processVariables"});

  static Arbitrary<Case> cases() {
    return Combinators.combine(Arbitraries.integers().between(0, ENDPOINTS.size() - 1),
        Arbitraries.maps(Arbitraries.of("name", "organizationName", "businessId", "callName",
            "appropriation", "requestedAmount", "projectName", "score", "x"), anyValue()).ofMaxSize(5),
        poisonedText(), Arbitraries.of(Poison.values()), Arbitraries.integers().between(1, 400),
        Arbitraries.integers().between(0, 3))
        .as((endpoint, extra, poisonText, poison, cut, fieldIndex) -> {
          String[] e = ENDPOINTS.get(endpoint);
          String[] fields = e[3].split(",");
          String field = fields[Math.min(fieldIndex, fields.length - 1)];
          Map<String, Object> body = new LinkedHashMap<>();
          if (field.equals("variables") || field.equals("processVariables")) {
            Map<String, Object> vars = new LinkedHashMap<>();
            extra.forEach((k, v) -> vars.put(k, Map.of("value", v)));
            vars.put("callName", Map.of("value", poisonText, "type", "String"));
            body.put(field, vars);
            return new Case(e[0], e[1], e[2], body, "callName", poisonText, poison, cut);
          }
          body.putAll(extra);
          body.put(field, poisonText);
          return new Case(e[0], e[1], e[2], body, field, poisonText, poison, cut);
        });
  }

  static byte[] bodyOf(Case c) throws Exception {
    byte[] json = JSON.writeValueAsBytes(c.fields());
    return switch (c.poison()) {
      case CONTROL_CHARACTER, WRONG_CHARSET -> json;
      case CUT_SHORT -> java.util.Arrays.copyOf(json, Math.min(c.cut(), json.length - 1));
      case TRAILING_GARBAGE -> (new String(json, StandardCharsets.UTF_8) + " ,{")
          .getBytes(StandardCharsets.UTF_8);
      case NOT_UTF8 -> {
        byte[] b = java.util.Arrays.copyOf(json, json.length);
        b[Math.min(c.cut(), b.length - 2)] = (byte) 0xfe;
        yield b;
      }
      case NOT_AN_OBJECT -> ("[" + new String(json, StandardCharsets.UTF_8) + ", null")
          .getBytes(StandardCharsets.UTF_8);
    };
  }

  @Test
  void randomMalformedBodiesNeverAnswer5xxNorChangeARow() throws Exception {
    List<Long> before = fingerprint();
    List<String> failures = new ArrayList<>();
    Map<Integer, Integer> statuses = new java.util.TreeMap<>();
    List<Case> sample = cases().sampleStream().limit(400).toList();
    try (LogCapture log = new LogCapture()) {
      for (Case c : sample) {
        String contentType = c.poison() == Poison.WRONG_CHARSET
            ? "application/json; charset=" + (c.cut() % 2 == 0 ? "UTF-16" : "windows-1252")
            : "application/json";
        HttpResponse<String> r = send(c.method(), c.path(), c.user(), contentType, bodyOf(c));
        statuses.merge(r.statusCode(), 1, Integer::sum);
        if (r.statusCode() >= 500 || r.statusCode() < 400) {
          failures.add(r.statusCode() + " " + c.method() + " " + c.path() + " " + c.poison() + " "
              + c.fields() + " → " + r.body());
        }
      }
      assertThat(log.tracesAndErrors()).as("no stack trace or ERROR for malformed input").isEmpty();
    }
    assertThat(failures).as("statuses %s", statuses).isEmpty();
    assertThat(statuses.keySet()).as("every answer a 4xx").allMatch(s -> s >= 400 && s < 500);
    assertThat(fingerprint()).as("no row written by a refused request").isEqualTo(before);
  }
}

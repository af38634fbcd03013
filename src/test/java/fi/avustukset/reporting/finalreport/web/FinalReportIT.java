package fi.avustukset.reporting.finalreport.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.reporting.finalreport.Jsh113Fixtures;
import fi.avustukset.support.PostgresIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Seed 004's four years imported through the real REST API on PostgreSQL (events CSV, reported
 * year figures, contacts, feedback, surveys), then the final report as JSON, page, CSV and PDF
 * (issue 16).
 */
class FinalReportIT extends PostgresIntegrationTest {

  static final String CODE = "JSH-113-FINAL-IT";

  @Test
  void theFourYearsOfSeed004SideBySideWithTotalsAndTheFourInconsistencies() throws Exception {
    TestRestTemplate secretary = as("secretary");
    fi.avustukset.support.Programmes.register(secretary, "JARJESTO-2.0-FIN-IT");
    put(secretary, "/api/projects/" + CODE, Map.of("name", "JärjestöSotehanke 113",
        "organizationName", "Varsinais-Suomen Muistiyhdistys ry", "businessId", "1234567-1",
        "programmeCode", "JARJESTO-2.0-FIN-IT"));
    JsonNode evaluation = Jsh113Fixtures.evaluation();
    for (int year : Jsh113Fixtures.YEARS) {
      HttpHeaders csv = new HttpHeaders();
      csv.setContentType(MediaType.parseMediaType("text/csv"));
      ResponseEntity<JsonNode> imported = secretary.exchange("/api/projects/" + CODE
          + "/activity-events", HttpMethod.POST, new HttpEntity<>(Jsh113Fixtures.events(year), csv),
          JsonNode.class);
      assertThat(imported.getStatusCode()).as(String.valueOf(imported.getBody()))
          .isEqualTo(HttpStatus.OK);
    }
    for (JsonNode f : evaluation.path("yearFigures")) {
      put(secretary, "/api/projects/" + CODE + "/years/" + f.path("year").asInt() + "/figures",
          without(f, "year"));
    }
    for (JsonNode c : evaluation.path("contacts")) {
      put(secretary, "/api/projects/" + CODE + "/contacts/" + c.path("periodStart").asText() + "/"
          + c.path("periodEnd").asText(), without(c, "periodStart", "periodEnd"));
    }
    for (JsonNode f : Jsh113Fixtures.feedback()) {
      JsonNode events = secretary.getForObject("/api/projects/" + CODE + "/activity-events?year="
          + f.path("year").asInt(), JsonNode.class);
      long id = -1;
      for (JsonNode e : events) {
        if (e.path("title").asText().equals(f.path("eventTitle").asText())) {
          id = e.path("id").asLong();
        }
      }
      assertThat(id).as(f.path("eventTitle").asText()).isPositive();
      put(secretary, "/api/projects/" + CODE + "/activity-events/" + id + "/feedback/"
          + f.path("goalLevel").asText(), Map.of("ratings", f.path("ratings")));
    }
    for (JsonNode s : evaluation.path("surveys")) {
      put(secretary, "/api/projects/" + CODE + "/surveys/" + s.path("code").asText(),
          without(s, "code"));
    }

    JsonNode r = as("manager").getForObject("/api/projects/" + CODE + "/reports/final",
        JsonNode.class);
    JsonNode periods = r.path("periods");
    assertThat(years(periods, "year")).containsExactly(2017, 2018, 2019, 2020);
    assertThat(periods.get(0).path("partYear").asBoolean()).isTrue();
    assertThat(periods.get(0).path("periodStart").asText()).isEqualTo("2017-08-01");
    assertThat(years(periods, "eventCount")).containsExactly(72, 325, 202, 162);
    assertThat(years(periods, "reportedEventCount")).containsExactly(72, 325, 200, 161);
    assertThat(years(periods, "participantTotal")).containsExactly(1333, 4414, 4268, 2474);
    assertThat(years(periods, "reportedParticipantTotal")).containsExactly(1172, 5740, 4268, 2474);
    int[][] types = {{16, 11, 23, 6, 5, 3, 8}, {64, 70, 88, 34, 28, 9, 32},
        {42, 36, 68, 12, 24, 5, 15}, {42, 21, 60, 7, 14, 11, 7}};
    String[] typeNames = {"PERSONAL_MEETING", "SEMINAR", "WORKING_GROUP", "PARTNER_MEETING",
        "NGO_COACHING", "PROJECT_PRESENTATION", "OTHER"};
    for (int p = 0; p < 4; p++) {
      for (int t = 0; t < typeNames.length; t++) {
        assertThat(periods.get(p).path("eventsByType").path(typeNames[t]).asInt())
            .as(periods.get(p).path("year") + " " + typeNames[t]).isEqualTo(types[p][t]);
      }
    }
    JsonNode s2017 = periods.get(0).path("participantsBySector");
    assertThat(new int[] {s2017.path("officials").asInt(), s2017.path("electedOfficials").asInt(),
        s2017.path("ngoRepresentatives").asInt(), s2017.path("privateSector").asInt()})
        .containsExactly(386, 41, 874, 32);
    JsonNode s2020 = periods.get(3).path("participantsBySector");
    assertThat(new int[] {s2020.path("officials").asInt(), s2020.path("electedOfficials").asInt(),
        s2020.path("ngoRepresentatives").asInt(), s2020.path("privateSector").asInt()})
        .containsExactly(448, 200, 1575, 251);
    assertThat(periods.get(3).path("goalLevelShare").path("NATIONAL").decimalValue())
        .isEqualByComparingTo("22.8");
    assertThat(periods.get(2).path("goalLevelShare").path("NATIONAL").decimalValue())
        .isEqualByComparingTo("0");
    assertThat(periods.get(1).path("organizerRoleShare").path("COOPERATION").decimalValue())
        .isEqualByComparingTo("30.2");
    assertThat(periods.get(1).path("contacts").path("networkEmails").asInt()).isEqualTo(23310);
    assertThat(periods.get(1).path("feedbackByGoalLevel").path("ORGANIZATION").path("responses")
        .asInt()).isEqualTo(198);
    assertThat(periods.get(1).path("feedbackByGoalLevel").path("ORGANIZATION").path("mean")
        .decimalValue()).isEqualByComparingTo("3.62");

    JsonNode totals = r.path("totals");
    assertThat(totals.path("eventCount").asInt()).isEqualTo(761);
    assertThat(totals.path("reportedEventCount").asInt()).isEqualTo(758);
    assertThat(totals.path("participantTotal").asInt()).isEqualTo(12489);
    assertThat(totals.path("reportedParticipantTotal").asInt()).isEqualTo(13654);
    assertThat(totals.path("eventsByType").path("WORKING_GROUP").asInt()).isEqualTo(239);
    assertThat(totals.path("participantsBySector").path("ngoRepresentatives").asInt())
        .isEqualTo(874 + 2657 + 2561 + 1575);
    assertThat(totals.path("contacts").path("phoneCalls").asInt()).isEqualTo(1260);

    List<String> flagged = new ArrayList<>();
    r.path("discrepancies").forEach(d -> flagged.add(d.path("year").asInt() + ":"
        + d.path("figure").asText() + ":" + d.path("reported").asInt() + ":"
        + d.path("computed").asInt()));
    assertThat(flagged).containsExactly("2017:participantTotal:1172:1333",
        "2018:participantTotal:5740:4414", "2019:eventCount:200:202", "2020:eventCount:161:162");

    JsonNode midTarget = r.path("surveys").path("MID_TERM").path("TARGET_GROUP");
    assertThat(midTarget).hasSize(2);
    assertThat(midTarget.get(0).path("mean").decimalValue()).isEqualByComparingTo("3.78");
    assertThat(midTarget.get(0).path("respondents").asInt()).isEqualTo(70);
    assertThat(midTarget.get(0).path("statements").get(1).path("mean").decimalValue())
        .isEqualByComparingTo("4.07");
    assertThat(r.path("surveys").path("FINAL").path("PARTNERS").get(0).path("mean").decimalValue())
        .isEqualByComparingTo("4.33");
    assertThat(r.path("surveys").path("FINAL").path("STAFF")).hasSize(1);
    List<String> selfAssessment = new ArrayList<>();
    r.path("selfAssessments").forEach(s -> selfAssessment.add(s.path("year").asInt() + "="
        + s.path("mean").decimalValue().toPlainString()));
    assertThat(selfAssessment).containsExactly("2017=4.03", "2018=4.73", "2019=4.61", "2020=4.79");

    // a range of years
    JsonNode two = as("manager").getForObject("/api/projects/" + CODE
        + "/reports/final?from=2019&to=2020", JsonNode.class);
    assertThat(years(two.path("periods"), "year")).containsExactly(2019, 2020);
    assertThat(two.path("discrepancies")).hasSize(2);

    // the page for the funder and the board
    ResponseEntity<String> page = as("manager").getForEntity("/api/projects/" + CODE
        + "/reports/final.html", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getBody()).contains("<html lang=\"fi\"").contains("Loppuraportti")
        .contains("Ristiriitoja ilmoitettujen ja kirjattujen lukujen välillä")
        .contains("Tapahtumat tyypeittäin").contains("Valtakunnallinen").contains("<svg")
        .contains("Työntekijöiden laadun itsearviointi").contains("4,79").contains("5\u00A0740")
        .contains("2017 (1.8.–)");

    // Finnish Excel
    ResponseEntity<byte[]> csv = as("manager").getForEntity("/api/projects/" + CODE
        + "/reports/final.csv", byte[].class);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType(
        "text/csv"))).isTrue();
    byte[] bytes = csv.getBody();
    assertThat(new byte[] {bytes[0], bytes[1], bytes[2]})
        .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text).contains("Osio;Kohta;2017 (1.8.–);2018;2019;2020;Yhteensä")
        .contains("Tapahtumat tyypeittäin;Seminaaritilaisuus;11;70;36;21;138")
        .contains("Osallistujat;Hankkeen ilmoittama;1172;5740;4268;2474;13654")
        .contains("Ristiriita;2019;eventCount;200;202;-2;")
        .contains("Itsearviointi;2020;").contains(";4,79");

    // PDF
    ResponseEntity<byte[]> pdf = as("manager").getForEntity("/api/projects/" + CODE
        + "/reports/final.pdf", byte[].class);
    assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    try (PDDocument doc = PDDocument.load(pdf.getBody())) {
      String pdfText = new PDFTextStripper().getText(doc);
      assertThat(pdfText).contains("Loppuraportti").contains("JärjestöSotehanke 113")
          .contains("Järjestöjen edustajat").contains("Ristiriitoja")
          .contains("Työntekijöiden laadun itsearviointi");
      assertThat(doc.getNumberOfPages()).isGreaterThan(1);
    }
  }

  @Test
  void sameAccessAsTheAnnualReportAndBadYearsAre400() {
    put(as("secretary"), "/api/projects/FIN-ACCESS-IT", Map.of("name", "Projekti",
        "organizationName", "Yhdistys ry", "businessId", "1234567-1"));
    String url = "/api/projects/FIN-ACCESS-IT/reports/final";
    assertThat(as("applicant1").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(as("applicant2").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant2").getForEntity(url + ".pdf", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant2").getForEntity(url + ".html", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("manager").getForEntity("/api/projects/NO-SUCH-FIN-IT/reports/final",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    ResponseEntity<String> backwards = as("manager").getForEntity(url + "?from=2020&to=2018",
        String.class);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody()).contains("from");
    assertThat(as("manager").getForEntity(url + "?from=1800", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(as("manager").getForEntity(url + "?from=abc", String.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    // nothing recorded: an empty report, and a page that says so
    JsonNode empty = as("manager").getForObject(url, JsonNode.class);
    assertThat(empty.path("periods")).isEmpty();
    assertThat(as("manager").getForObject(url + ".html", String.class))
        .contains("Projektille ei ole kirjattu yhtään vuotta");
  }

  /** The fixture's object without the fields that are in the URL (strict JSON input). */
  static JsonNode without(JsonNode node, String... fields) {
    com.fasterxml.jackson.databind.node.ObjectNode copy =
        ((com.fasterxml.jackson.databind.node.ObjectNode) node).deepCopy();
    copy.remove(List.of(fields));
    return copy;
  }

  static List<Integer> years(JsonNode periods, String field) {
    List<Integer> out = new ArrayList<>();
    periods.forEach(p -> out.add(p.path(field).asInt()));
    return out;
  }

  static void put(TestRestTemplate client, String url, Object body) {
    Object payload = body instanceof Map<?, ?> m ? new HashMap<>(m) : body;
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> r = client.exchange(url, HttpMethod.PUT,
        new HttpEntity<>(payload, headers), String.class);
    assertThat(r.getStatusCode().is2xxSuccessful()).as(url + " " + r.getBody()).isTrue();
  }
}

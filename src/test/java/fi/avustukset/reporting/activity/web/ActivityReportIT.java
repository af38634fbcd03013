package fi.avustukset.reporting.activity.web;

import fi.avustukset.reporting.activity.domain.ActivityEventCsvTest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.support.PostgresIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Import → annual report through the real REST API on PostgreSQL (CONTRACT.md "Activity
 * events: import and annual report"): JSON, CSV and HTML, refused files, access.
 */
class ActivityReportIT extends PostgresIntegrationTest {

  static final String HEADER = ActivityEventCsvTest.HEADER;

  @Test
  void importedSeed004YearGivesTheReportedFiguresAndFlagsTheParticipantTotal() throws IOException {
    createProject("JSH-113-IT", null, "JARJESTO-2.0-IT");
    byte[] file = fixture();

    ResponseEntity<JsonNode> first = importCsv("secretary", "JSH-113-IT", file);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getBody().path("created").asInt()).isEqualTo(325);

    ResponseEntity<JsonNode> again = importCsv("manager", "JSH-113-IT", file);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(again.getBody().path("created").asInt()).isZero();
    assertThat(again.getBody().path("unchanged").asInt()).isEqualTo(325);

    assertThat(as("manager").exchange("/api/projects/JSH-113-IT/years/2018/figures",
        HttpMethod.PUT, new HttpEntity<>(Map.of("reportedParticipantTotal", 5740)), JsonNode.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);

    JsonNode report = as("manager").getForObject(
        "/api/projects/JSH-113-IT/reports/annual?year=2018", JsonNode.class);
    assertThat(report.path("eventCount").asInt()).isEqualTo(325);
    JsonNode byType = report.path("eventsByType");
    assertThat(new int[] {byType.path("PERSONAL_MEETING").asInt(), byType.path("SEMINAR").asInt(),
        byType.path("WORKING_GROUP").asInt(), byType.path("PARTNER_MEETING").asInt(),
        byType.path("NGO_COACHING").asInt(), byType.path("PROJECT_PRESENTATION").asInt(),
        byType.path("OTHER").asInt()}).containsExactly(64, 70, 88, 34, 28, 9, 32);
    assertThat(report.path("goalLevelShare").path("REGION").decimalValue())
        .isEqualByComparingTo("67.7");
    assertThat(report.path("organizerRoleShare").path("COOPERATION").decimalValue())
        .isEqualByComparingTo("30.2");
    JsonNode sectors = report.path("participantsBySector");
    assertThat(sectors.path("officials").asInt()).isEqualTo(1501);
    assertThat(sectors.path("electedOfficials").asInt()).isEqualTo(113);
    assertThat(sectors.path("ngoRepresentatives").asInt()).isEqualTo(2657);
    assertThat(sectors.path("privateSector").asInt()).isEqualTo(143);
    assertThat(report.path("participantTotal").asInt()).isEqualTo(4414);
    assertThat(report.path("reportedParticipantTotal").asInt()).isEqualTo(5740);
    assertThat(report.path("discrepancies").get(0).path("figure").asText())
        .isEqualTo("participantTotal");
    assertThat(report.path("discrepancies").get(0).path("difference").asInt()).isEqualTo(1326);

    ResponseEntity<String> csv = as("manager").getForEntity(
        "/api/projects/JSH-113-IT/reports/annual.csv?year=2018&format=codes", String.class);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv")))
        .isTrue();
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).contains("attachment");
    assertThat(csv.getBody()).contains("eventsByType,SEMINAR,70")
        .contains("participantsBySector,officials,1501")
        .contains("summary,reportedParticipantTotal,5740")
        .contains("discrepancy,participantTotal,1326");

    // the default download opens in Finnish Excel: BOM, semicolons, decimal comma, Finnish names
    ResponseEntity<byte[]> excel = as("manager").getForEntity(
        "/api/projects/JSH-113-IT/reports/annual.csv?year=2018", byte[].class);
    byte[] bytes = excel.getBody();
    assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
    String fi = new String(bytes, StandardCharsets.UTF_8).substring(1);
    assertThat(fi).startsWith("Osio;Kohta;Arvo\r\n")
        .contains("Tapahtumat tyypeittäin, kpl;Seminaaritilaisuus;70")
        .contains("Osallistujat sektoreittain;Julkisen sektorin viranhaltijat;1501")
        .contains("Yhteenveto;Osallistujia (hankkeen ilmoittama);5740")
        .contains(";1326\r\n")
        .doesNotContain("SEMINAR").doesNotContain("eventsByType");
    assertThat(fi).containsPattern("Tavoitetaso, % tapahtumista;Maakuntataso;67,7\r\n");
    assertThat(fi).contains("Järjestäjärooli, % tapahtumista;Yhteistyössä muun tahon kanssa;30,2\r\n");
    assertThat(fi).doesNotContainPattern(";[0-9]+\\.[0-9]+\r\n");

    ResponseEntity<String> page = as("manager").getForEntity(
        "/api/projects/JSH-113-IT/reports/annual.html?year=2018", String.class);
    assertThat(page.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
    assertThat(page.getHeaders().getFirst("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(page.getBody()).contains("<svg").contains("Seminaaritilaisuus")
        .contains("Ristiriitoja").contains("5\u00A0740").contains("4\u00A0414");
  }

  @Test
  void aBadFileIsRefusedWithRowNumbersAndNothingIsStored() {
    createProject("BAD-CSV-IT", null, null);
    String file = HEADER
        + "2019-01-15,SEMINAR,REGION,OWN,12,2,40,1,Good row\n"
        + "2019-01-16,WEBINAR,REGION,OWN,1,0,0,0,Bad type\n"
        + "2019-01-17,SEMINAR,REGION,OWN,-1,0,0,0,Negative\n"
        + "15.1.2019,SEMINAR,REGION,OWN,1,0,0,0,Finnish date\n";
    ResponseEntity<JsonNode> refused = importCsv("secretary", "BAD-CSV-IT",
        file.getBytes(StandardCharsets.UTF_8));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode errors = refused.getBody().path("errors");
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0).path("row").asInt()).isEqualTo(3);
    assertThat(errors.get(0).path("field").asText()).isEqualTo("type");
    assertThat(errors.get(1).path("row").asInt()).isEqualTo(4);
    assertThat(errors.get(2).path("row").asInt()).isEqualTo(5);
    assertThat(errors.get(2).path("field").asText()).isEqualTo("date");

    JsonNode report = as("secretary").getForObject(
        "/api/projects/BAD-CSV-IT/reports/annual?year=2019", JsonNode.class);
    assertThat(report.path("eventCount").asInt()).isZero();

    ResponseEntity<JsonNode> missingColumn = importCsv("secretary", "BAD-CSV-IT",
        "date,type,goalLevels,organizerRole,title\n2019-01-15,SEMINAR,REGION,OWN,x\n"
            .getBytes(StandardCharsets.UTF_8));
    assertThat(missingColumn.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missingColumn.getBody().path("errors").toString()).contains("officials");
  }

  @Test
  void aRefusedCorrectionLeavesEarlierEventsAsTheyWereAndACorrectFileUpdatesWithoutDuplicating() {
    createProject("FIX-CSV-IT", null, null);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] rows = (HEADER
        + "2019-01-15,SEMINAR,REGION,OWN,10,0,0,0,\"Sote-info, Turku\"\n"
        + "2019-02-15,WORKING_GROUP,MUNICIPALITY,COOPERATION,3,0,0,0,Työryhmä\n")
        .getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + rows.length];
    System.arraycopy(bom, 0, withBom, 0, bom.length);
    System.arraycopy(rows, 0, withBom, bom.length, rows.length);
    assertThat(importCsv("secretary", "FIX-CSV-IT", withBom).getBody().path("created").asInt())
        .isEqualTo(2);

    // the seminar's count corrected, but another row is bad: nothing changes
    String corrected = HEADER
        + "2019-01-15,SEMINAR,REGION,OWN,25,0,0,0,\"Sote-info, Turku\"\n"
        + "2019-02-15,WORKING_GROUP,MUNICIPALITY,COOPERATION,3,0,0,0,Työryhmä\n"
        + "2019-03-15,SEMINAR,REGION,OWN,1,0,0\n";
    assertThat(importCsv("secretary", "FIX-CSV-IT", corrected.getBytes(StandardCharsets.UTF_8))
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    JsonNode before = as("secretary").getForObject(
        "/api/projects/FIX-CSV-IT/reports/annual?year=2019", JsonNode.class);
    assertThat(before.path("participantTotal").asInt()).isEqualTo(13);

    // the bad row fixed: the seminar is updated, nothing duplicated, one event added
    ResponseEntity<JsonNode> fixed = importCsv("secretary", "FIX-CSV-IT", corrected
        .replace("2019-03-15,SEMINAR,REGION,OWN,1,0,0\n", "2019-03-15,SEMINAR,REGION,OWN,1,0,0,0,Uusi\n")
        .getBytes(StandardCharsets.UTF_8));
    assertThat(fixed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(fixed.getBody().path("updated").asInt()).isEqualTo(1);
    assertThat(fixed.getBody().path("unchanged").asInt()).isEqualTo(1);
    assertThat(fixed.getBody().path("created").asInt()).isEqualTo(1);
    JsonNode after = as("secretary").getForObject(
        "/api/projects/FIX-CSV-IT/reports/annual?year=2019", JsonNode.class);
    assertThat(after.path("eventCount").asInt()).isEqualTo(3);
    assertThat(after.path("participantTotal").asInt()).isEqualTo(25 + 3 + 1);
  }

  @Test
  void onlyProjectStaffAndTheProjectsOwnOrganisationMayImportAndRead() {
    createProject("ORG1-ACT-IT", "1234567-1", null);
    byte[] file = (HEADER + "2020-03-01,NGO_COACHING,ORGANIZATION,OWN,0,0,12,0,Coaching\n")
        .getBytes(StandardCharsets.UTF_8);

    assertThat(importCsv("applicant2", "ORG1-ACT-IT", file).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(importCsv("reviewer1", "ORG1-ACT-IT", file).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(importCsv("applicant1", "ORG1-ACT-IT", file).getStatusCode())
        .isEqualTo(HttpStatus.OK);

    String url = "/api/projects/ORG1-ACT-IT/reports/annual?year=2020";
    assertThat(as("applicant1").getForObject(url, JsonNode.class).path("eventCount").asInt())
        .isEqualTo(1);
    assertThat(as("applicant2").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("coordinator").getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(rest.getForEntity(url, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(as("manager").getForEntity("/api/projects/NO-SUCH-IT/reports/annual?year=2020",
        String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("manager").getForEntity("/api/projects/ORG1-ACT-IT/reports/annual?year=1800",
        String.class).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aBigFileIsStreamedInChunksAndABadLastRowStillStoresNothing() {
    createProject("BIG-CSV-IT", null, null);
    StringBuilder good = new StringBuilder(HEADER);
    for (int i = 0; i < 1_800; i++) {
      good.append(LocalDate.of(2020, 1, 1).plusDays(i % 366)).append(",SEMINAR,REGION,OWN,1,0,2,0,")
          .append("\"Tilaisuus ").append(i).append(", Kuopio\"\n");
    }
    // 1,800 good rows are more than three chunks, written before the bad row is read.
    ResponseEntity<JsonNode> refused = importCsv("secretary", "BIG-CSV-IT", (good
        + "2020-12-31,WEBINAR,REGION,OWN,1,0,0,0,Bad type\n").getBytes(StandardCharsets.UTF_8));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().path("errors")).singleElement()
        .satisfies(e -> assertThat(e.path("row").asInt()).isEqualTo(1_802));
    assertThat(as("secretary").getForObject("/api/projects/BIG-CSV-IT/reports/annual?year=2020",
        JsonNode.class).path("eventCount").asInt()).isZero();

    ResponseEntity<JsonNode> imported = importCsv("secretary", "BIG-CSV-IT",
        good.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody().path("created").asInt()).isEqualTo(1_800);
    assertThat(importCsv("secretary", "BIG-CSV-IT", good.toString().getBytes(StandardCharsets.UTF_8))
        .getBody().path("unchanged").asInt()).isEqualTo(1_800);
    assertThat(as("secretary").getForObject("/api/projects/BIG-CSV-IT/reports/annual?year=2020",
        JsonNode.class).path("eventCount").asInt()).isEqualTo(1_800);

    // a bigger file over the same project: the known rows are found in every chunk (the
    // lookup by key), only the new ones are added; a repeat of the first row at the end is
    // its second occurrence, a new event
    StringBuilder more = new StringBuilder(good);
    for (int i = 1_800; i < 2_300; i++) {
      more.append(LocalDate.of(2020, 1, 1).plusDays(i % 366)).append(",SEMINAR,REGION,OWN,1,0,2,0,")
          .append("\"Tilaisuus ").append(i).append(", Kuopio\"\n");
    }
    more.append("2020-01-01,SEMINAR,REGION,OWN,1,0,2,0,\"Tilaisuus 0, Kuopio\"\n");
    ResponseEntity<JsonNode> grown = importCsv("secretary", "BIG-CSV-IT",
        more.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(grown.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(grown.getBody().path("unchanged").asInt()).isEqualTo(1_800);
    assertThat(grown.getBody().path("created").asInt()).isEqualTo(501);
    assertThat(importCsv("secretary", "BIG-CSV-IT", more.toString().getBytes(
        StandardCharsets.UTF_8)).getBody().path("unchanged").asInt()).isEqualTo(2_301);
    assertThat(as("secretary").getForObject("/api/projects/BIG-CSV-IT/reports/annual?year=2020",
        JsonNode.class).path("eventCount").asInt()).isEqualTo(2_301);
  }

  static byte[] fixture() throws IOException {
    try (InputStream in = ActivityReportIT.class.getResourceAsStream(
        "/reporting/jsh113-2018-events.csv")) {
      return in.readAllBytes();
    }
  }

  void createProject(String code, String businessId, String programme) {
    Map<String, Object> body = new HashMap<>();
    body.put("name", "Projekti " + code);
    body.put("organizationName", "Yhdistys ry");
    if (businessId != null) {
      body.put("businessId", businessId);
    }
    if (programme != null) {
      fi.avustukset.support.Programmes.register(as("secretary"), programme);
      body.put("programmeCode", programme);
    }
    ResponseEntity<String> put = as("secretary").exchange("/api/projects/" + code, HttpMethod.PUT,
        new HttpEntity<>(body), String.class);
    assertThat(put.getStatusCode().is2xxSuccessful()).as(put.getBody()).isTrue();
  }

  ResponseEntity<JsonNode> importCsv(String user, String code, byte[] file) {
    return importCsv(as(user), code, file);
  }

  static ResponseEntity<JsonNode> importCsv(TestRestTemplate client, String code, byte[] file) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("text/csv"));
    return client.exchange("/api/projects/" + code + "/activity-events", HttpMethod.POST,
        new HttpEntity<>(file, headers), JsonNode.class);
  }
}

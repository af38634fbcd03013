package fi.avustukset.grant.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.grant.attachment.domain.TestFiles;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.PostgresIntegrationTest;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Attachments through the real REST API on PostgreSQL (issue 13, CONTRACT.md "Attachments"):
 * the applicant uploads the required files, a reviewer lists and downloads them, the other
 * organisation and a reviewer with a declared conflict of interest (E11) get nothing, and bad
 * files (empty, oversized, a program named .pdf) are refused with 400 leaving nothing stored.
 */
class AttachmentApiIT extends PostgresIntegrationTest {

  /** A third organisation no other test uses, so its conflict declaration stays here. */
  static final String THIRD_ORG = "5551234-5";

  @Autowired
  JdbcTemplate jdbc;

  private static String callKey;

  @BeforeEach
  void call() {
    if (callKey == null) {
      callKey = CallFixture.openCall(this, "Liitetesti", "OPERATING_INNOVATION", 200_000);
    }
  }

  @Test
  void theApplicantsFilesReachTheReviewerAndNoOneElse() throws Exception {
    String number = submit("applicant1", CallFixture.application(1, "Liitteellinen hanke", 20_000));

    // The automatic check ran before any file came: it names the missing ones as a completion
    // reason, and the application still goes on to the reviewers (eligible by E1–E9).
    String instance = instanceOf(number);
    Await.until("eligibility check of " + number, Duration.ofMinutes(3),
        () -> as("admin").getForEntity("/engine-rest/process-instance/" + instance
            + "/variables/eligibilitySummary", JsonNode.class).getStatusCode().is2xxSuccessful());
    assertThat(as("admin").getForObject("/engine-rest/process-instance/" + instance
        + "/variables/eligibilitySummary", JsonNode.class).path("value").asText())
        .contains("Kaikki ehdot E1–E9 täyttyvät.")
        .contains("Puuttuvat pakolliset liitteet: Säännöt, Talousarvio ja rahoitussuunnitelma,"
            + " Viimeisin tilinpäätös (täydennettävä).");

    // The applicant's own view names what is still to add, and links the attachments page.
    assertThat(row("applicant1", number)).contains("Lisää puuttuvat: Säännöt, Talousarvio ja"
        + " rahoitussuunnitelma, Viimeisin tilinpäätös")
        .contains("/api/applications/" + number + "/attachments.html");

    byte[] statutes = TestFiles.pdf("Yhdistyksen säännöt");
    ResponseEntity<JsonNode> created = upload("applicant1", number, "STATUTES", "Säännöt 2027.pdf",
        statutes);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    JsonNode body = created.getBody();
    assertThat(body.path("fileName").asText()).isEqualTo("Säännöt 2027.pdf");
    assertThat(body.path("kind").asText()).isEqualTo("STATUTES");
    assertThat(body.path("size").asLong()).isEqualTo(statutes.length);
    String statutesSha = sha256(statutes);
    assertThat(body.path("sha256").asText()).isEqualTo(statutesSha);
    long statutesId = body.path("id").asLong();
    assertThat(created.getHeaders().getLocation()).hasToString("/api/applications/" + number
        + "/attachments/" + statutesId);
    assertThat(upload("applicant1", number, "BUDGET", "talousarvio.xlsx", TestFiles.xlsx())
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(upload("applicant1", number, "FINANCIAL_STATEMENTS", "tilinpaatos.pdf",
        TestFiles.pdf("Tilinpäätös 2026")).getStatusCode()).isEqualTo(HttpStatus.CREATED);

    assertThat(row("applicant1", number)).doesNotContain("Lisää puuttuvat");

    // A reviewer lists and downloads them.
    JsonNode list = as("reviewer1").getForObject("/api/applications/" + number + "/attachments",
        JsonNode.class);
    assertThat(list.findValuesAsText("kind")).containsExactly("STATUTES", "BUDGET",
        "FINANCIAL_STATEMENTS");
    ResponseEntity<byte[]> download = as("reviewer1").getForEntity("/api/applications/" + number
        + "/attachments/" + statutesId, byte[].class);
    assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(download.getBody()).isEqualTo(statutes);
    assertThat(download.getHeaders().getContentType()).hasToString("application/pdf");
    assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .contains("filename*=UTF-8''S%C3%A4%C3%A4nn%C3%B6t%202027.pdf");
    assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    // … and so does the preparer, on the page linked from the tasks.
    String page = as("secretary").getForObject("/api/applications/" + number
        + "/attachments.html", String.class);
    assertThat(page).contains(number).contains("Liitteellinen hanke")
        .contains("Savon Mielenterveysyhdistys ry")
        .contains("Säännöt 2027.pdf").contains("talousarvio.xlsx")
        .doesNotContain(">puuttuu<");

    // The other organisation's applicant: nothing, not even the list.
    assertThat(as("applicant2").getForEntity("/api/applications/" + number + "/attachments",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("applicant2").getForEntity("/api/applications/" + number + "/attachments/"
        + statutesId, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(upload("applicant2", number, "OTHER", "muu.pdf", TestFiles.pdf("x"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // A reviewer reads but does not add files.
    assertThat(upload("reviewer1", number, "OTHER", "muu.pdf", TestFiles.pdf("x"))
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // An id of another application's file is not found through this one.
    String second = submit("applicant2", CallFixture.application(2, "Toinen hanke", 10_000));
    assertThat(as("applicant2").getForEntity("/api/applications/" + second + "/attachments/"
        + statutesId, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(stored(number)).isEqualTo(3);
    // Each upload is in the case's audit trail, with the user and the file's checksum.
    assertThat(jdbc.queryForList("select details from audit_event where case_key = ? and action"
        + " = 'Liite lisätty' and user_id = 'applicant1'", String.class, number))
        .hasSize(3).anyMatch(d -> d.contains("Säännöt 2027.pdf") && d.contains(statutesSha));
  }

  @Test
  void badFilesAreRefusedWithTheReasonAndNothingIsStored() {
    String number = submit("applicant1", CallFixture.application(1, "Huonot tiedostot", 15_000));

    ResponseEntity<JsonNode> empty = upload("applicant1", number, "STATUTES", "saannot.pdf",
        new byte[0]);
    assertRefused(empty, "file", "Tiedosto on tyhjä.");
    ResponseEntity<JsonNode> program = upload("applicant1", number, "BUDGET", "talousarvio.pdf",
        TestFiles.exe());
    assertRefused(program, "file", "ohjelma");
    byte[] justOver = new byte[10 * 1024 * 1024 + 1];
    byte[] pdf = TestFiles.pdf("iso");
    System.arraycopy(pdf, 0, justOver, 0, pdf.length);
    assertRefused(upload("applicant1", number, "BUDGET", "iso.pdf", justOver), "file",
        "Tiedosto on liian suuri: enintään 10 Mt.");
    // Beyond the container's multipart limit too: the same 400, not 413 or 500.
    byte[] farOver = new byte[13 * 1024 * 1024];
    System.arraycopy(pdf, 0, farOver, 0, pdf.length);
    assertRefused(upload("applicant1", number, "BUDGET", "valtava.pdf", farOver), "file",
        "liian suuri");
    assertRefused(upload("applicant1", number, "PHOTO", "kuva.png", TestFiles.png()), "kind",
        "tuntematon laji PHOTO");
    assertRefused(upload("applicant1", number, "BUDGET", "kuva.pdf", TestFiles.png()), "file",
        "PNG-kuva");
    assertThat(stored(number)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from audit_event where case_key = ?"
        + " and action like 'Liite%'",
        Integer.class, number)).isZero();
    assertThat(jdbc.queryForObject("select count(*) from attachment_content c join attachment a"
        + " on a.id = c.attachment_id where a.application_number = ?", Integer.class, number))
        .isZero();

    // The browser form shows the reason at the field, with 400.
    ResponseEntity<String> form = as("applicant1").postForEntity("/api/applications/" + number
        + "/attachments.html", multipart("BUDGET", "talousarvio.pdf", TestFiles.exe(),
        formGuard.tokenFor("applicant1")), String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(form.getBody()).contains("id=\"file-error\"").contains("ohjelma")
        .contains("Liitettä ei tallennettu");
    ResponseEntity<String> good = as("applicant1").postForEntity("/api/applications/" + number
        + "/attachments.html", multipart("STATUTES", "saannot.odt", TestFiles.odt(),
        formGuard.tokenFor("applicant1")), String.class);
    // 303 back to the page (the test client follows it): the page tells the file was saved.
    if (good.getStatusCode() == HttpStatus.SEE_OTHER) {
      assertThat(good.getHeaders().getLocation().toString())
          .contains("/api/applications/" + number + "/attachments.html?saved=");
    } else {
      assertThat(good.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(good.getBody()).contains("Liite on tallennettu").contains("saannot.odt");
    }
    assertThat(stored(number)).isEqualTo(1);
  }

  @Test
  void aReviewerWithADeclaredConflictSeesNoAttachments() {
    ResponseEntity<JsonNode> declared = as("secretary").postForEntity("/api/conflicts",
        Map.of("userId", "reviewer2", "businessId", THIRD_ORG, "reason", "Yhdistyksen jäsen"),
        JsonNode.class);
    assertThat(declared.getStatusCode().is2xxSuccessful()).as(String.valueOf(declared.getBody()))
        .isTrue();
    Map<String, Object> application = CallFixture.application(1, "Kylätalon hanke", 9_000);
    application.put("organizationName", "Savon Kylätalot ry");
    application.put("businessId", THIRD_ORG);
    String number = submit("secretary", application);
    // A file that came by post: the preparer adds it on the organisation's behalf.
    ResponseEntity<JsonNode> created = upload("secretary", number, "BUDGET", "talousarvio.docx",
        TestFiles.docx());
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    long id = created.getBody().path("id").asLong();

    ResponseEntity<JsonNode> refused = as("reviewer2").getForEntity("/api/applications/" + number
        + "/attachments", JsonNode.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getBody().path("detail").asText()).contains("esteellinen").contains("E11");
    assertThat(as("reviewer2").getForEntity("/api/applications/" + number + "/attachments/" + id,
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("reviewer2").getForEntity("/api/applications/" + number + "/attachments.html",
        String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    // The reviewer without a conflict reads it.
    assertThat(as("reviewer1").getForObject("/api/applications/" + number + "/attachments",
        JsonNode.class).findValuesAsText("fileName")).containsExactly("talousarvio.docx");
  }

  private String submit(String user, Map<String, Object> application) {
    ResponseEntity<JsonNode> created = as(user).postForEntity("/api/calls/" + callKey
        + "/applications", application, JsonNode.class);
    assertThat(created.getStatusCode()).as(String.valueOf(created.getBody()))
        .isEqualTo(HttpStatus.CREATED);
    return created.getBody().path("applicationNumber").asText();
  }

  /** The row of one application on the caller's page "Omat hakemukset". */
  private String row(String user, String number) {
    String page = as(user).getForObject("/api/applications.html", String.class);
    int start = page.indexOf("id=\"app-" + number + "\"");
    assertThat(start).as("row of " + number).isGreaterThan(0);
    return page.substring(start, page.indexOf("</tr>", start));
  }

  private String instanceOf(String number) {
    return as("admin").getForObject("/engine-rest/process-instance?businessKey=" + number,
        JsonNode.class).get(0).path("id").asText();
  }

  private ResponseEntity<JsonNode> upload(String user, String number, String kind, String name,
      byte[] content) {
    TestRestTemplate client = as(user);
    return client.postForEntity("/api/applications/" + number + "/attachments",
        multipart(kind, name, content), JsonNode.class);
  }

  private static HttpEntity<MultiValueMap<String, Object>> multipart(String kind, String name,
      byte[] content) {
    return multipart(kind, name, content, null);
  }

  /** The page's form: with the user's CSRF token ({@code _csrf}). */
  private static HttpEntity<MultiValueMap<String, Object>> multipart(String kind, String name,
      byte[] content, String csrfToken) {
    MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
    if (csrfToken != null) {
      form.add(fi.avustukset.platform.web.FormGuard.PARAMETER, csrfToken);
    }
    form.add("kind", kind);
    form.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    return new HttpEntity<>(form, headers);
  }

  private static void assertRefused(ResponseEntity<JsonNode> response, String field,
      String reason) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody()))
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().path("field").asText()).isEqualTo(field);
    assertThat(response.getBody().path("detail").asText()).contains(reason);
  }

  private int stored(String number) {
    return jdbc.queryForObject("select count(*) from attachment where application_number = ?",
        Integer.class, number);
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}

package fi.avustukset.grant.notification;

import fi.avustukset.grant.decision.web.DecisionLetters;
import fi.avustukset.platform.mail.MailRequest;
import fi.avustukset.platform.pdf.DocumentSource;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.support.Await;
import fi.avustukset.support.CallFixture;
import fi.avustukset.support.EngineRestClient;
import fi.avustukset.support.PostgresIntegrationTest;
import fi.avustukset.support.TestMailServer;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 12, done when: the grant path call → application → committee → final → agreement →
 * payment → report against a real SMTP server delivers each message once to the
 * organisation's contact address; the final decision letter is stored as PDF/A and attached.
 */
class GrantMailLifecycleIT extends PostgresIntegrationTest {

  static final TestMailServer MAIL = TestMailServer.get();
  static final Duration WAIT = Duration.ofMinutes(3);

  @Test
  void everyMessageOfTheGrantPathArrivesOnce() throws Exception {
    String callKey = CallFixture.openCall(this, "Viestipolun haku", "OPERATING_INNOVATION", 90_000);
    var secretary = new EngineRestClient(as("secretary"));
    var committee = new EngineRestClient(as("committee1"));
    var board = new EngineRestClient(as("board1"));
    var applicant = new EngineRestClient(as("applicant1"));
    String address = "hankkeet@savonmieli.example";

    Map<String, Object> body = CallFixture.application(1, "Mielen hyvinvoinnin viestipolku", 30_000);
    body.put("contactEmail", address);
    ResponseEntity<JsonNode> created = as("applicant1").postForEntity(
        "/api/calls/" + callKey + "/applications", body, JsonNode.class);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = created.getBody().path("applicationNumber").asText();
    String mine = "processInstanceBusinessKey=" + number;
    awaitOne(address, "Hakemus " + number + " on vastaanotettu");

    // Application period ends; two reviews; the proposal is confirmed; the committee decides.
    runTimer(callKey, null);
    for (String reviewer : List.of("reviewer1", "reviewer2")) {
      var client = new EngineRestClient(as(reviewer));
      Await.until(reviewer + " scoring", WAIT, () -> !client.tasks(mine + "&assignee=" + reviewer).isEmpty());
      client.complete(client.tasks(mine + "&assignee=" + reviewer).get(0), "scoreStrategyFit", 5,
          "scoreTargetGroup", 4, "scoreRegionalReach", 4, "scoreComplementsServices", 5,
          "scoreFinancing", 4, "scoreEffectiveness", 4, "scoreCooperation", 4, "reviewComment", "Hyvä");
    }
    String callTasks = "processDefinitionKey=grant-call&processInstanceBusinessKey=" + callKey
        + "&taskDefinitionKey=Task_AdjustProposal";
    Await.until("proposal", WAIT, () -> !secretary.tasks(callTasks).isEmpty());
    secretary.complete(secretary.tasks(callTasks).get(0), "proposalConfirmed", true);
    Await.until("committee task", WAIT,
        () -> !committee.tasks(mine + "&taskDefinitionKey=Task_CommitteeDecision").isEmpty());
    committee.complete(committee.tasks(mine + "&taskDefinitionKey=Task_CommitteeDecision").get(0));
    Await.until("take-over task", WAIT,
        () -> !board.tasks(mine + "&taskDefinitionKey=Task_ConsiderTakeover").isEmpty());
    board.complete(board.tasks(mine + "&taskDefinitionKey=Task_ConsiderTakeover").get(0), "takeOver", false);

    MimeMessage decision = awaitOne(address, "Hakemuksestanne " + number + " on tehty päätös");
    assertThat(TestMailServer.body(decision)).contains("avustus myönnetään")
        .contains("/api/applications/" + number + "/decision-letter.pdf");
    ResponseEntity<byte[]> draftPdf = as("applicant1").getForEntity(
        "/api/applications/" + number + "/decision-letter.pdf", byte[].class);
    assertThat(draftPdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(draftPdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    assertThat(as("applicant2").getForEntity("/api/applications/" + number + "/decision-letter.pdf",
        byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    // The applicant accepts: the decision is final, its letter stored and attached.
    Await.until("rectification task", WAIT,
        () -> !applicant.tasks(mine + "&taskDefinitionKey=Task_ConsiderRectification").isEmpty());
    applicant.complete(applicant.tasks(mine + "&taskDefinitionKey=Task_ConsiderRectification").get(0),
        "rectificationRequested", false);
    MimeMessage finalMail = awaitOne(address, "Päätös hakemuksesta " + number + " on lopullinen");
    byte[] attached = pdfAttachment(finalMail);
    byte[] served = as("applicant1").getForObject(
        "/api/applications/" + number + "/decision-letter.pdf", byte[].class);
    assertThat(served).as("the stored final letter is what was sent").isEqualTo(attached);
    // Made once, when the mail was delivered (DocumentSource), and remembered on the mail's row.
    assertThat(jdbc.queryForObject("select count(*) from stored_document where kind ="
        + " 'DECISION_LETTER' and business_key = ?", Integer.class, number)).isEqualTo(1);
    assertThat(jdbc.queryForObject("select d.business_key from mail_outbox m join stored_document d"
        + " on d.id = m.attachment_id where m.dedupe_key = ?", String.class,
        "decision-final:" + number)).isEqualTo(number);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "decision-letter-it.pdf"), served);
    try (PDDocument pdf = PDDocument.load(served)) {
      String text = text(pdf);
      assertThat(text).contains("Avustuspäätös").contains(number).contains("Myönnetään")
          .contains("Oikaisuvaatimusohje").contains("Otto-oikeus")
          .contains("Savon Mielenterveysyhdistys ry").contains("Lopullinen");
    }

    // The agreement: drafted, ready for acceptance (mail), accepted, signed (mail), paid (mail).
    LocalDate today = LocalDate.now(Values.HELSINKI);
    Await.until("draft", WAIT, () -> !secretary.tasks(mine + "&taskDefinitionKey=Task_DraftAgreement").isEmpty());
    secretary.complete(secretary.tasks(mine + "&taskDefinitionKey=Task_DraftAgreement").get(0),
        "agreementStart", today.minusYears(1).toString(), "agreementTerms", "Hakemuksen mukaiseen toimintaan.",
        "contactPerson", "Helmi Hakija", "bankAccount", "FI21 1234 5600 0007 85");
    MimeMessage ready = awaitOne(address, "Avustussopimus " + number + " odottaa hyväksyntäänne");
    assertThat(TestMailServer.body(ready)).contains("/api/agreements/" + number + "/agreement.pdf");
    ResponseEntity<byte[]> agreementPdf = as("applicant1").getForEntity(
        "/api/agreements/" + number + "/agreement.pdf", byte[].class);
    assertThat(agreementPdf.getStatusCode()).isEqualTo(HttpStatus.OK);
    java.nio.file.Files.write(java.nio.file.Path.of("target", "agreement-it.pdf"), agreementPdf.getBody());
    try (PDDocument pdf = PDDocument.load(agreementPdf.getBody())) {
      assertThat(text(pdf)).contains("Sopijapuolet").contains(number)
          .contains("Hakemuksen mukaiseen toimintaan.");
    }
    applicant.complete(applicant.tasks(mine + "&taskDefinitionKey=Task_AcceptAgreement").get(0),
        "agreementAcceptance", "ACCEPTED", "acceptorName", "Helmi Hakija, puheenjohtaja");
    var servicearea = new EngineRestClient(as("servicearea"));
    Await.until("signing", WAIT, () -> !servicearea.tasks(mine + "&taskDefinitionKey=Task_SignAgreement").isEmpty());
    servicearea.complete(servicearea.tasks(mine + "&taskDefinitionKey=Task_SignAgreement").get(0),
        "agreementSignature", "SIGNED", "signerName", "Pekka Palvelualue");
    awaitOne(address, "Avustussopimus " + number + " on allekirjoitettu");
    Await.until("payment approval", WAIT,
        () -> !secretary.tasks(mine + "&taskDefinitionKey=Task_ApprovePayment").isEmpty());
    secretary.complete(secretary.tasks(mine + "&taskDefinitionKey=Task_ApprovePayment").get(0),
        "paymentApproval", "APPROVED");
    MimeMessage payment = awaitOne(address, "Avustuksen maksuerä on maksettu: " + number);
    assertThat(TestMailServer.body(payment)).contains("30\u00a0000,00\u00a0€");

    // The report: the reminder before the due date (its timer run now), submitted, accepted.
    Await.until("report task", WAIT, () -> !applicant.tasks(mine + "&taskDefinitionKey=Task_SubmitReport").isEmpty());
    runTimer(number, "Event_ReminderBeforeDue");
    awaitOne(address, "Muistutus:");
    applicant.complete(applicant.tasks(mine + "&taskDefinitionKey=Task_SubmitReport").get(0),
        "usedAmount", 30000, "eventCount", 12, "participantCount", 140,
        "activitySummary", "Vertaisryhmiä neljässä kunnassa.");
    Await.until("report review", WAIT, () -> !secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewReport").isEmpty());
    secretary.complete(secretary.tasks(mine + "&taskDefinitionKey=Task_ReviewReport").get(0),
        "reportReview", "ACCEPTED", "reviewComment", "Kattava raportti.");
    awaitOne(address, "on hyväksytty");

    // Each exactly once, nothing to anyone else about this case, all SENT in the outbox.
    Thread.sleep(3000);
    List<MimeMessage> all = MAIL.received().stream().filter(m -> subject(m).contains(number)).toList();
    assertThat(all).extracting(GrantMailLifecycleIT::subject).hasSize(8).doesNotHaveDuplicates();
    for (MimeMessage m : all) {
      assertThat(m.getAllRecipients()).extracting(Object::toString).containsExactly(address);
    }
    JsonNode rows = as("secretary").getForObject("/api/mail/outbox?businessKey=" + number, JsonNode.class);
    assertThat(rows.findValuesAsText("template")).containsExactlyInAnyOrder("application-received",
        "decision-made", "decision-final", "agreement-ready", "agreement-signed", "payment-sent",
        "report-due", "report-accepted");
    assertThat(rows.findValuesAsText("status")).containsOnly("SENT");
  }

  /**
   * A mail's attachment that cannot be made when the mail is delivered (here: the letter of an
   * application without a decision) makes that delivery fail: the mail waits and is retried
   * with the reason on the outbox page; nothing half-made is stored or sent.
   */
  @Test
  void anAttachmentThatCannotBeMadeKeepsTheMailWaiting() {
    String callKey = CallFixture.openCall(this, "Liitteetön haku", "OPERATING_INNOVATION", 50_000);
    String number = as("applicant1").postForEntity("/api/calls/" + callKey + "/applications",
        CallFixture.application(1, "Päätöksetön hanke", 7_000), JsonNode.class).getBody()
        .path("applicationNumber").asText();
    String key = "it-letter-without-decision:" + number;
    outbox.enqueue(new MailRequest(key, "application-received", number,
        CallFixture.contactEmail(1), notifications.model(applications.get(number)),
        new DocumentSource.Ref(DecisionLetters.KIND, number)));
    Await.until("a failed attempt", WAIT, () -> jdbc.queryForObject(
        "select attempts from mail_outbox where dedupe_key = ?", Integer.class, key) >= 1
        && jdbc.queryForObject("select last_error from mail_outbox where dedupe_key = ?",
            String.class, key) != null);
    Map<String, Object> row = jdbc.queryForMap("select status, last_error, attachment_id, sent_at"
        + " from mail_outbox where dedupe_key = ?", key);
    assertThat(row.get("status")).isEqualTo("PENDING");
    assertThat((String) row.get("last_error")).contains("ei ole vielä päätöstä");
    assertThat(row.get("attachment_id")).isNull();
    assertThat(row.get("sent_at")).isNull();
    assertThat(jdbc.queryForObject("select count(*) from stored_document where business_key = ?",
        Integer.class, number)).isZero();
    jdbc.update("delete from mail_outbox where dedupe_key = ?", key); // no retries for other tests
  }

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.jdbc.core.JdbcTemplate jdbc;
  @org.springframework.beans.factory.annotation.Autowired
  fi.avustukset.platform.mail.Outbox outbox;
  @org.springframework.beans.factory.annotation.Autowired
  GrantNotifications notifications;
  @org.springframework.beans.factory.annotation.Autowired
  fi.avustukset.grant.application.domain.ApplicationService applications;

  private void runTimer(String businessKey, String activityId) {
    JsonNode instances = as("admin").getForObject("/engine-rest/process-instance?businessKey="
        + businessKey, JsonNode.class);
    for (JsonNode instance : instances) {
      for (JsonNode timer : as("admin").getForObject("/engine-rest/job?timers=true&processInstanceId="
          + instance.path("id").asText() + (activityId == null ? "" : "&activityId=" + activityId),
          JsonNode.class)) {
        {
          assertThat(as("admin").postForEntity("/engine-rest/job/" + timer.path("id").asText()
              + "/execute", null, String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
          return;
        }
      }
    }
    throw new AssertionError("no timer " + activityId + " of " + businessKey);
  }

  private static MimeMessage awaitOne(String address, String subject) {
    Await.until("mail '" + subject + "' to " + address, WAIT, () -> !MAIL.to(address, subject).isEmpty());
    List<MimeMessage> found = MAIL.to(address, subject);
    assertThat(found).as("exactly one '" + subject + "'").hasSize(1);
    return found.get(0);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject() == null ? "" : m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] pdfAttachment(MimeMessage message) throws Exception {
    Multipart multipart = (Multipart) message.getContent();
    for (int i = 0; i < multipart.getCount(); i++) {
      var part = multipart.getBodyPart(i);
      if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
        assertThat(part.getFileName()).isEqualTo("paatos-" + subject(message)
            .replaceAll(".*hakemuksesta (\\S+) .*", "$1") + ".pdf");
        return part.getInputStream().readAllBytes();
      }
    }
    throw new AssertionError("no attachment in " + subject(message));
  }

  /** The text in reading order (PDFBox's default follows the content stream). */
  static String text(PDDocument document) throws java.io.IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    return stripper.getText(document);
  }
}

package fi.avustukset.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every message template of templates/mail/ renders: a subject line, a body, no leftovers. */
class MailTemplatesTest {

  static Map<String, Object> sample(boolean flags) {
    Map<String, Object> m = new HashMap<>();
    for (String key : List.of("number", "callKey", "organizationName", "projectName", "requested",
        "applicationUrl", "request", "due", "grantedAmount", "reasons", "decidedOn", "letterUrl",
        "letterPdfUrl", "agreementType", "agreementStart", "agreementEnd", "agreementUrl",
        "agreementPdfUrl", "instalmentAmount", "paymentReference", "reportKind", "periodStart",
        "periodEnd", "note", "comment", "reclaimAmount", "registration", "roundCode", "reason",
        "redirectAdvice", "redirectedChallenges", "carriedInto", "publicUrl", "groupName",
        "firstName", "changeNumber", "changeKind")) {
      m.put(key, "«" + key + "»");
    }
    for (String key : List.of("rectification", "granted", "byBoard", "finalReport", "reclaim")) {
      m.put(key, flags);
    }
    m.put("rectificationDays", 14);
    m.put("takeoverDays", 14);
    m.put("instalmentYear", 1);
    m.put("reportYear", 2);
    m.put("challengeCount", 2);
    m.put("challenges", List.of("Ensimmäinen haaste", "Toinen haaste"));
    m.put("count", 1);
    m.put("days", 2);
    m.put("tasks", List.of(new fi.avustukset.platform.mail.process.StaffDigest.WaitingTask("Arvioi kelpoisuuspuutteet",
        "2027-TI-1-0003", "1.3.2027", 3)));
    return m;
  }

  @Test
  void everyTemplateRendersWithSubjectAndBody() {
    MailTemplates templates = new MailTemplates();
    File[] files = new File("src/main/resources/" + MailTemplates.FOLDER).listFiles(
        (d, n) -> n.endsWith(".txt"));
    assertThat(files).hasSizeGreaterThanOrEqualTo(21);
    for (File file : files) {
      String name = file.getName().replace(".txt", "");
      for (boolean flags : new boolean[] {true, false}) {
        MailTemplates.Rendered r = templates.render(name, sample(flags));
        assertThat(r.subject()).as(name + " subject").isNotBlank().doesNotContain("\n")
            .doesNotContain("[(").doesNotContain("${");
        assertThat(r.body()).as(name + " body").hasSizeGreaterThan(80).doesNotContain("[(")
            .doesNotContain("${").doesNotContain("[/]").doesNotContain("null");
      }
    }
  }

  @Test
  void branchesFollowTheModel() {
    MailTemplates templates = new MailTemplates();
    Map<String, Object> granted = sample(true);
    granted.put("grantedAmount", "12 500,00 €");
    assertThat(templates.render("decision-made", granted).body())
        .contains("avustus myönnetään, 12 500,00 €").contains("aluehallitus (otto-oikeus)");
    Map<String, Object> rejected = sample(false);
    MailTemplates.Rendered r = templates.render("decision-made", rejected);
    assertThat(r.subject()).isEqualTo("Hakemuksestanne «number» on tehty päätös");
    assertThat(r.body()).contains("avustusta ei myönnetä").contains("asiakaskokemusjaosto")
        .doesNotContain("myönnetään,");
  }
}

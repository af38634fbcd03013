package fi.avustukset.grant.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import fi.avustukset.platform.history.Phase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The phase mapping and the audit steps name elements that exist in the models in processes/. */
class GrantPhasesTest {

  static Set<String> idsOf(String processKey) throws IOException {
    String xml = Files.readString(Path.of("processes", processKey + ".bpmn"));
    Set<String> ids = new HashSet<>();
    Matcher m = Pattern.compile("<bpmn:\\w+ [^>]*?id=\"([^\"]+)\"").matcher(xml);
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  @Test
  void everyPhaseIsMappedToElementsOfItsProcessModel() throws IOException {
    for (Phase phase : GrantPhases.ALL) {
      assertThat(idsOf(phase.processKey())).as(phase.code())
          .containsAll(phase.activityIds());
    }
  }

  @Test
  void thePhasesRunInTheOrderOfIssue13() {
    assertThat(GrantPhases.ALL).extracting(Phase::code).containsExactly("SUBMISSION",
        "ELIGIBILITY", "COMPLETION", "REVIEW", "COMMITTEE", "TAKEOVER", "RECTIFICATION",
        "AGREEMENT", "FIRST_PAYMENT", "REPORT_ACCEPTED");
  }

  @Test
  void everyUserTaskOfTheGrantModelsHasAFinnishAuditAction() throws IOException {
    Set<String> modelled = new HashSet<>();
    Set<String> all = new HashSet<>();
    for (String process : List.of("grant-application", "grant-agreement", "grant-report",
        "grant-change")) {
      String xml = Files.readString(Path.of("processes", process + ".bpmn"));
      Matcher m = Pattern.compile("<bpmn:userTask [^>]*?id=\"([^\"]+)\"").matcher(xml);
      while (m.find()) {
        modelled.add(m.group(1));
      }
      all.addAll(idsOf(process));
    }
    assertThat(CaseSteps.TASKS.keySet()).containsAll(modelled);
    for (Map.Entry<String, CaseSteps.Step> e : CaseSteps.SYSTEM_STEPS.entrySet()) {
      assertThat(all).as(e.getKey()).contains(e.getKey());
    }
  }
}

package fi.avustukset.platform.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** Money figures and dates of a task given to its form as Finnish text (issue 10.1). */
class TaskTextsTest {

  @Test
  void theTextsAFormRefersToAreMadeFromTheirVariablesAndNothingElseIsRead() {
    byte[] form = ("{\"id\":\"f\",\"components\":[{\"type\":\"text\",\"text\":\"Haettu"
        + " {{requestedAmountText}}, ehdotus {{ proposedAmountText }}; myönnetty"
        + " {{grantedAmountText}}. Määräpäivä {{reportDueDateText}}, kausi {{periodStartText}}"
        + " – {{periodEndText}} ({{applicationNumber}})\"}]}").getBytes(StandardCharsets.UTF_8);
    Set<String> names = TaskTexts.referencedBy(form);
    assertThat(names).containsExactly("requestedAmount", "proposedAmount", "grantedAmount",
        "reportDueDate", "periodStart", "periodEnd");

    DelegateTask task = mock(DelegateTask.class);
    when(task.getVariable("requestedAmount")).thenReturn(45000.0);
    when(task.getVariable("proposedAmount")).thenReturn(new java.math.BigDecimal("1234.5"));
    when(task.getVariable("grantedAmount")).thenReturn(null); // not decided yet
    when(task.getVariable("reportDueDate")).thenReturn("2028-03-31");
    when(task.getVariable("periodStart")).thenReturn(java.time.LocalDate.of(2027, 1, 1));
    when(task.getVariable("periodEnd")).thenReturn(java.util.Date.from(
        java.time.Instant.parse("2027-12-31T10:00:00Z")));

    Map<String, String> texts = TaskTexts.of(task, names);

    assertThat(texts).containsExactly(
        Map.entry("requestedAmountText", "45\u00a0000,00\u00a0€"),
        Map.entry("proposedAmountText", "1\u00a0234,50\u00a0€"),
        Map.entry("reportDueDateText", "31.3.2028"),
        Map.entry("periodStartText", "1.1.2027"),
        Map.entry("periodEndText", "31.12.2027"));
    verify(task, never()).getVariable("applicationNumber");
    verify(task, never()).getVariableNames();
    verify(task, never()).setVariableLocal(anyString(), any());
  }

  /** Every form that shows an amount or a date does it through a text (no "45000 €", no ISO). */
  @Test
  void theFormsShowAmountsAndDatesAsTexts() throws Exception {
    List<Path> forms;
    try (var files = Files.list(Path.of("forms"))) {
      forms = files.filter(p -> p.toString().endsWith(".form")).toList();
    }
    assertThat(forms).isNotEmpty();
    var raw = java.util.regex.Pattern.compile(
        "\\{\\{\\s*[A-Za-z]*(Amount|Total|Date|Due|Start|End)\\s*}}");
    for (Path form : forms) {
      String json = Files.readString(form);
      assertThat(raw.matcher(json).find()).as(form + " shows a raw amount or date").isFalse();
    }
    assertThat(new LinkedHashSet<>(TaskTexts.referencedBy(
        Files.readAllBytes(Path.of("forms/report-submit.form")))))
        .contains("reportDueDate", "reportPeriodStart", "reportPeriodEnd");
  }
}

package fi.avustukset.grant.eligibility.domain;

import fi.avustukset.grant.attachment.domain.AttachmentKind;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outcome of rules E1–E9 for one application, and the required attachments it lacked at the
 * check ({@code RequiredAttachments}). A missing attachment is a completion reason, not an
 * eligibility failure: files come after the submission (the application number is their
 * address), so it does not send the application to the preparer by itself; it is named in the
 * summary the preparer and the applicant read, and a completion request asks for it.
 */
public record EligibilityReport(List<RuleResult> results, List<AttachmentKind> missingAttachments) {

  public EligibilityReport {
    results = List.copyOf(results);
    missingAttachments = missingAttachments == null ? List.of() : List.copyOf(missingAttachments);
  }

  public EligibilityReport(List<RuleResult> results) {
    this(results, List.of());
  }

  /** Eligible only when every rule passed; a judgement question goes to the preparer. */
  public boolean eligible() {
    return results.stream().allMatch(r -> r.outcome() == Outcome.PASSED);
  }

  public List<String> failures() {
    return ids(Outcome.FAILED);
  }

  public List<String> openQuestions() {
    return ids(Outcome.NEEDS_JUDGEMENT);
  }

  /**
   * What a completion request should ask for: every failed rule with its reason and the missing
   * required attachments (empty when nothing needs completing).
   */
  public List<String> completionReasons() {
    List<String> reasons = new java.util.ArrayList<>(results.stream()
        .filter(r -> r.outcome() == Outcome.FAILED).map(r -> r.rule() + ": " + r.reason()).toList());
    if (!missingAttachments.isEmpty()) {
      reasons.add(missingAttachmentsText());
    }
    return List.copyOf(reasons);
  }

  /** "Puuttuvat pakolliset liitteet: Säännöt, Talousarvio ja rahoitussuunnitelma" or null. */
  public String missingAttachmentsText() {
    return missingAttachments.isEmpty() ? null : "Puuttuvat pakolliset liitteet: "
        + missingAttachments.stream().map(AttachmentKind::finnishName)
            .collect(Collectors.joining(", "));
  }

  /** A readable list for the preparer's and the applicant's forms. */
  public String summary() {
    StringBuilder sb = new StringBuilder();
    for (RuleResult r : results) {
      if (r.outcome() == Outcome.PASSED) {
        continue;
      }
      sb.append(r.rule()).append(r.outcome() == Outcome.FAILED ? " EI TÄYTY: " : " HARKITTAVA: ")
          .append(r.reason()).append('\n');
    }
    String rules = sb.length() == 0 ? "Kaikki ehdot E1–E9 täyttyvät." : sb.toString().trim();
    return missingAttachments.isEmpty() ? rules
        : rules + "\n" + missingAttachmentsText() + " (täydennettävä).";
  }

  private List<String> ids(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).map(r -> r.rule().name()).toList();
  }
}

package fi.avustukset.grant.eligibility.domain;

import java.util.List;

/** The outcome of rules E1–E9 for one application. */
public record EligibilityReport(List<RuleResult> results) {

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
    return sb.length() == 0 ? "Kaikki ehdot E1–E9 täyttyvät." : sb.toString().trim();
  }

  private List<String> ids(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).map(r -> r.rule().name()).toList();
  }
}

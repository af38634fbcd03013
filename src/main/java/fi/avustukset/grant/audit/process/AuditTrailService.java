package fi.avustukset.grant.audit.process;

import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.audit.domain.AuditEntry;
import fi.avustukset.grant.audit.domain.AuditTrail;
import fi.avustukset.grant.audit.domain.CaseSteps;
import fi.avustukset.grant.conflict.domain.ConflictService;
import fi.avustukset.grant.eligibility.domain.EligibilityResult;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import fi.avustukset.grant.eligibility.domain.Outcome;
import fi.avustukset.grant.scoring.domain.ReviewScore;
import fi.avustukset.grant.scoring.domain.ScoringService;
import fi.avustukset.platform.audit.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One chronological record of a case (issue 13.3): the engine's history ({@link CaseHistory})
 * merged with the project's own records — the eligibility rule lines (on the line of the check),
 * the reviewers' points (internal, on each reviewer's line), the decision as recorded with its
 * grounds, and the actions done outside a process ({@link AuditLog}: proposal adjustments,
 * contact-email changes, and conflict declarations concerning the organisation).
 */
@Service
public class AuditTrailService {

  private final CaseHistory history;
  private final EligibilityService eligibility;
  private final ScoringService scoring;
  private final AuditLog audit;

  public AuditTrailService(CaseHistory history, EligibilityService eligibility,
      ScoringService scoring, AuditLog audit) {
    this.history = history;
    this.eligibility = eligibility;
    this.scoring = scoring;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<AuditEntry> entries(GrantApplication application) {
    String number = application.getApplicationNumber();
    List<AuditEntry> out = new ArrayList<>(history.entries(number));
    for (int i = 0; i < out.size(); i++) {
      AuditEntry e = out.get(i);
      if ("Hakemus jätetty".equals(e.action()) && CaseSteps.SYSTEM.equals(e.user())
          && application.getSubmittedBy() != null) {
        out.set(i, new AuditEntry(e.at(), application.getSubmittedBy(), e.role(), e.action(),
            e.details(), e.internalDetails(), e.forApplicant(), e.source()));
      }
    }
    addEligibility(number, out);
    addReviews(number, out);
    if (application.getDecidedAt() != null && application.getDecision() != null) {
      boolean board = "REGIONAL_BOARD".equals(application.getDecidedBy());
      String details = "Päätös: " + AuditTrail.shown(application.getDecision().name(), false)
          + (application.getGrantedAmount() == null ? ""
              : "; myönnetty " + AuditTrail.euros(application.getGrantedAmount()))
          + " (haettu " + AuditTrail.euros(application.getRequestedAmount()) + ")"
          + (application.getDecisionReasons() == null ? ""
              : "; perustelut: " + application.getDecisionReasons());
      String body = board ? "Aluehallitus" : "Asiakaskokemusjaosto";
      out.add(new AuditEntry(application.getDecidedAt(), body, body, "Päätös kirjattu", details,
          null, true, "päätös"));
    }
    for (AuditLog.AuditEvent e : audit.eventsOfCase(number,
        List.of(ConflictService.caseKey(application.getBusinessId())))) {
      boolean forApplicant = e.visibility() == AuditLog.Visibility.APPLICANT;
      out.add(new AuditEntry(e.at(), e.user(), "Valmistelija", e.action(),
          forApplicant ? e.details() : null, forApplicant ? null : e.details(), forApplicant,
          "kirjaus"));
    }
    return out;
  }

  /** The rule lines on the latest eligibility check (the table keeps the latest check). */
  private void addEligibility(String number, List<AuditEntry> out) {
    List<EligibilityResult> results = eligibility.results(number);
    if (results.isEmpty()) {
      return;
    }
    int last = -1;
    for (int i = 0; i < out.size(); i++) {
      if ("Tukikelpoisuus tarkistettu".equals(out.get(i).action())
          && (last < 0 || !out.get(i).at().isBefore(out.get(last).at()))) {
        last = i;
      }
    }
    if (last < 0) {
      return;
    }
    long passed = results.stream().filter(r -> r.getOutcome() == Outcome.PASSED).count();
    String open = results.stream().filter(r -> r.getOutcome() != Outcome.PASSED)
        .map(r -> r.getRuleId() + (r.getOutcome() == Outcome.FAILED ? " ei täyty: " : " harkittava: ")
            + r.getReason())
        .collect(Collectors.joining("; "));
    out.set(last, out.get(last).withDetails(passed + "/" + results.size() + " ehtoa täyttyy"
        + (open.isEmpty() ? "" : "; " + open), false));
  }

  /** Each reviewer's points on the line of that reviewer's scoring task (internal). */
  private void addReviews(String number, List<AuditEntry> out) {
    Map<String, List<ReviewScore>> byReviewer = scoring.reviews(number).stream()
        .collect(Collectors.groupingBy(ReviewScore::getReviewer, TreeMap::new, Collectors.toList()));
    for (var reviewer : byReviewer.entrySet()) {
      int total = reviewer.getValue().stream().mapToInt(ReviewScore::getPoints).sum();
      String points = "Pisteet " + total + "/" + reviewer.getValue().size() * 5 + ": "
          + reviewer.getValue().stream()
              .map(r -> r.getCriterion().finnishName() + " " + r.getPoints())
              .collect(Collectors.joining(", "));
      for (int i = 0; i < out.size(); i++) {
        AuditEntry e = out.get(i);
        if ("Hakemus pisteytetty".equals(e.action()) && reviewer.getKey().equals(e.user())) {
          out.set(i, e.withDetails(points, true));
        }
      }
    }
  }
}

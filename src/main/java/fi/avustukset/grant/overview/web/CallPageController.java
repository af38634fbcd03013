package fi.avustukset.grant.overview.web;

import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.GrantApplicationRepository;
import fi.avustukset.grant.call.domain.CallSummaryService;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallRepository;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.security.CurrentUser;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Where a call stands, for the preparer, the committee and managers (DOMAIN.md §6: the
 * committee is kept informed of the whole call): its figures and every application with its
 * phase, since when, and whose task it is now.
 */
@Controller
public class CallPageController {

  static final List<String> READERS = List.of(Groups.GRANT_SECRETARY, Groups.SERVICE_AREA,
      Groups.COMMITTEE, Groups.REGIONAL_BOARD, Groups.MANAGERS, Groups.CAMUNDA_ADMIN);

  private final GrantCallRepository calls;
  private final GrantApplicationRepository applications;
  private final CallSummaryService summaries;
  private final ApplicationOverview overview;
  private final CurrentUser currentUser;

  public CallPageController(GrantCallRepository calls, GrantApplicationRepository applications,
      CallSummaryService summaries, ApplicationOverview overview, CurrentUser currentUser) {
    this.calls = calls;
    this.applications = applications;
    this.summaries = summaries;
    this.overview = overview;
    this.currentUser = currentUser;
  }

  /** The figures of the call the page shows. */
  public record Figures(long applied, long eligible, BigDecimal requested, BigDecimal proposed,
      BigDecimal granted, BigDecimal appropriation, BigDecimal appropriationLeft,
      long grantedCount, long rejectedCount, long decisionsFinal) {}

  @GetMapping("/api/calls.html")
  public String calls(Model model) {
    // The calls themselves are public (GET /api/calls); only staff open a call's page.
    model.addAttribute("calls", calls.findAll(Sort.by(Sort.Direction.DESC, "createdAt")));
    model.addAttribute("mayOpen", currentUser.isIn(READERS.toArray(String[]::new)));
    return "calls";
  }

  @GetMapping("/api/calls/{callKey}.html")
  public String call(@PathVariable String callKey, Model model) {
    requireReader();
    GrantCall call = calls.findById(callKey)
        .orElseThrow(() -> new NotFoundException("Hakua " + callKey + " ei ole"));
    var summary = summaries.summary(callKey);
    List<GrantApplication> all = applications.findByCallKeyOrderByApplicationNumber(callKey);
    BigDecimal requested = sum(all.stream().map(GrantApplication::getRequestedAmount).toList());
    BigDecimal proposed = sum(all.stream().map(GrantApplication::getProposedAmount).toList());
    BigDecimal granted = sum(all.stream().filter(a -> a.getDecision() == Decision.GRANTED)
        .map(GrantApplication::getGrantedAmount).toList());
    // Before decisions the proposals bind the appropriation; after them, the grants do.
    BigDecimal bound = granted.signum() > 0 || summary.grantedCount() > 0 ? granted : proposed;
    model.addAttribute("call", call);
    model.addAttribute("figures", new Figures(summary.applied(), summary.eligible(), requested,
        proposed, granted, call.getAppropriation(), call.getAppropriation().subtract(bound),
        summary.grantedCount(), summary.rejectedCount(), summary.decisionsFinal()));
    model.addAttribute("standings", overview.standings(all));
    model.addAttribute("mayReadProposal", currentUser.isIn(Groups.GRANT_SECRETARY,
        Groups.MANAGERS, Groups.COMMITTEE, Groups.REGIONAL_BOARD, Groups.CAMUNDA_ADMIN));
    return "call-page";
  }

  private static BigDecimal sum(List<BigDecimal> values) {
    return values.stream().filter(v -> v != null).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private void requireReader() {
    if (!currentUser.isIn(READERS.toArray(String[]::new))) {
      throw new ForbiddenException("Haun tilanne on valmistelijoiden, jaoston, aluehallituksen"
          + " ja johdon käytössä");
    }
  }
}

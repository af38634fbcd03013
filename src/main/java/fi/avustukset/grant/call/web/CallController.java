package fi.avustukset.grant.call.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.platform.web.FormGuard;
import fi.avustukset.grant.call.domain.CallStatus;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import fi.avustukset.grant.eligibility.domain.Outcome;
import fi.avustukset.grant.eligibility.domain.Rule;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;
import java.nio.charset.StandardCharsets;
import fi.avustukset.grant.call.domain.CallSummary;
import fi.avustukset.grant.call.domain.CallSummaryService;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallRepository;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.grant.conflict.domain.ConflictService;
import fi.avustukset.grant.call.process.ProposalSummary;
import fi.avustukset.grant.decision.domain.AllocationService;
import fi.avustukset.platform.identity.Groups;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/** Calls, their figures and the decision proposal list (esityslista). */
@Controller
public class CallController {

  private final GrantCallRepository calls;
  private final CallSummaryService summaries;
  private final AllocationService allocation;
  private final ApplicationService applications;
  private final ConflictService conflicts;
  private final CurrentUser currentUser;
  private final EligibilityService eligibility;
  private final FormGuard formGuard;
  private final ProposalSummary proposalSummary;

  public CallController(GrantCallRepository calls, CallSummaryService summaries,
      AllocationService allocation, ApplicationService applications, ConflictService conflicts,
      CurrentUser currentUser, EligibilityService eligibility, FormGuard formGuard,
      ProposalSummary proposalSummary) {
    this.formGuard = formGuard;
    this.proposalSummary = proposalSummary;
    this.eligibility = eligibility;
    this.calls = calls;
    this.summaries = summaries;
    this.allocation = allocation;
    this.applications = applications;
    this.conflicts = conflicts;
    this.currentUser = currentUser;
  }

  public record CallView(String callKey, String name, String grantType, BigDecimal appropriation,
      LocalDate applicationStart, LocalDate applicationDeadline, String status) {
    static CallView of(GrantCall c) {
      return new CallView(c.getCallKey(), c.getName(), c.getGrantType().name(),
          c.getAppropriation(), c.getApplicationStart(), c.getApplicationDeadline(),
          c.getStatus().name());
    }
  }

  public record ProposalChange(Object proposedAmount, String reason) {}

  /** All calls, newest first: applicants look here for open calls. */
  @GetMapping("/api/calls")
  @ResponseBody
  public List<CallView> list() {
    return calls.findAll(Sort.by(Sort.Direction.DESC, "createdAt")).stream().map(CallView::of)
        .toList();
  }

  /** The call's figures; the committee is kept informed of the whole call (DOMAIN.md §6). */
  @GetMapping("/api/calls/{callKey}")
  @ResponseBody
  public CallSummary summary(@PathVariable String callKey) {
    return summaries.summary(callKey);
  }

  @GetMapping("/api/calls/{callKey}/proposal")
  @ResponseBody
  public AllocationService.ProposalList proposal(@PathVariable String callKey) {
    requireDecisionStaff();
    return allocation.list(callKey);
  }

  /** A failed or open eligibility rule of one application, with its Finnish name. */
  public record RuleLine(String rule, String name, Outcome outcome, String reason) {}

  /** One application's sheet of the esityslista (a page of its own on paper). */
  public record Sheet(AllocationService.Line line, GrantApplication application,
      List<RuleLine> failedRules, boolean adjustable) {}

  @GetMapping(value = "/api/calls/{callKey}/proposal.html")
  public String proposalPage(@PathVariable String callKey, Model model,
      @RequestParam(name = "muutettu", required = false) String changed) {
    requireDecisionStaff();
    fillProposalPage(callKey, model);
    model.addAttribute("changed", changed);
    return "proposal-list";
  }

  /**
   * The adjustment form of the esityslista: one proposal, amount and mandatory reason, the same
   * rules as {@code PUT …/proposal/{n}}. Success redirects back to the page (303); a mistake
   * shows the page again with the field errors (400).
   */
  @PostMapping(value = "/api/calls/{callKey}/proposal.html",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object adjustFromPage(@PathVariable String callKey,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model) {
    formGuard.check(request);
    String number = form.getFirst("applicationNumber");
    if (number == null || number.isBlank()) {
      throw new InvalidInputException("applicationNumber", "valitse hakemus");
    }
    try {
      adjust(callKey, number.trim(), new ProposalChange(typedAmount(form.getFirst("proposedAmount")),
          form.getFirst("reason")));
    } catch (InvalidInputException e) {
      fillProposalPage(callKey, model);
      model.addAttribute("formNumber", number.trim());
      model.addAttribute("formAmount", form.getFirst("proposedAmount"));
      model.addAttribute("formReason", form.getFirst("reason"));
      model.addAttribute("formErrors", e.errors().stream()
          .collect(Collectors.toMap(FieldError::field, FieldError::message, (a, b) -> a + "; " + b)));
      return new org.springframework.web.servlet.ModelAndView("proposal-list", model.asMap(),
          HttpStatus.BAD_REQUEST);
    }
    return org.springframework.http.ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/api/calls/" + UriUtils.encodePathSegment(callKey, StandardCharsets.UTF_8)
            + "/proposal.html?muutettu=" + UriUtils.encodeQueryParam(number.trim(), StandardCharsets.UTF_8)
            + "#h-" + UriUtils.encodeFragment(number.trim(), StandardCharsets.UTF_8)))
        .build();
  }

  private void fillProposalPage(String callKey, Model model) {
    CallSummary call = summaries.summary(callKey);
    AllocationService.ProposalList proposal = allocation.list(callKey);
    Map<String, GrantApplication> byNumber = applications.ofCall(callKey).stream()
        .collect(Collectors.toMap(GrantApplication::getApplicationNumber, Function.identity()));
    boolean mayAdjust = call.status().equals(CallStatus.CLOSED.name())
        && currentUser.isIn(Groups.GRANT_SECRETARY, Groups.CAMUNDA_ADMIN);
    List<Sheet> sheets = proposal.lines().stream().map(l -> {
      GrantApplication a = byNumber.get(l.applicationNumber());
      List<RuleLine> failed = eligibility.results(l.applicationNumber()).stream()
          .filter(r -> r.getOutcome() != Outcome.PASSED)
          .map(r -> new RuleLine(r.getRuleId(), ruleName(r.getRuleId()), r.getOutcome(), r.getReason()))
          .toList();
      boolean adjustable = mayAdjust && a.getStatus() == ApplicationStatus.READY_FOR_DECISION
          && a.getProposalReason() != null
          && !conflicts.isConflicted(currentUser.userId(), a.getBusinessId());
      return new Sheet(l, a, failed, adjustable);
    }).toList();
    BigDecimal left = proposal.appropriation().subtract(proposal.proposedTotal());
    model.addAttribute("call", call);
    model.addAttribute("callEntity", calls.findById(callKey).orElseThrow());
    model.addAttribute("proposal", proposal);
    model.addAttribute("sheets", sheets);
    model.addAttribute("left", left);
    model.addAttribute("proposedCount", proposal.lines().stream()
        .filter(l -> "GRANTED".equals(l.proposedDecision())).count());
    model.addAttribute("anyAdjustable", sheets.stream().anyMatch(Sheet::adjustable));
  }

  /** "25 000,00" as typed or shown on the page → "25000.00"; other text is left for validation. */
  static String typedAmount(String typed) {
    if (typed == null) {
      return null;
    }
    String s = typed.replace("\u00A0", "").replace("\u202F", "").replace(" ", "").replace("€", "")
        .replace(',', '.').trim();
    return s.isEmpty() ? null : s;
  }

  static String ruleName(String ruleId) {
    try {
      return Rule.valueOf(ruleId).finnish();
    } catch (IllegalArgumentException e) {
      return ruleId;
    }
  }

  /** The preparer adjusts one proposal with a mandatory reason (DOMAIN.md §6, E9, E11). */
  @PutMapping("/api/calls/{callKey}/proposal/{applicationNumber}")
  @ResponseBody
  public AllocationService.ProposalList adjust(@PathVariable String callKey,
      @PathVariable String applicationNumber, @RequestBody ProposalChange change) {
    if (!currentUser.isIn(Groups.GRANT_SECRETARY, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Vain valmistelija voi muuttaa päätösesitystä");
    }
    String businessId = applications.get(applicationNumber).getBusinessId();
    if (conflicts.isConflicted(currentUser.userId(), businessId)) {
      throw new ForbiddenException("Olet esteellinen hakemuksen " + applicationNumber
          + " valmisteluun (E11)");
    }
    AllocationService.ProposalList list = allocation.adjust(callKey, applicationNumber,
        change.proposedAmount(), change.reason(), currentUser.userId());
    proposalSummary.refresh(callKey); // the preparer's task shows the list as it is now
    return list;
  }

  private void requireDecisionStaff() {
    if (!currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.COMMITTEE,
        Groups.REGIONAL_BOARD, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Esityslista on valmistelijoiden, johdon ja päättäjien käytössä");
    }
  }

}

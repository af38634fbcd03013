package fi.avustukset.grant.call.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.domain.CallSummary;
import fi.avustukset.grant.call.domain.CallSummaryService;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallRepository;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.grant.conflict.domain.ConflictService;
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

  public CallController(GrantCallRepository calls, CallSummaryService summaries,
      AllocationService allocation, ApplicationService applications, ConflictService conflicts,
      CurrentUser currentUser) {
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

  @GetMapping(value = "/api/calls/{callKey}/proposal.html")
  public String proposalPage(@PathVariable String callKey, Model model) {
    requireDecisionStaff();
    model.addAttribute("call", summaries.summary(callKey));
    model.addAttribute("proposal", allocation.list(callKey));
    return "proposal-list";
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
    return allocation.adjust(callKey, applicationNumber, change.proposedAmount(), change.reason());
  }

  private void requireDecisionStaff() {
    if (!currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.COMMITTEE,
        Groups.REGIONAL_BOARD, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Esityslista on valmistelijoiden, johdon ja päättäjien käytössä");
    }
  }

}

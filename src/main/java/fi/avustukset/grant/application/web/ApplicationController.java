package fi.avustukset.grant.application.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.process.ApplicationWorkflow;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.grant.decision.domain.GrantDecisionService;
import fi.avustukset.grant.eligibility.domain.EligibilityService;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Applications over REST (CONTRACT.md "Start of grant-application"). */
@RestController
public class ApplicationController {

  private final ApplicationWorkflow workflow;
  private final ApplicationService applications;
  private final EligibilityService eligibility;
  private final GrantDecisionService decisions;
  private final ApplicationAccess access;

  public ApplicationController(ApplicationWorkflow workflow, ApplicationService applications,
      EligibilityService eligibility, GrantDecisionService decisions, ApplicationAccess access) {
    this.workflow = workflow;
    this.applications = applications;
    this.eligibility = eligibility;
    this.decisions = decisions;
    this.access = access;
  }

  public record Submitted(String applicationNumber, String callKey, String processInstanceId,
      String status) {}

  public record RuleView(String rule, String outcome, String reason) {}

  public record ApplicationView(String applicationNumber, String callKey, String organizationName,
      String businessId, String organizationType, String projectName,
      BigDecimal requestedAmount, int durationYears, Instant submittedAt, String status,
      Boolean eligible, List<String> eligibilityFailures, List<RuleView> eligibility,
      BigDecimal score, BigDecimal proposedAmount, String proposalReason, String decision,
      BigDecimal grantedAmount, String decisionReasons, String decidedBy, boolean decisionFinal,
      List<String> recusedCommitteeMembers) {}

  /** Submits an application: 201 with its number; 400 naming every bad field. */
  @PostMapping("/api/calls/{callKey}/applications")
  public ResponseEntity<Submitted> submit(@PathVariable String callKey,
      @RequestBody(required = false) Map<String, Object> body) {
    if (body == null) {
      throw new InvalidInputException("body", "hakemuksen tiedot puuttuvat (JSON)");
    }
    ApplicationWorkflow.Started started = workflow.submit(callKey, body);
    return ResponseEntity.created(URI.create("/api/applications/" + started.applicationNumber()))
        .body(new Submitted(started.applicationNumber(), callKey, started.processInstanceId(),
            started.status()));
  }

  @GetMapping("/api/calls/{callKey}/applications")
  public List<ApplicationView> ofCall(@PathVariable String callKey) {
    return applications.ofCall(callKey).stream().filter(this::mayRead).map(this::view).toList();
  }

  @GetMapping("/api/applications/{applicationNumber}")
  public ApplicationView get(@PathVariable String applicationNumber) {
    GrantApplication application = applications.get(applicationNumber);
    requireRead(application);
    return view(application);
  }

  private boolean mayRead(GrantApplication application) {
    return access.mayRead(application);
  }

  private void requireRead(GrantApplication application) {
    access.requireRead(application);
  }

  private ApplicationView view(GrantApplication a) {
    var results = eligibility.results(a.getApplicationNumber());
    return new ApplicationView(a.getApplicationNumber(), a.getCallKey(), a.getOrganizationName(),
        a.getBusinessId(), a.getOrganizationType(), a.getProjectName(), a.getRequestedAmount(),
        a.getDurationYears(), a.getSubmittedAt(), a.getStatus().name(), a.getEligible(),
        results.stream().filter(r -> r.getOutcome().name().equals("FAILED"))
            .map(r -> r.getRuleId()).toList(),
        results.stream().map(r -> new RuleView(r.getRuleId(), r.getOutcome().name(), r.getReason()))
            .toList(),
        a.getScore(), a.getProposedAmount(), a.getProposalReason(),
        a.getDecision() == null ? null : a.getDecision().name(), a.getGrantedAmount(),
        a.getDecisionReasons(), a.getDecidedBy(), a.isDecisionFinal(),
        decisions.recused(a.getApplicationNumber()));
  }
}

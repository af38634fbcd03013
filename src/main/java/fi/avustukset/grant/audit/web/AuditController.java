package fi.avustukset.grant.audit.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.web.ApplicationAccess;
import fi.avustukset.grant.audit.domain.AuditEntry;
import fi.avustukset.grant.audit.domain.AuditTrail;
import fi.avustukset.grant.audit.domain.AuditTrail.Line;
import fi.avustukset.grant.audit.process.AuditTrailService;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.identity.Organizations;
import fi.avustukset.platform.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import fi.avustukset.platform.history.AsEngine;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The audit trail of a case (issue 13.3, CONTRACT.md "Attachments, changes, audit, cycle
 * times") as JSON, Finnish-Excel CSV and a page. Staff read everything; the applicant
 * organisation reads its own case's public lines ({@link AuditTrail#forApplicant}); another
 * organisation gets 403, an unknown application 404.
 */
@Controller
public class AuditController {

  private final ApplicationService applications;
  private final ApplicationAccess access;
  private final AuditTrailService trails;
  private final CurrentUser currentUser;
  private final IdentityService identity;

  public AuditController(ApplicationService applications, ApplicationAccess access,
      AuditTrailService trails, CurrentUser currentUser, IdentityService identity) {
    this.applications = applications;
    this.access = access;
    this.trails = trails;
    this.currentUser = currentUser;
    this.identity = identity;
  }

  @GetMapping(value = "/api/applications/{applicationNumber}/audit",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public List<Line> audit(@PathVariable String applicationNumber) {
    return lines(application(applicationNumber));
  }

  @GetMapping("/api/applications/{applicationNumber}/audit.csv")
  public ResponseEntity<byte[]> csv(@PathVariable String applicationNumber) {
    GrantApplication application = application(applicationNumber);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"tapahtumat-"
            + applicationNumber.replaceAll("[^A-Za-z0-9-]", "_") + ".csv\"")
        .body(AuditCsv.write(lines(application)).getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/api/applications/{applicationNumber}/audit.html")
  public String page(@PathVariable String applicationNumber, Model model) {
    GrantApplication application = application(applicationNumber);
    model.addAttribute("app", application); // "application" is reserved by Thymeleaf
    model.addAttribute("lines", lines(application));
    model.addAttribute("staffView", isStaff());
    return "audit";
  }

  private List<Line> lines(GrantApplication application) {
    List<AuditEntry> entries = trails.entries(application);
    return isStaff() ? AuditTrail.forStaff(entries)
        : AuditTrail.forApplicant(entries, ownUsers(application));
  }

  private boolean isStaff() {
    return !currentUser.isApplicantOnly() && !currentUser.groups().isEmpty();
  }

  /** The organisation's own users, shown by id in its trail (everyone else by role). */
  private Set<String> ownUsers(GrantApplication application) {
    Set<String> own = new HashSet<>();
    own.add(currentUser.userId());
    if (application.getSubmittedBy() != null) {
      own.add(application.getSubmittedBy());
    }
    // the organisation's members, whatever the caller may read of the identity service
    AsEngine.read(identity, () -> identity.createUserQuery()
        .memberOfGroup(Organizations.groupId(application.getBusinessId())).list())
        .forEach(u -> own.add(u.getId()));
    return own;
  }

  private GrantApplication application(String applicationNumber) {
    GrantApplication application = applications.find(applicationNumber)
        .orElseThrow(() -> new NotFoundException("Hakemusta " + applicationNumber + " ei ole"));
    access.requireRead(application);
    return application;
  }
}

package fi.avustukset.grant.overview.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.GrantApplicationRepository;
import fi.avustukset.grant.application.web.ApplicationAccess;
import fi.avustukset.grant.attachment.domain.AttachmentKind;
import fi.avustukset.grant.attachment.domain.AttachmentService;
import fi.avustukset.minno.domain.Registration;
import fi.avustukset.minno.domain.RegistrationService;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.security.CurrentUser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The caller's applications (CONTRACT.md "Who am I, and my applications"): an applicant sees
 * its own organisations' only, grant staff every application; as JSON and as the page
 * "Omat hakemukset" with the receipt of the newest submission.
 */
@Controller
public class MyApplicationsController {

  /** A submission this recent is shown as the receipt at the top of the page. */
  static final Duration RECEIPT_WINDOW = Duration.ofHours(24);

  /** Staff groups that work with grant applications (others see none here). */
  static final List<String> GRANT_STAFF = List.of(Groups.GRANT_SECRETARY, Groups.SERVICE_AREA,
      Groups.REVIEWERS, Groups.COMMITTEE, Groups.REGIONAL_BOARD, Groups.MANAGERS,
      Groups.CAMUNDA_ADMIN);

  private final GrantApplicationRepository applications;
  private final ApplicationAccess access;
  private final ApplicationOverview overview;
  private final CurrentUser currentUser;
  private final RegistrationService registrations;
  private final Clock clock;
  private final AttachmentService attachments;

  public MyApplicationsController(GrantApplicationRepository applications,
      ApplicationAccess access, ApplicationOverview overview, CurrentUser currentUser,
      RegistrationService registrations, Clock clock, AttachmentService attachments) {
    this.attachments = attachments;
    this.applications = applications;
    this.access = access;
    this.overview = overview;
    this.currentUser = currentUser;
    this.registrations = registrations;
    this.clock = clock;
  }

  /** One line of {@code GET /api/applications}; nextStep, dueDate and taskId are null when none. */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record ApplicationLine(String applicationNumber, String callKey, String projectName,
      String organizationName, String status, String statusText, String nextStep,
      LocalDate dueDate, String taskId, Instant submittedAt) {}

  @GetMapping("/api/applications")
  @ResponseBody
  public List<ApplicationLine> list() {
    return standings().stream().map(s -> new ApplicationLine(
        s.application().getApplicationNumber(), s.application().getCallKey(),
        s.application().getProjectName(), s.application().getOrganizationName(), s.status(),
        s.statusText(), s.nextStep(), s.dueDate(),
        s.applicantTask() == null ? null : s.applicantTask().id(),
        s.application().getSubmittedAt())).toList();
  }

  /** The page "Omat hakemukset" (staff: "Hakemukset"). */
  @GetMapping("/api/applications.html")
  public String page(Model model) {
    List<ApplicationOverview.Standing> standings = standings();
    boolean applicant = currentUser.isApplicantOnly();
    Instant now = clock.instant();
    ApplicationOverview.Standing receipt = standings.stream()
        .filter(s -> currentUser.userId() != null
            && currentUser.userId().equals(s.application().getSubmittedBy()))
        .filter(s -> s.application().getSubmittedAt().isAfter(now.minus(RECEIPT_WINDOW)))
        .findFirst().orElse(null);
    model.addAttribute("applicant", applicant);
    model.addAttribute("standings", standings);
    model.addAttribute("receipt", receipt);
    model.addAttribute("waiting", standings.stream().filter(s -> s.applicantTask() != null).toList());
    model.addAttribute("registrations", minnoRegistrations());
    // The applicant's own view names the required attachments still to add (issue 13).
    java.util.Map<String, String> missing = new java.util.HashMap<>();
    if (applicant) {
      for (ApplicationOverview.Standing s : standings) {
        List<AttachmentKind> kinds = attachments.stillToAdd(s.application());
        if (!kinds.isEmpty()) {
          missing.put(s.application().getApplicationNumber(), kinds.stream()
              .map(AttachmentKind::finnishName).collect(java.util.stream.Collectors.joining(", ")));
        }
      }
    }
    model.addAttribute("missingAttachments", missing);
    return "my-applications";
  }

  @Transactional(readOnly = true)
  List<ApplicationOverview.Standing> standings() {
    List<GrantApplication> visible;
    if (currentUser.isApplicantOnly()) {
      List<String> orgs = currentUser.organizationBusinessIds();
      visible = orgs.isEmpty() ? List.of() : applications.findByBusinessIdInOrderBySubmittedAtDesc(orgs);
    } else if (currentUser.isIn(GRANT_STAFF.toArray(String[]::new))) {
      visible = applications.findAllByOrderBySubmittedAtDesc();
    } else {
      visible = List.of();
    }
    return overview.standings(visible.stream().filter(access::mayRead).toList());
  }

  /** The MINNO registrations of the applicant's own organisations (read-only). */
  private List<Registration> minnoRegistrations() {
    List<String> orgs = currentUser.organizationBusinessIds();
    if (!currentUser.isApplicantOnly() || orgs.isEmpty()) {
      return List.of();
    }
    return registrations.ofOrganizations(orgs);
  }
}

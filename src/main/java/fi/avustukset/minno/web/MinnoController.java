package fi.avustukset.minno.web;

import fi.avustukset.minno.domain.Challenge;
import fi.avustukset.minno.domain.FeedbackService;
import fi.avustukset.minno.domain.MinnoSummaryService;
import fi.avustukset.minno.domain.MinnoSummaryService.RoundSummary;
import fi.avustukset.minno.domain.Registration;
import fi.avustukset.minno.domain.RegistrationService;
import fi.avustukset.minno.process.MinnoWorkflow;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/minno} (CONTRACT.md "MINNO rounds"). */
@RestController
@RequestMapping("/api/minno")
public class MinnoController {

  private final MinnoWorkflow workflow;
  private final RegistrationService registrations;
  private final FeedbackService feedback;
  private final MinnoSummaryService summaries;
  private final MinnoAccess access;

  public MinnoController(MinnoWorkflow workflow, RegistrationService registrations,
      FeedbackService feedback, MinnoSummaryService summaries, MinnoAccess access) {
    this.workflow = workflow;
    this.registrations = registrations;
    this.feedback = feedback;
    this.summaries = summaries;
    this.access = access;
  }

  public record ChallengeRequest(String title, String description, String language,
      String studentField) {}

  public record RegistrationRequest(String organizationName, String contactEmail,
      List<ChallengeRequest> challenges) {}

  public record ChallengeView(Long id, String title, String description, String language,
      String studentField, String status, Boolean suggestedFit, String redirectAdvice,
      Integer projectApplications) {
    static ChallengeView of(Challenge c) {
      return new ChallengeView(c.getId(), c.getTitle(), c.getDescription(), c.getLanguage().name(),
          c.getStudentField().name(), c.getStatus().name(), c.getSuggestedFit(),
          c.getRedirectAdvice(), c.getProjectApplications());
    }
  }

  public record RegistrationView(Long id, String roundCode, int registrationNumber,
      String businessKey, String organizationName, String contactEmail, String businessId,
      String registeredBy, Instant registeredAt, String status, boolean carriedIn,
      String outcome, String outcomeReason, String processInstanceId,
      List<ChallengeView> challenges) {
    static RegistrationView of(Registration r) {
      return new RegistrationView(r.getId(), r.getRoundCode(), r.getRegistrationNumber(),
          r.businessKey(), r.getOrganizationName(), r.getContactEmail(), r.getBusinessId(),
          r.getRegisteredBy(), r.getRegisteredAt(), r.getStatus().name(), r.isCarriedIn(),
          r.getOutcome() == null ? null : r.getOutcome().name(), r.getOutcomeReason(),
          r.getProcessInstanceId(), r.getChallenges().stream().map(ChallengeView::of).toList());
    }
  }

  public record FeedbackRequest(String respondent, Integer rating, String comment) {}

  public record ProjectApplicationsRequest(Integer count) {}

  /** An NGO registers its challenges; each registration runs in its own process instance. */
  @PostMapping("/{roundCode}/registrations")
  @ResponseStatus(HttpStatus.CREATED)
  public RegistrationView register(@PathVariable String roundCode,
      @RequestBody RegistrationRequest request) {
    MinnoAccess.Organization organization = access.registrant(request.organizationName());
    List<RegistrationService.ChallengeInput> challenges = request.challenges() == null ? null
        : request.challenges().stream()
            .map(c -> c == null ? null : new RegistrationService.ChallengeInput(c.title(),
                c.description(), c.language(), c.studentField()))
            .toList();
    Registration registration = workflow.register(roundCode,
        new RegistrationService.RegistrationInput(organization.name(), request.contactEmail(),
            challenges),
        organization.businessId(), access.userId());
    return RegistrationView.of(registration);
  }

  @GetMapping("/{roundCode}/registrations")
  public List<RegistrationView> registrations(@PathVariable String roundCode) {
    access.requireRegistrationsReader();
    return registrations.ofRound(roundCode).stream().filter(access::maySee)
        .map(RegistrationView::of).toList();
  }

  @GetMapping("/{roundCode}/summary")
  public RoundSummary summary(@PathVariable String roundCode) {
    access.requireReader();
    return summaries.summary(roundCode);
  }

  /** Every round side by side (oldest first). */
  @GetMapping("/comparison")
  public Map<String, List<RoundSummary>> comparison() {
    access.requireReader();
    return Map.of("rounds", summaries.comparison());
  }

  /** One feedback response (1–5 and free text) from an NGO, a student or university staff. */
  @PostMapping("/{roundCode}/feedback")
  @ResponseStatus(HttpStatus.CREATED)
  public Map<String, Object> addFeedback(@PathVariable String roundCode,
      @RequestBody FeedbackRequest request) {
    access.requireFeedbackGiver();
    var saved = feedback.add(roundCode, request.respondent(), request.rating(), request.comment(),
        access.userId());
    return Map.of("id", saved.getId(), "respondent", saved.getRespondent().name(),
        "rating", saved.getRating());
  }

  /** How many project applications a challenge led to, entered later (DOMAIN.md §10). */
  @PutMapping("/{roundCode}/challenges/{challengeId}/project-applications")
  public ChallengeView projectApplications(@PathVariable String roundCode,
      @PathVariable Long challengeId, @RequestBody ProjectApplicationsRequest request) {
    access.requireCoordinator();
    return ChallengeView.of(registrations.setProjectApplications(roundCode, challengeId,
        request.count()));
  }
}

package fi.avustukset.grant.application.domain;

import static fi.avustukset.grant.application.domain.ApplicationStatus.*;

import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of an application before the decision: submit, complete, track readiness. */
@Service
@Transactional
public class ApplicationService {

  /** Statuses of applications still being prepared (not ready for decision). */
  static final List<ApplicationStatus> IN_PREPARATION =
      List.of(SUBMITTED, ELIGIBILITY_REVIEW, COMPLETION_REQUESTED, IN_REVIEW, IN_NEGOTIATION);

  private final GrantApplicationRepository applications;
  private final GrantCallService calls;
  private final Clock clock;

  public ApplicationService(GrantApplicationRepository applications, GrantCallService calls,
      Clock clock) {
    this.applications = applications;
    this.calls = calls;
    this.clock = clock;
  }

  /** Who submits: an applicant may apply only for their own organisation. */
  public record Submitter(String userId, boolean applicantOnly, List<String> organizations) {
    public static Submitter system() {
      return new Submitter(null, false, List.of());
    }
  }

  /**
   * Checks that the call accepts applications and that every field is valid, without
   * storing anything. Throws {@link InvalidInputException} naming the fields.
   */
  @Transactional(readOnly = true)
  public ApplicationData validate(String callKey, Map<String, Object> input, Submitter submitter) {
    GrantCall call = openCall(callKey, calls.find(callKey));
    ApplicationData data = ApplicationValidator.validate(input);
    requireDurationOfGrantType(data, call);
    requireOwnOrganisation(data, submitter);
    return data;
  }

  /** Records a new application under the next number of its call, e.g. 2027-TI-1-0007. */
  public GrantApplication register(String callKey, Map<String, Object> input, Submitter submitter) {
    // The row lock serialises numbering within a call (and is the call existence check).
    GrantCall call = openCall(callKey, calls.findLocked(callKey));
    ApplicationData data = ApplicationValidator.validate(input);
    requireDurationOfGrantType(data, call);
    requireOwnOrganisation(data, submitter);
    String number = nextNumber(call.getCallKey());
    return applications.save(new GrantApplication(number, call.getCallKey(), data,
        submitter.userId(), Instant.now(clock)));
  }

  /** The applicant's completion (DOMAIN.md §3): validated like a new application. */
  public GrantApplication complete(String applicationNumber, Map<String, Object> input) {
    GrantApplication application = get(applicationNumber);
    if (input.get("contactEmail") == null && application.getContactEmail() != null) {
      // The address is not part of the completion form; it changes through its own API.
      input = new java.util.HashMap<>(input);
      input.put("contactEmail", application.getContactEmail());
    }
    ApplicationData data = ApplicationValidator.validate(input);
    if (!data.businessId().equals(application.getBusinessId())) {
      throw new InvalidInputException("businessId", "Y-tunnusta ei voi vaihtaa täydennyksessä");
    }
    application.apply(data);
    application.setStatus(SUBMITTED);
    return application;
  }

  public void setStatus(String applicationNumber, ApplicationStatus status) {
    get(applicationNumber).setStatus(status);
  }

  /** True when no application of the call is still in preparation. */
  @Transactional(readOnly = true)
  public boolean allReadyForDecision(String callKey) {
    return applications.countByCallKeyAndStatusIn(callKey, IN_PREPARATION) == 0;
  }

  /** True when every application of the call has a final decision. */
  @Transactional(readOnly = true)
  public boolean allDecisionsFinal(String callKey) {
    return applications.countByCallKeyAndStatusIn(callKey,
        List.of(SUBMITTED, ELIGIBILITY_REVIEW, COMPLETION_REQUESTED, IN_REVIEW, IN_NEGOTIATION,
            READY_FOR_DECISION,
            IN_COMMITTEE, DECIDED)) == 0;
  }

  @Transactional(readOnly = true)
  public GrantApplication get(String applicationNumber) {
    return applications.findById(applicationNumber)
        .orElseThrow(() -> new NotFoundException("Hakemusta " + applicationNumber + " ei ole"));
  }

  /** The application, if it exists (query API for other features). */
  public java.util.Optional<GrantApplication> find(String applicationNumber) {
    return applications.findById(applicationNumber);
  }

  /** Sum of the GRANTED amounts of the call's other applications (E10). */
  public java.math.BigDecimal sumGrantedExcept(String callKey, String applicationNumber) {
    return applications.sumGrantedExcept(callKey, applicationNumber);
  }

  @Transactional(readOnly = true)
  public List<GrantApplication> ofCall(String callKey) {
    return applications.findByCallKeyOrderByApplicationNumber(callKey);
  }

  /** The start form checks this too; a request that bypasses it is refused at the field. */
  private static void requireDurationOfGrantType(ApplicationData data, GrantCall call) {
    var type = call.getGrantType();
    if (data.durationYears() < type.minYears() || data.durationYears() > type.maxYears()) {
      throw new InvalidInputException("durationYears", "Keston on oltava " + type.minYears() + "–"
          + type.maxYears() + " vuotta, koska haun avustusmuoto on "
          + type.finnishName().toLowerCase(java.util.Locale.ROOT) + ".");
    }
  }

  private GrantCall openCall(String callKey, java.util.Optional<GrantCall> found) {
    GrantCall call = found.orElseThrow(() -> new InvalidInputException("callKey",
        "tuntematon haku: " + callKey));
    LocalDate today = LocalDate.now(clock);
    if (!call.acceptsApplicationsOn(today)) {
      throw new InvalidInputException("callKey", "haku " + callKey
          + " ei ota vastaan hakemuksia (hakuaika " + call.getApplicationStart() + " – "
          + call.getApplicationDeadline() + ", tila " + call.getStatus() + ")");
    }
    return call;
  }

  private static void requireOwnOrganisation(ApplicationData data, Submitter submitter) {
    if (submitter.applicantOnly() && !submitter.organizations().contains(data.businessId())) {
      throw new ForbiddenException("Voit hakea avustusta vain oman organisaatiosi puolesta"
          + " (Y-tunnus " + data.businessId() + " ei ole organisaatiosi)");
    }
  }

  private String nextNumber(String callKey) {
    String max = applications.maxApplicationNumber(callKey);
    int next = max.isEmpty() ? 1 : Integer.parseInt(max.substring(max.lastIndexOf('-') + 1)) + 1;
    return String.format("%s-%04d", callKey, next);
  }
}

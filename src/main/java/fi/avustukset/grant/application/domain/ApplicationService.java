package fi.avustukset.grant.application.domain;

import static fi.avustukset.grant.application.domain.ApplicationStatus.*;

import fi.avustukset.grant.call.domain.CallStatus;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
    application.complete(data);
    return application;
  }

  /** The form's field names of a negotiation round (= the process variables). */
  public static final String NEGOTIATION_NOTES = "negotiationNotes";
  public static final String NEGOTIATION_OUTCOME = "negotiationOutcome";
  public static final String NEGOTIATED_AMOUNT = "negotiatedAmount";

  /**
   * One partnership negotiation round (Task_Negotiate, DOMAIN.md §2): every round needs its
   * notes; a letter of intent needs an amount above zero, and no amount exceeds the request
   * (E9). Returns the amount typed (null when none), for the form's next round.
   */
  public BigDecimal negotiate(String applicationNumber, Object outcome, Object notes,
      Object rawAmount) {
    GrantApplication application = get(applicationNumber);
    List<FieldError> errors = new ArrayList<>();
    if (Values.text(notes) == null) {
      errors.add(new FieldError(NEGOTIATION_NOTES, "kirjaa neuvottelun sisältö"));
    }
    BigDecimal amount = null;
    if (outcome == null || !List.of("CONTINUE", "LETTER_OF_INTENT", "STOP").contains(outcome)) {
      errors.add(new FieldError(NEGOTIATION_OUTCOME, "valitse tulos"));
    } else if (!"STOP".equals(outcome)) {
      try {
        amount = Values.decimal(rawAmount);
      } catch (IllegalArgumentException e) {
        // reported below
      }
      if ("LETTER_OF_INTENT".equals(outcome) && (amount == null || amount.signum() <= 0)) {
        errors.add(new FieldError(NEGOTIATED_AMOUNT, "aiesopimuksen summa puuttuu"));
      } else {
        RequestLimit.violation(amount, application.getRequestedAmount())
            .ifPresent(m -> errors.add(new FieldError(NEGOTIATED_AMOUNT, m)));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    application.startNegotiation();
    return amount;
  }

  /**
   * The negotiation's end (Task_RecordNegotiationOutcome, §2): a letter of intent becomes a
   * proposal to grant the negotiated amount, a stop a proposal to reject with the notes.
   */
  public GrantApplication recordNegotiationOutcome(String applicationNumber,
      boolean letterOfIntent, Object negotiatedAmount, Object notes) {
    GrantApplication application = get(applicationNumber);
    if (letterOfIntent) {
      application.agreeLetterOfIntent(Values.decimal(negotiatedAmount).setScale(2));
    } else {
      application.endNegotiationWithoutAgreement("Kumppanuusneuvottelu päättyi ilman"
          + " aiesopimusta: " + Values.text(notes));
    }
    return application;
  }

  /**
   * The application is ready for its decision proposal (Task_MarkReadyForDecision, §6).
   * Returns true when it was the last of a closed call to get ready: the call may assemble
   * its proposal list. The call's row lock serialises the last ones (see GrantCallService.lock).
   */
  public boolean markReadyForDecision(String applicationNumber, String callKey) {
    get(applicationNumber).markReadyForDecision();
    return calls.lock(callKey).getStatus() == CallStatus.CLOSED && allReadyForDecision(callKey);
  }

  /** The organisation's new contact address (issue 12); returns the previous one. */
  public String changeContactEmail(String applicationNumber, String email) {
    GrantApplication application = get(applicationNumber);
    String old = application.getContactEmail();
    application.changeContactEmail(email);
    return old;
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

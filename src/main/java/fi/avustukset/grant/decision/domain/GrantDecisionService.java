package fi.avustukset.grant.decision.domain;

import fi.avustukset.grant.application.domain.RequestLimit;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.domain.Euro;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decisions per application (DOMAIN.md §6): granted ≤ requested (E9) and the call's granted
 * total ≤ its appropriation (§5), reasons for every rejection and return.
 */
@Service
@Transactional
public class GrantDecisionService {

  public static final String COMMITTEE = "COMMITTEE";
  public static final String REGIONAL_BOARD = "REGIONAL_BOARD";

  private final ApplicationService applications;
  private final GrantCallService calls;
  private final CommitteeRecusalRepository recusals;
  private final Clock clock;

  public GrantDecisionService(ApplicationService applications, GrantCallService calls,
      CommitteeRecusalRepository recusals, Clock clock) {
    this.applications = applications;
    this.calls = calls;
    this.recusals = recusals;
    this.clock = clock;
  }

  public GrantApplication decide(String applicationNumber, Object rawDecision, Object rawAmount,
      Object rawReasons, String decidedBy) {
    GrantApplication application = applications.find(applicationNumber).orElseThrow();
    List<FieldError> errors = new ArrayList<>();
    Decision decision = null;
    try {
      decision = Decision.valueOf(String.valueOf(rawDecision));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("decision", "valitse myönnetään, hylätään tai palautetaan"));
    }
    if (decision == Decision.RETURNED && REGIONAL_BOARD.equals(decidedBy)) {
      errors.add(new FieldError("decision", "aluehallitus myöntää tai hylkää"));
    }
    String reasons = rawReasons == null ? null : Values.text(rawReasons.toString());
    BigDecimal amount = null;
    if (decision == Decision.GRANTED) {
      try {
        amount = Values.decimal(rawAmount);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("grantedAmount", "euromäärä"));
      }
      if (amount == null || amount.signum() <= 0) {
        errors.add(new FieldError("grantedAmount", "myönnettävä summa puuttuu"));
      } else if (RequestLimit.violation(amount, application.getRequestedAmount()).isPresent()) {
        errors.add(new FieldError("grantedAmount",
            RequestLimit.violation(amount, application.getRequestedAmount()).get()));
      } else {
        GrantCall call = calls.find(application.getCallKey()).orElseThrow();
        AppropriationLimit.grantViolation(Euro.of(amount),
                Euro.of(applications.sumGrantedExcept(call.getCallKey(), applicationNumber)),
                Euro.of(call.getAppropriation()))
            .ifPresent(m -> errors.add(new FieldError("grantedAmount", m)));
      }
    } else if (decision != null && reasons == null) {
      errors.add(new FieldError("decisionReasons", "perustelut ovat pakolliset"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    application.decide(decision, decision == Decision.GRANTED ? amount.setScale(2)
        : decision == Decision.REJECTED ? BigDecimal.ZERO.setScale(2) : null, reasons, decidedBy,
        Instant.now(clock));
    return application;
  }

  /** The form's field names (= the process variables of CONTRACT.md). */
  public static final String PROPOSED_DECISION = "proposedDecision";
  public static final String PROPOSED_AMOUNT = "proposedAmount";
  public static final String PROPOSAL_REASON = "proposalReason";
  public static final String RECTIFICATION_REQUESTED = "rectificationRequested";
  public static final String RECTIFICATION_REASONS = "rectificationReasons";
  public static final String RECTIFICATION_OUTCOME = "rectificationOutcome";

  /** A new proposal after the committee returned the matter: GRANTED or REJECTED, amount, reason. */
  public record Reproposal(String decision, Euro amount, String reason) {}

  /**
   * Re-preparation of a returned application (Task_Reprepare, §6): a grant above zero and at
   * most the request (E9), or a rejection, with its reason. The proposal is stored; the
   * committee's form opens with it as its default.
   */
  public Reproposal reprepare(String applicationNumber, Object rawProposed, Object rawAmount,
      Object rawReason) {
    GrantApplication application = applications.get(applicationNumber);
    String proposed = rawProposed == null ? null : rawProposed.toString();
    String reason = Values.text(rawReason);
    List<FieldError> errors = new ArrayList<>();
    BigDecimal amount = BigDecimal.ZERO;
    if ("GRANTED".equals(proposed)) {
      try {
        amount = Values.decimal(rawAmount);
      } catch (IllegalArgumentException e) {
        amount = null;
      }
      if (amount == null || amount.signum() <= 0) {
        errors.add(new FieldError(PROPOSED_AMOUNT, "esitettävä summa puuttuu"));
      } else {
        RequestLimit.violation(amount, application.getRequestedAmount())
            .ifPresent(m -> errors.add(new FieldError(PROPOSED_AMOUNT, m)));
      }
    } else if (!"REJECTED".equals(proposed)) {
      errors.add(new FieldError(PROPOSED_DECISION, "valitse esitys"));
    }
    if (reason == null) {
      errors.add(new FieldError(PROPOSAL_REASON, "perustelu puuttuu"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Euro proposal = Euro.of(amount);
    application.propose(proposal.amount(), reason);
    return new Reproposal(proposed, proposal, reason);
  }

  /** The decision is issued to the applicant: the rectification period starts (§6). */
  public void notifyApplicant(String applicationNumber) {
    applications.get(applicationNumber).notified(Instant.now(clock));
  }

  /**
   * The applicant's answer to the decision (Task_ConsiderRectification, §6): acceptance, or a
   * rectification request with its grounds. Returns whether a rectification was requested.
   */
  public boolean recordRectificationRequest(String applicationNumber, Object rawRequested,
      Object rawReasons) {
    Boolean requested = Values.boolOrNull(rawRequested);
    if (requested == null) {
      throw new InvalidInputException(RECTIFICATION_REQUESTED, "valitse, hyväksyttekö päätöksen");
    }
    if (requested && Values.text(rawReasons) == null) {
      throw new InvalidInputException(RECTIFICATION_REASONS,
          "kertokaa oikaisuvaatimuksen perustelut");
    }
    if (requested) {
      applications.get(applicationNumber).rectificationRequested();
    }
    return requested;
  }

  /**
   * The committee's answer to a rectification request (Task_HandleRectification, §6): it
   * upholds its decision or amends it (granted or rejected, by the rules of {@link #decide}).
   * Returns the amended application, or empty when the decision was upheld.
   */
  public Optional<GrantApplication> decideRectification(String applicationNumber,
      Object outcome, Object rawDecision, Object rawAmount, Object rawReasons) {
    if (!"UPHELD".equals(outcome) && !"AMENDED".equals(outcome)) {
      throw new InvalidInputException(RECTIFICATION_OUTCOME, "valitse ratkaisu");
    }
    if (Values.text(rawReasons) == null) {
      throw new InvalidInputException("decisionReasons", "perustelut ovat pakolliset");
    }
    if ("UPHELD".equals(outcome)) {
      return Optional.empty();
    }
    if ("RETURNED".equals(rawDecision)) {
      throw new InvalidInputException("decision", "muutettu päätös on myönteinen tai kielteinen");
    }
    return Optional.of(decide(applicationNumber, rawDecision, rawAmount, rawReasons, COMMITTEE));
  }

  /** A final decision, and whether it was the call's last one (the call is then told). */
  public record Finalized(GrantApplication application, boolean lastOfCall) {}

  /**
   * After the take-over and rectification windows the decision is final (Task_FinalizeDecision,
   * §6). The call's row lock serialises the last ones of a call (see GrantCallService.lock).
   */
  public Finalized finalizeDecision(String applicationNumber) {
    GrantApplication application = applications.get(applicationNumber);
    application.makeFinal();
    calls.lock(application.getCallKey());
    return new Finalized(application, applications.allDecisionsFinal(application.getCallKey()));
  }

  /** E11: committee members with a declared conflict are recorded as recused. */
  public void recordRecusals(String applicationNumber, Collection<String> userIds) {
    for (String userId : userIds) {
      var key = new CommitteeRecusal.Key(applicationNumber, userId);
      if (!recusals.existsById(key)) {
        recusals.save(new CommitteeRecusal(applicationNumber, userId));
      }
    }
  }

  @Transactional(readOnly = true)
  public List<String> recused(String applicationNumber) {
    return recusals.findByApplication(applicationNumber).stream()
        .map(CommitteeRecusal::getUserId).toList();
  }
}

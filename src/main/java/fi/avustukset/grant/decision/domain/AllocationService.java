package fi.avustukset.grant.decision.domain;

import fi.avustukset.grant.application.domain.RequestLimit;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.domain.CallStatus;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.grant.GrantProperties;
import fi.avustukset.platform.audit.AuditLog;
import fi.avustukset.platform.domain.Euro;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision proposal list (esityslista) of a call: ranking and budget allocation
 * ({@link BudgetAllocator}), and the preparer's adjustments with a mandatory reason.
 */
@Service
@Transactional
public class AllocationService {

  /** The start of the reason of a proposal the preparer has changed (followed by the reason). */
  public static final String ADJUSTED = "Valmistelijan muutos: ";

  private final ApplicationService applications;
  private final GrantCallService calls;
  private final BudgetAllocator allocator;
  private final AuditLog audit;

  public AllocationService(ApplicationService applications, GrantCallService calls,
      GrantProperties properties, AuditLog audit) {
    this.applications = applications;
    this.calls = calls;
    this.allocator = new BudgetAllocator(properties.minimumPartialShare());
    this.audit = audit;
  }

  /** One line of the proposal list. */
  public record Line(int rank, String applicationNumber, String organizationName,
      String projectName, BigDecimal score, BigDecimal requestedAmount, BigDecimal proposedAmount,
      String proposedDecision, String reason, String status) {}

  public record ProposalList(String callKey, BigDecimal appropriation, BigDecimal proposedTotal,
      List<Line> lines) {}

  /** Ranks the call's applications that are ready for decision and stores the proposals. */
  public ProposalList propose(String callKey) {
    GrantCall call = call(callKey);
    List<GrantApplication> ready = applications.ofCall(callKey)
        .stream().filter(a -> a.getStatus() == ApplicationStatus.READY_FOR_DECISION).toList();
    List<BudgetAllocator.Candidate> candidates = ready.stream()
        .map(a -> candidate(a, call.getGrantType())).toList();
    Map<String, GrantApplication> byNumber = ready.stream()
        .collect(Collectors.toMap(GrantApplication::getApplicationNumber, Function.identity()));
    for (BudgetAllocator.Proposal p : allocator.allocate(call.getAppropriation(), candidates)) {
      byNumber.get(p.applicationNumber()).propose(p.amount().setScale(2), p.reason());
    }
    return list(callKey);
  }

  /** A proposal as the committee receives it: GRANTED (amount above zero) or REJECTED. */
  public record CommitteeProposal(String applicationNumber, String decision, Euro amount,
      String reason) {
    public boolean granted() {
      return "GRANTED".equals(decision);
    }
  }

  /**
   * Task_SendProposals (§6): every application of the call that is ready for decision goes to
   * the committee with its proposal (no amount is a rejection proposal).
   */
  public List<CommitteeProposal> sendToCommittee(String callKey) {
    List<CommitteeProposal> sent = new ArrayList<>();
    for (GrantApplication a : applications.ofCall(callKey)) {
      if (a.getStatus() != ApplicationStatus.READY_FOR_DECISION) {
        continue;
      }
      Euro amount = a.getProposedAmount() == null ? Euro.ZERO : Euro.of(a.getProposedAmount());
      a.sendToCommittee();
      sent.add(new CommitteeProposal(a.getApplicationNumber(),
          amount.isZero() ? "REJECTED" : "GRANTED", amount, a.getProposalReason()));
    }
    return sent;
  }

  static BudgetAllocator.Candidate candidate(GrantApplication a, GrantType type) {
    boolean eligible = Boolean.TRUE.equals(a.getEligible());
    boolean proposable = eligible && (type == GrantType.OPERATING_INNOVATION || a.isLetterOfIntent());
    BigDecimal cap = type == GrantType.PARTNERSHIP && a.isLetterOfIntent()
        ? a.getProposedAmount() : a.getRequestedAmount();
    String reason = a.getProposalReason() != null ? a.getProposalReason()
        : !eligible ? "Ei täytä avustuskelpoisuuden ehtoja" : "Neuvottelu päättyi ilman aiesopimusta";
    return new BudgetAllocator.Candidate(a.getApplicationNumber(), a.getScore(), cap, proposable,
        reason, a.getSubmittedAt());
  }

  /** The preparer's change to one proposal (DOMAIN.md §6): reason mandatory, E9 and §5 hold. */
  public ProposalList adjust(String callKey, String applicationNumber, Object rawAmount,
      String reason, String userId) {
    GrantCall call = call(callKey);
    if (call.getStatus() != CallStatus.CLOSED) {
      throw new ConflictException("Esitystä voi muuttaa vain, kun haku on päättynyt eikä"
          + " esityksiä ole vielä viety jaostolle (tila " + call.getStatus() + ")");
    }
    GrantApplication application = applications.find(applicationNumber)
        .filter(a -> a.getCallKey().equals(callKey))
        .orElseThrow(() -> new NotFoundException("Hakemusta " + applicationNumber
            + " ei ole haussa " + callKey));
    if (application.getStatus() != ApplicationStatus.READY_FOR_DECISION
        || application.getProposalReason() == null) {
      throw new ConflictException("Hakemuksen " + applicationNumber + " esitys ei ole muutettavissa"
          + " (tila " + application.getStatus() + ")");
    }
    List<FieldError> errors = new ArrayList<>();
    BigDecimal amount = null;
    try {
      amount = Values.decimal(rawAmount);
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (amount == null || amount.signum() < 0) {
      errors.add(new FieldError("proposedAmount", "anna euromäärä (0 = hylkäysesitys)"));
    } else if (RequestLimit.violation(amount, application.getRequestedAmount()).isPresent()) {
      errors.add(new FieldError("proposedAmount",
          RequestLimit.violation(amount, application.getRequestedAmount()).get()));
    } else {
      Euro others = applications.ofCall(callKey).stream()
          .filter(a -> !a.getApplicationNumber().equals(applicationNumber))
          .filter(a -> a.getStatus() == ApplicationStatus.READY_FOR_DECISION)
          .map(a -> a.getProposedAmount() == null ? Euro.ZERO : Euro.of(a.getProposedAmount()))
          .reduce(Euro.ZERO, Euro::plus);
      AppropriationLimit.proposalViolation(Euro.of(amount), others,
              Euro.of(call.getAppropriation()))
          .ifPresent(m -> errors.add(new FieldError("proposedAmount", m)));
    }
    if (reason == null || reason.isBlank()) {
      errors.add(new FieldError("reason", "muutoksen perustelu on pakollinen"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    BigDecimal before = application.getProposedAmount();
    application.propose(amount.setScale(2), ADJUSTED + reason.trim());
    audit.record(applicationNumber, userId, "Päätösesitystä muutettu",
        AuditLog.change("Esitetty summa", before, amount.setScale(2)) + "; perustelu: "
            + reason.trim());
    return list(callKey);
  }

  @Transactional(readOnly = true)
  public ProposalList list(String callKey) {
    GrantCall call = call(callKey);
    List<GrantApplication> all = applications.ofCall(callKey);
    List<GrantApplication> sorted = new ArrayList<>(all);
    sorted.sort(Comparator
        .comparing((GrantApplication a) -> a.getProposedAmount() == null
            || a.getProposedAmount().signum() == 0)
        .thenComparing(GrantApplication::getScore, Comparator.nullsLast(Comparator.reverseOrder()))
        .thenComparing(a -> a.getSubmittedAt().atOffset(ZoneOffset.UTC))
        .thenComparing(GrantApplication::getApplicationNumber));
    List<Line> lines = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    int rank = 0;
    for (GrantApplication a : sorted) {
      BigDecimal proposed = a.getProposedAmount();
      if (proposed != null) {
        total = total.add(proposed);
      }
      lines.add(new Line(++rank, a.getApplicationNumber(), a.getOrganizationName(),
          a.getProjectName(), a.getScore(), a.getRequestedAmount(), proposed,
          proposed == null ? null : proposed.signum() > 0 ? "GRANTED" : "REJECTED",
          a.getProposalReason(), a.getStatus().name()));
    }
    return new ProposalList(callKey, call.getAppropriation(), total, lines);
  }

  private GrantCall call(String callKey) {
    return calls.find(callKey)
        .orElseThrow(() -> new NotFoundException("Hakua " + callKey + " ei ole"));
  }
}

package fi.avustukset.grant.budget.domain;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.budget.domain.BudgetCalculator.Basis;
import fi.avustukset.grant.budget.domain.BudgetCalculator.PartnershipGrant;
import fi.avustukset.grant.budget.domain.BudgetCalculator.Pool;
import fi.avustukset.grant.budget.domain.BudgetCalculator.Proposal;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.audit.AuditLog;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.grant.payment.domain.PaymentInstalment;
import fi.avustukset.grant.payment.domain.PaymentService;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Collects the three parts of a year's grant budget proposal (DOMAIN.md §5) from decisions,
 * agreements, instalments, letters of intent and the managers' pool figure.
 */
@Service
@Transactional
public class BudgetService {

  public static final int MIN_YEAR = 2000;
  public static final int MAX_YEAR = 2100;
  /** A pool above this is surely a typo (euros). */
  public static final BigDecimal MAX_POOL = new BigDecimal("1000000000");

  private final EntityManager em;
  private final GrantCallService calls;
  private final AgreementService agreements;
  private final PaymentService payments;
  private final GrantPoolRepository pools;
  private final Clock clock;
  private final AuditLog audit;

  public BudgetService(EntityManager em, GrantCallService calls, AgreementService agreements,
      PaymentService payments, GrantPoolRepository pools, Clock clock, AuditLog audit) {
    this.em = em;
    this.calls = calls;
    this.agreements = agreements;
    this.payments = payments;
    this.pools = pools;
    this.clock = clock;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public Proposal proposal(int year) {
    checkYear(year);
    return BudgetCalculator.propose(year, agreedPartnerships(), lettersOfIntent(), pool(year));
  }

  @Transactional(readOnly = true)
  public Pool pool(int year) {
    checkYear(year);
    return pools.findById(year)
        .map(p -> new Pool(p.getAmount(), true, p.getNote(), p.getUpdatedBy()))
        .orElse(new Pool(BigDecimal.ZERO.setScale(2), false, null, null));
  }

  /** The managers set the year's operating and innovation grant pool (part (c)). */
  public Pool setPool(int year, Object amountValue, String note, String userId) {
    checkYear(year);
    List<FieldError> errors = new ArrayList<>();
    BigDecimal amount = null;
    try {
      amount = Values.decimal(amountValue);
    } catch (RuntimeException e) {
      errors.add(new FieldError("amount", "summan on oltava luku"));
    }
    if (amount == null && errors.isEmpty()) {
      errors.add(new FieldError("amount", "summa puuttuu"));
    } else if (amount != null && (amount.signum() < 0 || amount.compareTo(MAX_POOL) > 0
        || amount.stripTrailingZeros().scale() > 2)) {
      errors.add(new FieldError("amount", "summan on oltava 0–1 000 000 000 euroa (senttitarkkuus)"));
    }
    String text = Values.text(note);
    if (text != null && text.length() > 1000) {
      errors.add(new FieldError("note", "enintään 1000 merkkiä"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    GrantPool pool = pools.findById(year).orElseGet(() -> new GrantPool(year));
    BigDecimal before = pool.getAmount();
    pool.set(amount.setScale(2, RoundingMode.UNNECESSARY), text, userId, Instant.now(clock));
    pools.save(pool);
    audit.record("budget:" + year, userId, "Toiminta- ja innovaatioavustusten määräraha asetettu",
        AuditLog.change("Määräraha " + year, before, pool.getAmount())
            + (text == null ? "" : "; " + text));
    return pool(year);
  }

  static void checkYear(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidInputException("year", "vuoden on oltava " + MIN_YEAR + "–" + MAX_YEAR);
    }
  }

  /** (a) GRANTED partnership decisions (final or still in their take-over period). */
  List<PartnershipGrant> agreedPartnerships() {
    List<GrantApplication> granted = em.createQuery("select a from GrantApplication a, GrantCall c"
        + " where c.callKey = a.callKey and c.grantType = fi.avustukset.grant.call.domain.GrantType.PARTNERSHIP"
        + " and a.decision = fi.avustukset.grant.application.domain.Decision.GRANTED"
        + " and a.grantedAmount > 0", GrantApplication.class).getResultList();
    List<PartnershipGrant> out = new ArrayList<>();
    for (GrantApplication a : granted) {
      Agreement agreement = agreements.find(a.getApplicationNumber()).orElse(null);
      List<PaymentInstalment> instalments = agreement == null ? List.of()
          : payments.of(a.getApplicationNumber());
      if (!instalments.isEmpty()) {
        Map<Integer, BigDecimal> byYear = instalments.stream().collect(Collectors.groupingBy(
            i -> i.getDueDate().getYear(), TreeMap::new,
            Collectors.reducing(BigDecimal.ZERO, PaymentInstalment::getAmount, BigDecimal::add)));
        out.add(grant(a, agreement.getGrantedAmount(), agreement.getDurationYears(),
            agreement.getStartDate(), Basis.AGREEMENT_INSTALMENT, byYear));
      } else if (agreement != null && agreement.getStartDate() != null) {
        out.add(grant(a, agreement.getGrantedAmount(), agreement.getDurationYears(),
            agreement.getStartDate(), Basis.AGREEMENT_SHARE, Map.of()));
      } else {
        out.add(grant(a, a.getGrantedAmount(), a.getDurationYears(),
            LocalDate.ofInstant(a.getDecidedAt(), Values.HELSINKI), Basis.DECISION_SHARE, Map.of()));
      }
    }
    return out;
  }

  /**
   * (b) Letters of intent not yet decided (or returned for further preparation). Not in
   * sources: such a grant is assumed to start in the year of its call's application deadline,
   * the earliest it can be decided — the same rule as a decision without an agreement.
   */
  List<PartnershipGrant> lettersOfIntent() {
    List<GrantApplication> pending = em.createQuery("select a from GrantApplication a"
        + " where a.letterOfIntent = true and (a.decision is null"
        + " or a.decision = fi.avustukset.grant.application.domain.Decision.RETURNED)", GrantApplication.class)
        .getResultList();
    Map<String, GrantCall> callsByKey = calls.findAll(
            pending.stream().map(GrantApplication::getCallKey).distinct().toList())
        .stream().collect(Collectors.toMap(GrantCall::getCallKey, Function.identity()));
    List<PartnershipGrant> out = new ArrayList<>();
    for (GrantApplication a : pending) {
      BigDecimal amount = a.getProposedAmount() != null && a.getProposedAmount().signum() > 0
          ? a.getProposedAmount() : a.getRequestedAmount();
      GrantCall call = callsByKey.get(a.getCallKey());
      if (call == null) {
        continue; // grant_application.call_key references grant_call: cannot happen
      }
      LocalDate start = LocalDate.of(call.getApplicationDeadline().getYear(), 1, 1);
      out.add(grant(a, amount, a.getDurationYears(), start, Basis.LETTER_OF_INTENT, Map.of()));
    }
    return out;
  }

  private static PartnershipGrant grant(GrantApplication a, BigDecimal amount, int years,
      LocalDate start, Basis basis, Map<Integer, BigDecimal> instalments) {
    return new PartnershipGrant(a.getApplicationNumber(), a.getCallKey(), a.getOrganizationName(),
        a.getProjectName(), amount, years, start, basis, instalments);
  }
}

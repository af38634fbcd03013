package fi.avustukset.grant.decision.domain;

import fi.avustukset.grant.application.domain.RequestLimit;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
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
        BigDecimal others = applications.sumGrantedExcept(call.getCallKey(), applicationNumber);
        BigDecimal left = call.getAppropriation().subtract(others);
        if (amount.compareTo(left) > 0) {
          errors.add(new FieldError("grantedAmount", "haun määräraha ylittyisi: jäljellä "
              + left + " € (DOMAIN.md §5)"));
        }
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

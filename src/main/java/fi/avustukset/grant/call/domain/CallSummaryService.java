package fi.avustukset.grant.call.domain;

import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.platform.errors.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Figures of a call for the committee (kept informed, DOMAIN.md §6) and its final summary. */
@Service
@Transactional
public class CallSummaryService {

  private final GrantCallRepository calls;
  private final ApplicationService applications;

  public CallSummaryService(GrantCallRepository calls, ApplicationService applications) {
    this.calls = calls;
    this.applications = applications;
  }

  @Transactional(readOnly = true)
  public CallSummary summary(String callKey) {
    GrantCall call = calls.findById(callKey)
        .orElseThrow(() -> new NotFoundException("Hakua " + callKey + " ei ole"));
    List<GrantApplication> all = applications.ofCall(callKey);
    var ready = EnumSet.of(ApplicationStatus.READY_FOR_DECISION, ApplicationStatus.IN_COMMITTEE,
        ApplicationStatus.DECIDED, ApplicationStatus.FINAL);
    long eligible = all.stream().filter(a -> Boolean.TRUE.equals(a.getEligible())).count();
    long readyCount = all.stream().filter(a -> ready.contains(a.getStatus())).count();
    List<GrantApplication> granted = all.stream()
        .filter(a -> a.getDecision() == Decision.GRANTED).toList();
    BigDecimal sum = granted.stream().map(GrantApplication::getGrantedAmount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    long rejected = all.stream().filter(a -> a.getDecision() == Decision.REJECTED).count();
    long fin = all.stream().filter(GrantApplication::isDecisionFinal).count();
    BigDecimal used = sum.multiply(BigDecimal.valueOf(100))
        .divide(call.getAppropriation(), 1, RoundingMode.HALF_UP);
    return new CallSummary(callKey, call.getName(), call.getGrantType().name(),
        call.getStatus().name(), call.getAppropriation(), all.size(), eligible, readyCount,
        granted.size(), sum, rejected, fin, used);
  }

  /** The call ends: status DECIDED and its summary. */
  public CallSummary close(String callKey) {
    calls.findById(callKey).orElseThrow().decided();
    return summary(callKey);
  }
}

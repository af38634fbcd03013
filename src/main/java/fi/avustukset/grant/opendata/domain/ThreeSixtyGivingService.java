package fi.avustukset.grant.opendata.domain;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.domain.GrantCall;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a call's final grants and their agreements for the 360Giving export. */
@Service
@Transactional(readOnly = true)
public class ThreeSixtyGivingService {

  static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

  private final GrantCallService calls;
  private final ApplicationService applications;
  private final AgreementService agreements;
  private final FunderProperties funder;
  private final Clock clock;

  public ThreeSixtyGivingService(GrantCallService calls, ApplicationService applications,
      AgreementService agreements, FunderProperties funder, Clock clock) {
    this.calls = calls;
    this.applications = applications;
    this.agreements = agreements;
    this.funder = funder;
    this.clock = clock;
  }

  /** Only GRANTED decisions that are final (take-over and rectification periods over). */
  static boolean published(GrantApplication a) {
    return a.getDecision() == Decision.GRANTED && a.isDecisionFinal()
        && a.getGrantedAmount() != null && a.getGrantedAmount().signum() > 0
        && a.getDecidedAt() != null;
  }

  public ThreeSixtyGiving.Package export(String callKey) {
    GrantCall call = calls.find(callKey)
        .orElseThrow(() -> new NotFoundException("Hakua " + callKey + " ei ole"));
    List<ThreeSixtyGiving.GrantRecord> grants = applications
        .ofCall(callKey).stream()
        .filter(ThreeSixtyGivingService::published)
        .map(this::record)
        .toList();
    if (grants.isEmpty()) {
      // The standard requires at least one grant in a package.
      throw new ConflictException("Haulla " + callKey + " ei ole vielä lopullisia myöntöpäätöksiä");
    }
    return ThreeSixtyGiving.build(new ThreeSixtyGiving.CallInfo(call.getCallKey(), call.getName(),
        call.getGrantType(), call.getDescription()), grants, funder, LocalDate.now(clock.withZone(HELSINKI)));
  }

  private ThreeSixtyGiving.GrantRecord record(GrantApplication a) {
    Agreement agreement = agreements.find(a.getApplicationNumber()).orElse(null);
    return new ThreeSixtyGiving.GrantRecord(a.getApplicationNumber(), a.getProjectName(),
        a.data().targetGroup(), a.getOrganizationName(), a.getBusinessId(),
        a.getRequestedAmount(), a.getGrantedAmount(),
        LocalDate.ofInstant(a.getDecidedAt(), HELSINKI), a.getDurationYears(),
        agreement == null ? null : agreement.getStartDate(),
        agreement == null ? null : agreement.getEndDate(),
        agreement == null ? null : agreement.getDurationYears());
  }
}

package fi.avustukset.grant.agreement.web;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementRepository;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.grant.obligation.domain.ReclaimDecision;
import fi.avustukset.grant.obligation.domain.ReportObligation;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import fi.avustukset.grant.payment.domain.PaymentInstalment;
import fi.avustukset.grant.payment.domain.PaymentService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/agreements} and {@code GET /api/agreements/{applicationNumber}}: an
 * agreement with its instalments, reports (E10) and reclaim decisions. Staff see all; an
 * applicant only their own organisation's.
 */
@RestController
@RequestMapping("/api/agreements")
@Transactional(readOnly = true)
public class AgreementController {

  private final AgreementService agreements;
  private final AgreementRepository repository;
  private final PaymentService payments;
  private final ReportObligationService reports;
  private final AgreementAccess access;
  private final CurrentUser currentUser;

  public AgreementController(AgreementService agreements, AgreementRepository repository,
      PaymentService payments, ReportObligationService reports, AgreementAccess access,
      CurrentUser currentUser) {
    this.agreements = agreements;
    this.repository = repository;
    this.payments = payments;
    this.reports = reports;
    this.access = access;
    this.currentUser = currentUser;
  }

  public record PaymentView(int year, BigDecimal amount, LocalDate dueDate, String status,
      LocalDate paidDate, String paymentReference) {
    static PaymentView of(PaymentInstalment p) {
      return new PaymentView(p.getYear(), p.getAmount(), p.getDueDate(), p.getStatus().name(),
          p.getPaidDate(), p.getPaymentReference());
    }
  }

  public record ReportView(int year, boolean finalReport, LocalDate periodStart,
      LocalDate periodEnd, LocalDate dueDate, LocalDate completionDueDate, String status,
      boolean late, LocalDate submittedDate, LocalDate acceptedDate, BigDecimal usedAmount,
      Integer eventCount, Integer participantCount, int reminderCount, String reviewComment) {
    static ReportView of(ReportObligation r) {
      return new ReportView(r.getYear(), r.isFinalReport(), r.getPeriodStart(), r.getPeriodEnd(),
          r.getDueDate(), r.getCompletionDueDate(), r.getStatus().name(), r.isLate(),
          r.getSubmittedDate(), r.getAcceptedDate(), r.getUsedAmount(), r.getEventCount(),
          r.getParticipantCount(), r.getReminderCount(), r.getReviewComment());
    }
  }

  public record ReclaimView(int reportYear, BigDecimal amount, BigDecimal paidTotal,
      List<String> grounds, String reasons, LocalDate decidedDate, LocalDate dueDate) {
    static ReclaimView of(ReclaimDecision d) {
      return new ReclaimView(d.getReportYear(), d.getAmount(), d.getPaidTotal(),
          Arrays.asList(d.getGrounds().split(",")), d.getReasons(), d.getDecidedDate(),
          d.getDueDate());
    }
  }

  public record AgreementView(String applicationNumber, String callKey, String grantType,
      String agreementType, String agreementTypeName, String organizationName, String businessId,
      String projectName, BigDecimal grantedAmount, int durationYears, LocalDate decisionDate,
      LocalDate startDate, LocalDate endDate, String status, String acceptedName,
      LocalDate acceptedDate, String signedName, LocalDate signedDate, BigDecimal paidTotal,
      BigDecimal reclaimedTotal, List<PaymentView> payments, List<ReportView> reports,
      List<ReclaimView> reclaims, List<BudgetLineView> budgetLines) {}

  /** A line of the agreement's current budget (set by an accepted reallocation). */
  public record BudgetLineView(String name, BigDecimal amount) {}

  /** A short line per agreement, for lists. */
  public record AgreementSummary(String applicationNumber, String organizationName,
      String projectName, String agreementType, BigDecimal grantedAmount, String status) {}

  @GetMapping
  public List<AgreementSummary> list() {
    List<Agreement> visible = access.isAgreementStaff()
        ? repository.findAll(Sort.by("applicationNumber"))
        : repository.findByBusinessIdInOrderByApplicationNumber(currentUser.organizationBusinessIds());
    return visible.stream().map(a -> new AgreementSummary(a.getApplicationNumber(),
        a.getOrganizationName(), a.getProjectName(), a.getAgreementType().name(),
        a.getGrantedAmount(), a.getStatus().name())).toList();
  }

  @GetMapping("/{applicationNumber}")
  public AgreementView get(@PathVariable String applicationNumber) {
    Agreement a = agreements.get(applicationNumber);
    access.requireRead(a);
    return new AgreementView(a.getApplicationNumber(), a.getCallKey(), a.getGrantType().name(),
        a.getAgreementType().name(), a.getAgreementType().finnishName(), a.getOrganizationName(),
        a.getBusinessId(), a.getProjectName(), a.getGrantedAmount(), a.getDurationYears(),
        a.getDecisionDate(), a.getStartDate(), a.getEndDate(), a.getStatus().name(),
        a.getAcceptedName(), a.getAcceptedDate(), a.getSignedName(), a.getSignedDate(),
        payments.paidTotal(applicationNumber), reports.reclaimedTotal(applicationNumber),
        payments.of(applicationNumber).stream().map(PaymentView::of).toList(),
        reports.of(applicationNumber).stream().map(ReportView::of).toList(),
        reports.reclaimsOf(applicationNumber).stream().map(ReclaimView::of).toList(),
        a.getBudgetLines().stream().map(l -> new BudgetLineView(l.getName(), l.getAmount()))
            .toList());
  }
}

package fi.avustukset.grant.agreement.web;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import org.springframework.beans.factory.annotation.Value;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import fi.avustukset.grant.payment.domain.PaymentService;
import fi.avustukset.platform.pdf.PdfRenderer;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The agreement as a document (templates/agreement.html): {@code /api/agreements/{n}/agreement.html}
 * and the same as PDF/A at {@code /api/agreements/{n}/agreement.pdf}; whoever may read the
 * agreement may read these.
 */
@Controller
public class AgreementDocumentController {

  private final AgreementService agreements;
  private final PaymentService payments;
  private final ReportObligationService reports;
  private final AgreementAccess access;
  private final String funderName;
  private final String funderBusinessId;
  private final PdfRenderer renderer;

  public AgreementDocumentController(AgreementService agreements, PaymentService payments,
      ReportObligationService reports, AgreementAccess access,
      @Value("${grants.funder.name:}") String funderName,
      @Value("${grants.funder.business-id:}") String funderBusinessId, PdfRenderer renderer) {
    this.agreements = agreements;
    this.payments = payments;
    this.reports = reports;
    this.access = access;
    this.funderName = funderName;
    this.funderBusinessId = funderBusinessId;
    this.renderer = renderer;
  }

  @GetMapping("/api/agreements/{applicationNumber}/agreement.html")
  @Transactional(readOnly = true)
  public String page(@PathVariable String applicationNumber, Model model) {
    model.addAllAttributes(model(applicationNumber));
    return "agreement";
  }

  @GetMapping("/api/agreements/{applicationNumber}/agreement.pdf")
  @Transactional(readOnly = true)
  public ResponseEntity<byte[]> pdf(@PathVariable String applicationNumber) {
    byte[] pdf = renderer.pdf("agreement", model(applicationNumber));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("sopimus-" + applicationNumber + ".pdf").build().toString())
        .body(pdf);
  }

  private Map<String, Object> model(String applicationNumber) {
    Agreement a = agreements.get(applicationNumber);
    access.requireRead(a);
    Map<String, Object> m = new HashMap<>();
    m.put("a", a);
    m.put("typeName", a.getAgreementType().finnishName());
    m.put("payments", payments.of(applicationNumber));
    m.put("reports", reports.of(applicationNumber));
    m.put("funderName", funderName);
    m.put("funderBusinessId", funderBusinessId);
    return m;
  }
}

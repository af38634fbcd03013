package fi.avustukset.grant.call.web;

import fi.avustukset.grant.call.domain.CallSummaryService;
import fi.avustukset.grant.decision.domain.AllocationService;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.pdf.PdfRenderer;
import fi.avustukset.platform.security.CurrentUser;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The esityslista as PDF/A, {@code /api/calls/{callKey}/proposal.pdf}: the page
 * {@code proposal.html} (templates/proposal-list.html) rendered unchanged, same readers.
 */
@RestController
public class ProposalPdfController {

  private final CallSummaryService summaries;
  private final AllocationService allocation;
  private final CurrentUser currentUser;
  private final PdfRenderer renderer;

  public ProposalPdfController(CallSummaryService summaries, AllocationService allocation,
      CurrentUser currentUser, PdfRenderer renderer) {
    this.summaries = summaries;
    this.allocation = allocation;
    this.currentUser = currentUser;
    this.renderer = renderer;
  }

  @GetMapping("/api/calls/{callKey}/proposal.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String callKey) {
    if (!currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.COMMITTEE,
        Groups.REGIONAL_BOARD, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Esityslista on valmistelijoiden, johdon ja päättäjien käytössä");
    }
    byte[] pdf = renderer.pdf("proposal-list", Map.of("call", summaries.summary(callKey),
        "proposal", allocation.list(callKey)));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename("esityslista-" + callKey + ".pdf").build().toString())
        .body(pdf);
  }
}

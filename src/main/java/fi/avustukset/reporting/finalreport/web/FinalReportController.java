package fi.avustukset.reporting.finalreport.web;

import fi.avustukset.platform.pdf.PdfRenderer;
import fi.avustukset.reporting.finalreport.domain.FinalReport;
import fi.avustukset.reporting.finalreport.domain.FinalReportService;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.project.web.ProjectAccess;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The final report of a funded project (CONTRACT.md "Final report of a funded project", issue
 * 16): JSON, a Finnish page for the funder and the board, CSV for Finnish Excel and PDF. Same
 * access as the annual report: project staff, and the project's own organisation read-only
 * ({@link ProjectAccess#requireRead}).
 */
@Controller
@RequestMapping("/api/projects/{projectCode}/reports")
public class FinalReportController {

  private final ProjectService projects;
  private final ProjectAccess access;
  private final FinalReportService finalReports;
  private final PdfRenderer pdfRenderer;

  public FinalReportController(ProjectService projects, ProjectAccess access,
      FinalReportService finalReports, PdfRenderer pdfRenderer) {
    this.projects = projects;
    this.access = access;
    this.finalReports = finalReports;
    this.pdfRenderer = pdfRenderer;
  }

  @GetMapping(path = "/final", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public FinalReport finalReport(@PathVariable String projectCode,
      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
    return report(projectCode, from, to);
  }

  @GetMapping(path = "/final.html")
  public String finalReportPage(@PathVariable String projectCode,
      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
      Model model) {
    model.addAttribute("page", FinalReportPage.of(report(projectCode, from, to)));
    return "final-report";
  }

  @GetMapping(path = "/final.csv")
  public ResponseEntity<byte[]> finalReportCsv(@PathVariable String projectCode,
      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
    FinalReport r = report(projectCode, from, to);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"loppuraportti-"
            + safe(projectCode) + ".csv\"")
        .body(FinalReportCsv.write(FinalReportPage.of(r)));
  }

  @GetMapping(path = "/final.pdf")
  public ResponseEntity<byte[]> finalReportPdf(@PathVariable String projectCode,
      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to) {
    FinalReport r = report(projectCode, from, to);
    // the shared renderer of the decision letters: PDF/A-2u, A4, the bundled font
    byte[] pdf = pdfRenderer.pdf("final-report-pdf", java.util.Map.of("page", FinalReportPage.of(r)));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"loppuraportti-"
            + safe(projectCode) + ".pdf\"")
        .body(pdf);
  }

  private FinalReport report(String projectCode, Integer from, Integer to) {
    FundedProject project = projects.get(projectCode);
    access.requireRead(project);
    return finalReports.finalReport(project, from, to);
  }

  private static String safe(String code) {
    return code.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}

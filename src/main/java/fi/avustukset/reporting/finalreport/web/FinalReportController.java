package fi.avustukset.reporting.finalreport.web;

import fi.avustukset.reporting.finalreport.domain.FinalReport;
import fi.avustukset.reporting.finalreport.domain.FinalReportService;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.project.web.ProjectAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
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
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

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
  private final SpringTemplateEngine templates;

  public FinalReportController(ProjectService projects, ProjectAccess access,
      FinalReportService finalReports, SpringTemplateEngine templates) {
    this.projects = projects;
    this.access = access;
    this.finalReports = finalReports;
    this.templates = templates;
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
      @RequestParam(required = false) Integer from, @RequestParam(required = false) Integer to,
      HttpServletRequest request, HttpServletResponse response) {
    FinalReport r = report(projectCode, from, to);
    WebContext context = new WebContext(JakartaServletWebApplication
        .buildApplication(request.getServletContext()).buildExchange(request, response),
        Locale.forLanguageTag("fi-FI"));
    context.setVariable("page", FinalReportPage.of(r));
    // the @fmt / @currentUser bean references of the templates need the Spring context
    context.setVariable(org.thymeleaf.spring6.expression.ThymeleafEvaluationContext
        .THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        new org.thymeleaf.spring6.expression.ThymeleafEvaluationContext(
            org.springframework.web.context.support.WebApplicationContextUtils
                .getRequiredWebApplicationContext(request.getServletContext()), null));
    String xhtml = templates.process("final-report-pdf", context);
    byte[] pdf = FinalReportPdf.render(xhtml, request.getRequestURL().toString());
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

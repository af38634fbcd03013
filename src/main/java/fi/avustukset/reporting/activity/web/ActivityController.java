package fi.avustukset.reporting.activity.web;

import fi.avustukset.platform.web.Fmt;
import fi.avustukset.platform.web.PageHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.ModelAndView;

import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.web.ProjectAccess;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.activity.domain.ActivityEvent;
import fi.avustukset.reporting.activity.domain.ActivityService;
import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.activity.domain.CsvImportException;
import fi.avustukset.reporting.activity.domain.EventRecord;
import fi.avustukset.reporting.activity.domain.YearFigures;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Activity events and the annual report of a funded project (CONTRACT.md "Activity events:
 * import and annual report"). Project staff and the project's own organisation's applicants
 * ({@link ProjectAccess#requireRead}) may import and read.
 */
@RestController
@RequestMapping("/api/projects/{projectCode}")
public class ActivityController {

  private final ProjectService projects;
  private final ProjectAccess access;
  private final ActivityService activity;
  private final Fmt fmt;

  public ActivityController(ProjectService projects, ProjectAccess access,
      ActivityService activity, Fmt fmt) {
    this.projects = projects;
    this.access = access;
    this.activity = activity;
    this.fmt = fmt;
  }

  /** Imports events from CSV: all rows or none; the same file again creates nothing. */
  @PostMapping(path = "/activity-events", consumes = {"text/csv", "application/csv"})
  public ActivityService.ImportResult importEvents(@PathVariable String projectCode,
      InputStream body) {
    // Streamed (BENCHMARKS.md "Big imports"): the file is never held in memory as a whole.
    return activity.importCsv(project(projectCode), body);
  }

  public record EventView(Long id, LocalDate date, String type, List<String> goalLevels,
      String organizerRole, int officials, int electedOfficials, int ngoRepresentatives,
      int privateSector, String title, String term, String source) {
    static EventView of(ActivityEvent e) {
      EventRecord r = e.toRecord();
      return new EventView(e.getId(), r.date(), r.type().name(),
          r.goalLevels().stream().sorted().map(Enum::name).toList(), r.organizerRole().name(),
          r.officials(), r.electedOfficials(), r.ngoRepresentatives(), r.privateSector(),
          r.title(), r.termCode(), e.getSource().name());
    }
  }

  @GetMapping("/activity-events")
  public List<EventView> events(@PathVariable String projectCode, @RequestParam int year) {
    return activity.events(project(projectCode), year).stream().map(EventView::of).toList();
  }

  public record YearFiguresRequest(Integer reportedParticipantTotal, Integer reportedEventCount) {}

  public record YearFiguresView(String projectCode, int year, Integer reportedParticipantTotal,
      Integer reportedEventCount) {
    static YearFiguresView of(YearFigures f) {
      return new YearFiguresView(f.getKey().projectCode(), f.getKey().year(),
          f.getReportedParticipantTotal(), f.getReportedEventCount());
    }
  }

  /** Records the totals the project reported for a year (seed 004: 5,740 participants). */
  @PutMapping("/years/{year}/figures")
  public YearFiguresView putYearFigures(@PathVariable String projectCode, @PathVariable int year,
      @RequestBody YearFiguresRequest request) {
    return YearFiguresView.of(activity.saveYearFigures(project(projectCode), year,
        request.reportedParticipantTotal(), request.reportedEventCount()));
  }

  @GetMapping(path = "/reports/annual", produces = MediaType.APPLICATION_JSON_VALUE)
  public AnnualReport annualReport(@PathVariable String projectCode, @RequestParam int year) {
    return activity.annualReport(project(projectCode), year);
  }

  @GetMapping(path = "/reports/annual.csv")
  public ResponseEntity<byte[]> annualReportCsv(@PathVariable String projectCode,
      @RequestParam int year, @RequestParam(required = false) String format) {
    AnnualReport report = activity.annualReport(project(projectCode), year);
    boolean codes = "codes".equals(format);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\""
            + (codes ? "annual-report-" : "vuosiraportti-")
            + safe(projectCode) + "-" + year + ".csv\"")
        .body((codes ? AnnualReportCsv.write(report) : AnnualReportCsv.writeFinnish(report))
            .getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping(path = "/reports/annual.html")
  public ModelAndView annualReportPage(@PathVariable String projectCode,
      @RequestParam int year, HttpServletResponse response) {
    AnnualReport report = activity.annualReport(project(projectCode), year);
    PageHeaders.noScripts(response);
    return new ModelAndView("annual-report", Map.of("page", AnnualReportPage.of(report, fmt)));
  }

  /** A refused import: 400 with every bad row (row number, column, reason). */
  @ExceptionHandler(CsvImportException.class)
  ProblemDetail refusedImport(CsvImportException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Virheellinen CSV-tiedosto");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  private FundedProject project(String projectCode) {
    FundedProject project = projects.get(projectCode);
    access.requireRead(project);
    return project;
  }

  private static String safe(String code) {
    return code.replaceAll("[^A-Za-z0-9._-]", "_");
  }
}

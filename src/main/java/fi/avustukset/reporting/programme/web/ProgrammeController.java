package fi.avustukset.reporting.programme.web;

import fi.avustukset.reporting.programme.domain.ProgrammeComparison;
import fi.avustukset.reporting.programme.domain.ProgrammeService;

import fi.avustukset.reporting.project.web.ProjectAccess;
import fi.avustukset.platform.web.Html;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/programmes}: programmes and the side-by-side comparison of their projects'
 * annual figures and report status (seed 001). Project staff only.
 */
@RestController
@RequestMapping("/api/programmes")
public class ProgrammeController {

  private final ProgrammeService programmes;
  private final ProjectAccess access;

  public ProgrammeController(ProgrammeService programmes, ProjectAccess access) {
    this.programmes = programmes;
    this.access = access;
  }

  @GetMapping
  public List<ProgrammeService.ProgrammeSummary> list() {
    access.requireStaff();
    return programmes.programmes();
  }

  @GetMapping(path = "/{programmeCode}/comparison", produces = MediaType.APPLICATION_JSON_VALUE)
  public ProgrammeComparison comparison(@PathVariable String programmeCode,
      @RequestParam int year) {
    access.requireStaff();
    return programmes.compare(programmeCode, year);
  }

  @GetMapping("/{programmeCode}/comparison.html")
  public ResponseEntity<String> page(@PathVariable String programmeCode, @RequestParam int year) {
    access.requireStaff();
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
        .header("Content-Security-Policy", Html.CSP)
        .header("X-Content-Type-Options", "nosniff")
        .body(ProgrammePage.render(programmes.compare(programmeCode, year)));
  }
}

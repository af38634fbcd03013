package fi.avustukset.reporting.programme.web;

import fi.avustukset.reporting.programme.domain.ProgrammeComparison;
import fi.avustukset.reporting.programme.domain.ProgrammeService;

import fi.avustukset.reporting.project.web.ProjectAccess;
import fi.avustukset.platform.web.Fmt;
import fi.avustukset.platform.web.PageHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.ModelAndView;
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
  private final Fmt fmt;

  public ProgrammeController(ProgrammeService programmes, ProjectAccess access, Fmt fmt) {
    this.programmes = programmes;
    this.access = access;
    this.fmt = fmt;
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
  public ModelAndView page(@PathVariable String programmeCode, @RequestParam int year,
      HttpServletResponse response) {
    access.requireStaff();
    ProgrammePage page = ProgrammePage.of(programmes.compare(programmeCode, year), fmt);
    PageHeaders.noScripts(response);
    return new ModelAndView("programme-comparison", java.util.Map.of("page", page));
  }
}

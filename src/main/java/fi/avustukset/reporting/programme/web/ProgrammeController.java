package fi.avustukset.reporting.programme.web;

import fi.avustukset.platform.errors.Concurrent;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.reporting.programme.domain.Programme;
import fi.avustukset.reporting.programme.domain.ProgrammeComparison;
import fi.avustukset.reporting.programme.domain.ProgrammeRegistry;
import fi.avustukset.reporting.programme.domain.ProgrammeService;

import fi.avustukset.reporting.project.web.ProjectAccess;
import fi.avustukset.platform.web.Fmt;
import fi.avustukset.platform.web.PageHeaders;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/programmes}: the programme registry (issue 9: a project may name only a
 * registered programme) — {@code PUT /api/programmes/{code}} registers (201) or updates (200)
 * one, {@code GET} lists them with their projects count — and the side-by-side comparison of a
 * programme's projects' annual figures and report status (seed 001). Project staff only.
 */
@RestController
@RequestMapping("/api/programmes")
public class ProgrammeController {

  private final ProgrammeService programmes;
  private final ProgrammeRegistry registry;
  private final ProjectAccess access;
  private final Fmt fmt;

  public ProgrammeController(ProgrammeService programmes, ProgrammeRegistry registry,
      ProjectAccess access, Fmt fmt) {
    this.programmes = programmes;
    this.registry = registry;
    this.access = access;
    this.fmt = fmt;
  }

  public record ProgrammeRequest(String name, String funder, String coordinator) {}

  public record ProgrammeView(String programmeCode, String name, String funder,
      String coordinator, Long projectCount, Instant createdAt) {
    static ProgrammeView of(Programme p, Long projectCount) {
      return new ProgrammeView(p.getCode(), p.getName(), p.getFunder(), p.getCoordinator(),
          projectCount, p.getCreatedAt());
    }
  }

  /** Every registered programme with its projects count, in code order. */
  @GetMapping
  public List<ProgrammeView> list() {
    access.requireStaff();
    return programmes.programmes().stream()
        .map(s -> ProgrammeView.of(s.programme(), s.projectCount())).toList();
  }

  /** Registers (201) or updates (200) a programme; bad input 400 naming the field. */
  @PutMapping("/{code}")
  public ResponseEntity<ProgrammeView> put(@PathVariable String code,
      @RequestBody(required = false) ProgrammeRequest request) {
    access.requireStaff();
    if (request == null) {
      throw new InvalidInputException("body", "Ohjelman tiedot puuttuvat.");
    }
    // identical concurrent PUTs: one creates (201), the others find it and update (200)
    ProgrammeRegistry.Saved saved = Concurrent.retryOnRace(() -> registry.save(code,
        new ProgrammeRegistry.ProgrammeData(request.name(), request.funder(),
            request.coordinator())));
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(ProgrammeView.of(saved.programme(), null));
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

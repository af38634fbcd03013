package fi.avustukset.reporting.project.web;

import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.domain.ProjectService;

import java.time.Instant;
import fi.avustukset.platform.errors.Concurrent;
import fi.avustukset.platform.errors.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/projects/{projectCode}} (CONTRACT.md "Activity events: import and annual report"). */
@RestController
@RequestMapping("/api/projects")
public class ProjectController {

  private final ProjectService projects;
  private final ProjectAccess access;

  public ProjectController(ProjectService projects, ProjectAccess access) {
    this.projects = projects;
    this.access = access;
  }

  public record ProjectRequest(String name, String organizationName, String programmeCode,
      String businessId) {}

  public record ProjectView(String projectCode, String name, String organizationName,
      String businessId, String programmeCode, String applicationNumber, Instant createdAt,
      Instant updatedAt) {
    static ProjectView of(FundedProject p) {
      return new ProjectView(p.getProjectCode(), p.getName(), p.getOrganizationName(),
          p.getBusinessId(), p.getProgrammeCode(), p.getApplicationNumber(), p.getCreatedAt(),
          p.getUpdatedAt());
    }
  }

  /** Creates (201) or updates (200) a funded project. */
  @PutMapping("/{projectCode}")
  public ResponseEntity<ProjectView> put(@PathVariable String projectCode,
      @RequestBody(required = false) ProjectRequest request) {
    access.requireStaff();
    if (request == null) {
      throw new InvalidInputException("body", "Projektin tiedot puuttuvat.");
    }
    // Identical concurrent PUTs: one creates (201), the others find it and update (200).
    ProjectService.Saved saved = Concurrent.retryOnRace(() -> projects.save(projectCode,
        new ProjectService.ProjectData(request.name(), request.organizationName(),
            request.programmeCode(), request.businessId(), null)));
    return ResponseEntity.status(saved.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(ProjectView.of(saved.project()));
  }

  @GetMapping("/{projectCode}")
  public ProjectView get(@PathVariable String projectCode) {
    FundedProject project = projects.get(projectCode);
    access.requireRead(project);
    return ProjectView.of(project);
  }
}

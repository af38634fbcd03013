package fi.avustukset.reporting.project.domain;

import fi.avustukset.platform.domain.BusinessId;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.TextRules;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates and updates funded projects (CONTRACT.md {@code PUT /api/projects/{projectCode}}); a
 * programme code must be one of the programme registry ({@link ProgrammeDirectory}).
 */
@Service
@Transactional
public class ProjectService {

  static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,59}");
  static final Pattern PROGRAMME_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  private final FundedProjectRepository projects;
  private final ProgrammeDirectory programmes;
  private final Clock clock;

  public ProjectService(FundedProjectRepository projects, ProgrammeDirectory programmes,
      Clock clock) {
    this.projects = projects;
    this.programmes = programmes;
    this.clock = clock;
  }

  public record ProjectData(String name, String organizationName, String programmeCode,
      String businessId, String applicationNumber) {}

  public record Saved(FundedProject project, boolean created) {}

  public Saved save(String projectCode, ProjectData data) {
    List<FieldError> errors = new ArrayList<>();
    if (projectCode == null || !CODE.matcher(projectCode).matches()) {
      errors.add(new FieldError("projectCode",
          "1–60 merkkiä: kirjaimia, numeroita, piste, alaviiva tai viiva"));
    }
    String name = trimmed(data.name());
    String organization = trimmed(data.organizationName());
    String programme = trimmed(data.programmeCode());
    String businessId = trimmed(data.businessId());
    if (name == null) {
      errors.add(new FieldError("name", "projektin nimi puuttuu"));
    } else if (TextRules.check("name", name, 200, true) != null) {
      errors.add(TextRules.check("name", name, 200, true));
    }
    if (organization == null) {
      errors.add(new FieldError("organizationName", "organisaation nimi puuttuu"));
    } else if (TextRules.check("organizationName", organization, 200, true) != null) {
      errors.add(TextRules.check("organizationName", organization, 200, true));
    }
    if (programme != null && !PROGRAMME_CODE.matcher(programme).matches()) {
      errors.add(new FieldError("programmeCode", "1–40 merkkiä: kirjaimia, numeroita, . _ -"));
    } else if (programme != null && !programmes.isRegistered(programme)) {
      errors.add(new FieldError("programmeCode", "Ohjelmaa '" + programme + "' ei ole"
          + " ohjelmarekisterissä; lisää ohjelma ensin (Ohjelmat-sivu)"));
    }
    if (businessId != null && !BusinessId.isValid(businessId)) {
      errors.add(new FieldError("businessId", "virheellinen Y-tunnus (muoto NNNNNNN-N)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Instant now = Instant.now(clock);
    FundedProject project = projects.findById(projectCode).orElse(null);
    boolean created = project == null;
    if (created) {
      project = new FundedProject(projectCode, now);
    }
    project.update(name, organization, businessId, programme, trimmed(data.applicationNumber()),
        now);
    // flushed here so that a concurrent identical create fails inside this call (retried)
    return new Saved(projects.saveAndFlush(project), created);
  }

  /** The project, if it exists (query API for other features). */
  public java.util.Optional<FundedProject> find(String projectCode) {
    return projects.findById(projectCode);
  }

  /** Every funded project. */
  public java.util.List<FundedProject> all() {
    return projects.findAll();
  }

  /** The projects of the given organisations (Y-tunnus), in project-code order. */
  @Transactional(readOnly = true)
  public java.util.List<FundedProject> ofOrganizations(java.util.List<String> businessIds) {
    return businessIds.isEmpty() ? java.util.List.of()
        : projects.findByBusinessIdInOrderByProjectCode(businessIds);
  }

  /** The member projects of a programme, in project-code order. */
  public java.util.List<FundedProject> ofProgramme(String programmeCode) {
    return projects.findByProgrammeCodeOrderByProjectCode(programmeCode);
  }

  @Transactional(readOnly = true)
  public FundedProject get(String projectCode) {
    return projects.findById(projectCode)
        .orElseThrow(() -> new NotFoundException("Projektia " + projectCode + " ei ole"));
  }

  private static String trimmed(String value) {
    if (value == null) {
      return null;
    }
    String t = value.trim();
    return t.isEmpty() ? null : t;
  }
}

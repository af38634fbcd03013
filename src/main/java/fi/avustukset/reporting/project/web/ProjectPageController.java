package fi.avustukset.reporting.project.web;

import fi.avustukset.platform.errors.Concurrent;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.web.FormErrors;
import fi.avustukset.platform.web.FormGuard;
import fi.avustukset.platform.web.PageHeaders;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.domain.ProjectService;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The funded projects as pages (templates {@code projects.html}, {@code project.html}): the
 * list (staff: every project, an applicant: its organisation's), creating a project and editing
 * one — the same rules as {@code PUT /api/projects/{projectCode}} ({@link ProjectService}),
 * project staff only. Success redirects (303); a refused post shows the form again with the
 * Finnish message at each field (400; an existing code 409), nothing written.
 */
@Controller
public class ProjectPageController {

  private final ProjectService projects;
  private final ProjectAccess access;
  private final CurrentUser currentUser;
  private final Clock clock;

  private final FormGuard formGuard;

  public ProjectPageController(ProjectService projects, ProjectAccess access,
      CurrentUser currentUser, Clock clock,
      FormGuard formGuard) {
    this.formGuard = formGuard;
    this.projects = projects;
    this.access = access;
    this.currentUser = currentUser;
    this.clock = clock;
  }

  @GetMapping("/api/projects.html")
  public String list(@RequestParam(name = "luotu", required = false) String created, Model model,
      HttpServletResponse response) {
    PageHeaders.noScripts(response);
    fillList(model, Map.of(), List.of());
    model.addAttribute("created", created);
    return "projects";
  }

  @PostMapping(value = "/api/projects.html", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object create(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
      Model model, HttpServletResponse response) {
    formGuard.check(request);
    access.requireStaff();
    PageHeaders.noScripts(response);
    Map<String, String> values = form.toSingleValueMap();
    String code = trimmed(values.get("projectCode"));
    if (code == null) {
      return invalidList(model, values, List.of(new FieldError("projectCode",
          "projektin tunnus puuttuu")), HttpStatus.BAD_REQUEST);
    }
    if (projects.find(code).isPresent()) {
      return invalidList(model, values, List.of(new FieldError("projectCode", "Projekti " + code
          + " on jo olemassa; muuta sen tietoja projektin sivulla")), HttpStatus.CONFLICT);
    }
    try {
      Concurrent.retryOnRace(() -> projects.save(code, data(values)));
    } catch (InvalidInputException e) {
      return invalidList(model, values, e.errors(), HttpStatus.BAD_REQUEST);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/api/projects/"
        + UriUtils.encodePathSegment(code, StandardCharsets.UTF_8) + ".html?luotu=1")).build();
  }

  @GetMapping("/api/projects/{projectCode}.html")
  public String project(@PathVariable String projectCode,
      @RequestParam(name = "luotu", required = false) String created,
      @RequestParam(name = "tallennettu", required = false) String saved, Model model,
      HttpServletResponse response) {
    FundedProject project = projects.get(projectCode);
    access.requireRead(project);
    PageHeaders.noScripts(response);
    fillProject(model, project, values(project), List.of());
    model.addAttribute("created", created != null);
    model.addAttribute("saved", saved != null);
    return "project";
  }

  @PostMapping(value = "/api/projects/{projectCode}.html",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object update(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
      HttpServletResponse response) {
    formGuard.check(request);
    FundedProject project = projects.get(projectCode);
    access.requireStaff();
    PageHeaders.noScripts(response);
    Map<String, String> values = form.toSingleValueMap();
    try {
      projects.save(projectCode, data(values));
    } catch (InvalidInputException e) {
      fillProject(model, project, values, e.errors());
      return new ModelAndView("project", model.asMap(), HttpStatus.BAD_REQUEST);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/api/projects/"
        + UriUtils.encodePathSegment(projectCode, StandardCharsets.UTF_8)
        + ".html?tallennettu=1")).build();
  }

  private ModelAndView invalidList(Model model, Map<String, String> values,
      List<FieldError> errors, HttpStatus status) {
    fillList(model, values, errors);
    return new ModelAndView("projects", model.asMap(), status);
  }

  private void fillList(Model model, Map<String, String> values, List<FieldError> errors) {
    List<FundedProject> visible = access.isProjectStaff()
        ? projects.all().stream().sorted(Comparator.comparing(FundedProject::getProjectCode)).toList()
        : projects.ofOrganizations(currentUser.organizationBusinessIds());
    model.addAttribute("projects", visible);
    model.addAttribute("staff", access.isProjectStaff());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("year", LocalDate.now(clock).getYear());
    model.addAttribute("errors", FormErrors.byField(errors));
    model.addAttribute("errorSentences", FormErrors.sentences(errors));
  }

  private void fillProject(Model model, FundedProject project, Map<String, String> values,
      List<FieldError> errors) {
    int year = LocalDate.now(clock).getYear();
    model.addAttribute("project", project);
    model.addAttribute("staff", access.isProjectStaff());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("years", IntStream.rangeClosed(0, 4).map(i -> year - i).boxed().toList());
    model.addAttribute("errors", FormErrors.byField(errors));
    model.addAttribute("errorSentences", FormErrors.sentences(errors));
  }

  private static Map<String, String> values(FundedProject p) {
    Map<String, String> v = new HashMap<>();
    v.put("name", p.getName());
    v.put("organizationName", p.getOrganizationName());
    v.put("businessId", p.getBusinessId());
    v.put("programmeCode", p.getProgrammeCode());
    return v;
  }

  private static ProjectService.ProjectData data(Map<String, String> values) {
    return new ProjectService.ProjectData(values.get("name"), values.get("organizationName"),
        values.get("programmeCode"), values.get("businessId"), null);
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

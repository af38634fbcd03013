package fi.avustukset.reporting.activity.web;

import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.web.FormErrors;
import fi.avustukset.platform.web.FormGuard;
import fi.avustukset.platform.web.PageHeaders;
import fi.avustukset.reporting.activity.domain.ActivityEventCsv;
import fi.avustukset.reporting.activity.domain.ActivityService;
import fi.avustukset.reporting.activity.domain.ActivityTerms;
import fi.avustukset.reporting.activity.domain.ContactFigures;
import fi.avustukset.reporting.activity.domain.CsvImportException;
import fi.avustukset.reporting.activity.domain.EvaluationRecords;
import fi.avustukset.reporting.activity.domain.EventRecord;
import fi.avustukset.reporting.activity.domain.EventType;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.activity.domain.OrganizerRole;
import fi.avustukset.reporting.activity.domain.RowError;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.project.web.ProjectAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * Entry of activity through server-rendered forms (DOMAIN.md §8, templates
 * {@code activity-form.html}, {@code activity-import.html}): one event at a time, the totals
 * reported for a year, the contacts of a period, and the upload of a CSV file — the same
 * all-or-nothing import as {@code POST …/activity-events}, with every refused row shown in a
 * table. The same validation as the JSON API; bad input shows the form again with the reasons
 * at the fields (400); a post without the user's {@code _csrf} token or from another site is
 * refused ({@link FormGuard}, 403).
 */
@Controller
@RequestMapping("/api/projects/{projectCode}/activity")
public class ActivityFormController {

  /** Finnish names of the CSV columns, for the error table. */
  static final Map<String, String> COLUMNS = Map.ofEntries(Map.entry("date", "päivämäärä"),
      Map.entry("type", "tapahtuman tyyppi"), Map.entry("goalLevels", "tavoitetasot"),
      Map.entry("organizerRole", "järjestäjärooli"), Map.entry("officials", "viranhaltijat"),
      Map.entry("electedOfficials", "luottamushenkilöt"),
      Map.entry("ngoRepresentatives", "järjestöjen edustajat"),
      Map.entry("privateSector", "yksityinen sektori"), Map.entry("title", "tapahtuman nimi"),
      Map.entry("term", "toimintaluokitus"));

  /** Participant counts of the event form: name, label. */
  static final List<List<String>> COUNT_FIELDS = List.of(
      List.of("officials", "Julkisen sektorin viranhaltijat"),
      List.of("electedOfficials", "Luottamushenkilöt"),
      List.of("ngoRepresentatives", "Järjestöjen edustajat"),
      List.of("privateSector", "Yksityinen sektori"));

  /** Fields of the contacts form: name, label, kind (date | number | percent). */
  static final List<List<String>> CONTACT_FIELDS = List.of(
      List.of("periodStart", "Jakso alkaa", "date"),
      List.of("periodEnd", "Jakso päättyy", "date"),
      List.of("phoneCalls", "Puhelut", "number"),
      List.of("textMessages", "Tekstiviestit", "number"),
      List.of("networkEmails", "Verkostosähköpostit", "number"),
      List.of("personalEmails", "Henkilökohtaiset sähköpostit", "number"),
      List.of("publicSectorShare", "Sähköposteista julkiselle sektorille, %", "percent"),
      List.of("ngoShare", "Sähköposteista järjestöille, %", "percent"),
      List.of("privateSectorShare", "Sähköposteista yksityiselle sektorille, %", "percent"),
      List.of("individualsShare", "Sähköposteista yksityishenkilöille, %", "percent"));

  private final ProjectService projects;
  private final ProjectAccess access;
  private final ActivityService activity;
  private final EvaluationRecords evaluation;
  private final ActivityTerms taxonomy;
  private final Clock clock;

  private final FormGuard formGuard;

  public ActivityFormController(ProjectService projects, ProjectAccess access,
      ActivityService activity, EvaluationRecords evaluation, ActivityTerms taxonomy,
      Clock clock,
      FormGuard formGuard) {
    this.formGuard = formGuard;
    this.projects = projects;
    this.access = access;
    this.activity = activity;
    this.evaluation = evaluation;
    this.taxonomy = taxonomy;
    this.clock = clock;
  }

  @GetMapping("/form")
  public String form(@PathVariable String projectCode,
      @RequestParam(required = false) String saved, Model model, HttpServletResponse response) {
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    fill(model, project, Map.of(), Set.of(), List.of(), null);
    model.addAttribute("saved", savedText(saved));
    return "activity-form";
  }

  @PostMapping(path = "/form/event", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object postEvent(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
      HttpServletResponse response) {
    formGuard.check(request);
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    List<RowError> errors = new ArrayList<>();
    List<String> levels = form.getOrDefault("goalLevels", List.of());
    EventRecord event = ActivityEventCsv.validate(0, name -> {
      if (name.equals("goalLevels")) {
        return levels.isEmpty() ? null : String.join(";", levels);
      }
      String v = form.getFirst(name);
      return v == null || v.isBlank() ? null : v.trim();
    }, taxonomy::exists, errors);
    if (event == null) {
      return invalid(model, project, form, "event", errors.stream()
          .map(e -> new FieldError(e.field(), e.message())).toList(), HttpStatus.BAD_REQUEST);
    }
    try {
      activity.addEvent(project, event);
    } catch (ConflictException e) {
      return invalid(model, project, form, "event",
          List.of(new FieldError("title", e.getMessage())), HttpStatus.BAD_REQUEST);
    }
    return seeOther(projectCode, "form?saved=event");
  }

  @PostMapping(path = "/form/year", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object postYear(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
      HttpServletResponse response) {
    formGuard.check(request);
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    try {
      activity.saveYearFigures(project, integer(form, "year", true),
          integer(form, "reportedParticipantTotal", false),
          integer(form, "reportedEventCount", false));
    } catch (InvalidInputException e) {
      return invalid(model, project, form, "year", e.errors(), HttpStatus.BAD_REQUEST);
    }
    return seeOther(projectCode, "form?saved=year");
  }

  @PostMapping(path = "/form/contacts", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object postContacts(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
      HttpServletResponse response) {
    formGuard.check(request);
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    try {
      List<FieldError> parse = new ArrayList<>();
      LocalDate start = date(form, "periodStart", parse);
      LocalDate end = date(form, "periodEnd", parse);
      Integer phone = integer(form, "phoneCalls", parse);
      Integer sms = integer(form, "textMessages", parse);
      Integer network = integer(form, "networkEmails", parse);
      Integer personal = integer(form, "personalEmails", parse);
      BigDecimal pub = decimal(form, "publicSectorShare", parse);
      BigDecimal ngo = decimal(form, "ngoShare", parse);
      BigDecimal priv = decimal(form, "privateSectorShare", parse);
      BigDecimal ind = decimal(form, "individualsShare", parse);
      if (!parse.isEmpty()) {
        throw new InvalidInputException(parse);
      }
      evaluation.saveContacts(project, new ContactFigures(start, end, nz(phone), nz(sms),
          nz(network), nz(personal), pub, ngo, priv, ind));
    } catch (InvalidInputException e) {
      return invalid(model, project, form, "contacts", e.errors(), HttpStatus.BAD_REQUEST);
    }
    return seeOther(projectCode, "form?saved=contacts");
  }

  // ---- CSV upload ----

  @GetMapping("/import")
  public String importForm(@PathVariable String projectCode,
      @RequestParam(required = false) Integer rows, @RequestParam(required = false) Integer created,
      @RequestParam(required = false) Integer updated,
      @RequestParam(required = false) Integer unchanged, Model model,
      HttpServletResponse response) {
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    model.addAttribute("project", project);
    model.addAttribute("name", name(project));
    model.addAttribute("year", LocalDate.now(clock).getYear());
    if (rows != null) {
      model.addAttribute("result", new ActivityService.ImportResult(rows, nz(created),
          nz(updated), nz(unchanged)));
    }
    model.addAttribute("columns", COLUMNS);
    codes(model);
    return "activity-import";
  }

  /** The file of the form: all rows or none, as {@code POST …/activity-events}. */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public Object importFile(@PathVariable String projectCode,
      @RequestParam(name = "file", required = false) MultipartFile file,
      HttpServletRequest request, Model model, HttpServletResponse response) throws IOException {
    formGuard.check(request);
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    model.addAttribute("project", project);
    model.addAttribute("name", name(project));
    model.addAttribute("year", LocalDate.now(clock).getYear());
    model.addAttribute("columns", COLUMNS);
    codes(model);
    if (file == null || file.isEmpty()) {
      model.addAttribute("fileError", "Valitse tuotava CSV-tiedosto.");
      return new ModelAndView("activity-import", model.asMap(), HttpStatus.BAD_REQUEST);
    }
    model.addAttribute("fileName", file.getOriginalFilename());
    ActivityService.ImportResult result;
    try {
      result = activity.importCsv(project, file.getInputStream());
    } catch (CsvImportException e) {
      model.addAttribute("rowErrors", e.errors());
      // the box already says nothing was stored: here only how many places need fixing
      model.addAttribute("fileError", e.errors().size() == 1 ? "Tiedostossa on virhe yhdessä kohdassa."
          : "Tiedostossa on virheitä " + e.errors().size() + " kohdassa.");
      return new ModelAndView("activity-import", model.asMap(), HttpStatus.BAD_REQUEST);
    }
    return seeOther(projectCode, "import?rows=" + result.rows() + "&created=" + result.created()
        + "&updated=" + result.updated() + "&unchanged=" + result.unchanged());
  }

  // ---- helpers ----

  private ModelAndView invalid(Model model, FundedProject project,
      MultiValueMap<String, String> form, String which, List<FieldError> errors,
      HttpStatus status) {
    fill(model, project, form.toSingleValueMap(),
        new HashSet<>(form.getOrDefault("goalLevels", List.of())), errors, which);
    return new ModelAndView("activity-form", model.asMap(), status);
  }

  private void fill(Model model, FundedProject project, Map<String, String> values,
      Set<String> chosenLevels, List<FieldError> errors, String which) {
    model.addAttribute("project", project);
    model.addAttribute("name", name(project));
    model.addAttribute("year", LocalDate.now(clock).getYear());
    model.addAttribute("values", values);
    model.addAttribute("chosenLevels", chosenLevels);
    model.addAttribute("errors", FormErrors.byField(errors));
    model.addAttribute("errorSentences", FormErrors.sentences(errors));
    model.addAttribute("which", which);
    model.addAttribute("types", EventType.values());
    model.addAttribute("levels", GoalLevel.values());
    model.addAttribute("roles", OrganizerRole.values());
    model.addAttribute("terms", taxonomy.activeTermNames());
    model.addAttribute("noValues", Map.of());
    model.addAttribute("countFields", COUNT_FIELDS);
    model.addAttribute("contactFields", CONTACT_FIELDS);
  }

  private static void codes(Model model) {
    model.addAttribute("types", EventType.values());
    model.addAttribute("levels", GoalLevel.values());
    model.addAttribute("roles", OrganizerRole.values());
  }

  private static String savedText(String saved) {
    return saved == null ? null : switch (saved) {
      case "event" -> "tapahtuma";
      case "year" -> "vuoden ilmoitetut luvut";
      case "contacts" -> "yhteydenotot";
      default -> null;
    };
  }

  private static String name(FundedProject project) {
    return project.getName() == null ? project.getProjectCode() : project.getName();
  }

  private static ResponseEntity<Void> seeOther(String projectCode, String rest) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/api/projects/"
            + UriUtils.encodePathSegment(projectCode, StandardCharsets.UTF_8) + "/activity/"
            + rest)).build();
  }

  private FundedProject project(String projectCode) {
    FundedProject project = projects.get(projectCode);
    access.requireRead(project);
    return project;
  }

  private static Integer integer(MultiValueMap<String, String> form, String field,
      boolean required) {
    List<FieldError> errors = new ArrayList<>();
    Integer value = integer(form, field, errors);
    if (value == null && errors.isEmpty() && required) {
      errors.add(new FieldError(field, "arvo puuttuu"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return value;
  }

  private static Integer integer(MultiValueMap<String, String> form, String field,
      List<FieldError> errors) {
    String v = form.getFirst(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(v.trim().replace(" ", "").replace("\u00A0", ""));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "'" + v.trim() + "' ei ole kokonaisluku"));
      return null;
    }
  }

  private static BigDecimal decimal(MultiValueMap<String, String> form, String field,
      List<FieldError> errors) {
    String v = form.getFirst(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.add(new FieldError(field, "'" + v.trim() + "' ei ole luku"));
      return null;
    }
  }

  private static LocalDate date(MultiValueMap<String, String> form, String field,
      List<FieldError> errors) {
    String v = form.getFirst(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (RuntimeException e) {
      errors.add(new FieldError(field, "'" + v.trim() + "' ei ole päivämäärä VVVV-KK-PP"));
      return null;
    }
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }
}

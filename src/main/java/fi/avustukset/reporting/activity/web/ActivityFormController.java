package fi.avustukset.reporting.activity.web;

import fi.avustukset.platform.web.Html;

import static fi.avustukset.platform.web.Html.esc;

import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.web.ProjectAccess;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.activity.domain.ActivityEventCsv;
import fi.avustukset.reporting.activity.domain.ActivityService;
import fi.avustukset.reporting.activity.domain.ContactFigures;
import fi.avustukset.reporting.activity.domain.EvaluationRecords;
import fi.avustukset.reporting.activity.domain.EventRecord;
import fi.avustukset.reporting.activity.domain.EventType;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.activity.domain.OrganizerRole;
import fi.avustukset.reporting.activity.domain.RowError;
import fi.avustukset.reporting.activity.domain.ActivityTerms;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Entry of activity through a server-rendered HTML form (DOMAIN.md §8): one event at a time,
 * the totals reported for a year, the contacts of a period. The same validation as the CSV
 * import; bad input re-renders the form with the reasons (400). Form posts from another
 * origin are refused (the browser's HTTP Basic credentials must not be usable cross-site).
 */
@RestController
@RequestMapping("/api/projects/{projectCode}/activity/form")
public class ActivityFormController {

  private final ProjectService projects;
  private final ProjectAccess access;
  private final ActivityService activity;
  private final EvaluationRecords evaluation;
  private final ActivityTerms taxonomy;
  private final Clock clock;

  public ActivityFormController(ProjectService projects, ProjectAccess access,
      ActivityService activity, EvaluationRecords evaluation, ActivityTerms taxonomy,
      Clock clock) {
    this.projects = projects;
    this.access = access;
    this.activity = activity;
    this.evaluation = evaluation;
    this.taxonomy = taxonomy;
    this.clock = clock;
  }

  @GetMapping
  public ResponseEntity<String> form(@PathVariable String projectCode,
      @RequestParam(required = false) String saved) {
    FundedProject project = project(projectCode);
    return ActivityController.html(render(project, Map.of(), List.of(), saved));
  }

  @PostMapping(path = "/event", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> postEvent(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    sameOrigin(request);
    FundedProject project = project(projectCode);
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
      return invalid(project, form, errors.stream().map(e -> new FieldError(e.field(),
          e.message())).toList());
    }
    try {
      activity.addEvent(project, event);
    } catch (ConflictException e) {
      return invalid(project, form, List.of(new FieldError("title", e.getMessage())));
    }
    return seeOther(projectCode, "event");
  }

  @PostMapping(path = "/year", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> postYear(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    sameOrigin(request);
    FundedProject project = project(projectCode);
    try {
      activity.saveYearFigures(project, integer(form, "year", true),
          integer(form, "reportedParticipantTotal", false),
          integer(form, "reportedEventCount", false));
    } catch (InvalidInputException e) {
      return invalid(project, form, e.errors());
    }
    return seeOther(projectCode, "year");
  }

  @PostMapping(path = "/contacts", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<String> postContacts(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request) {
    sameOrigin(request);
    FundedProject project = project(projectCode);
    try {
      evaluation.saveContacts(project, new ContactFigures(date(form, "periodStart"),
          date(form, "periodEnd"), nz(integer(form, "phoneCalls", false)),
          nz(integer(form, "textMessages", false)), nz(integer(form, "networkEmails", false)),
          nz(integer(form, "personalEmails", false)), decimal(form, "publicSectorShare"),
          decimal(form, "ngoShare"), decimal(form, "privateSectorShare"),
          decimal(form, "individualsShare")));
    } catch (InvalidInputException e) {
      return invalid(project, form, e.errors());
    }
    return seeOther(projectCode, "contacts");
  }

  private ResponseEntity<String> invalid(FundedProject project, MultiValueMap<String, String> form,
      List<FieldError> errors) {
    return ResponseEntity.status(HttpStatus.BAD_REQUEST)
        .contentType(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8))
        .header("Content-Security-Policy", Html.CSP)
        .body(render(project, form.toSingleValueMap(), errors, null));
  }

  private static ResponseEntity<String> seeOther(String projectCode, String what) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/api/projects/" + projectCode + "/activity/form?saved=" + what))
        .build();
  }

  private String render(FundedProject project, Map<String, String> values,
      List<FieldError> errors, String saved) {
    int year = LocalDate.now(clock).getYear();
    StringBuilder b = new StringBuilder();
    String name = project.getName() == null ? project.getProjectCode() : project.getName();
    b.append("<h1>Kirjaa toimintaa: ").append(esc(name)).append("</h1><nav>")
        .append("<a href=\"../reports/annual.html?year=").append(year).append("\">Vuosiraportti ")
        .append(year).append("</a><a href=\"../reports/annual.html?year=").append(year - 1)
        .append("\">Vuosiraportti ").append(year - 1).append("</a></nav>");
    if (saved != null) {
      b.append("<p class=\"ok\" role=\"status\">Tallennettu (").append(esc(switch (saved) {
        case "event" -> "tapahtuma";
        case "year" -> "vuoden ilmoitetut luvut";
        case "contacts" -> "yhteydenotot";
        default -> saved;
      })).append(").</p>");
    }
    if (!errors.isEmpty()) {
      b.append("<div class=\"flag error\" role=\"alert\"><strong>Tarkista:</strong><ul>");
      for (FieldError e : errors) {
        b.append("<li>").append(esc(e.field() == null ? "" : e.field() + ": "))
            .append(esc(e.message())).append("</li>");
      }
      b.append("</ul></div>");
    }
    String base = "/api/projects/" + esc(project.getProjectCode()) + "/activity/form";
    b.append("<h2>Tapahtuma</h2><p class=\"muted\">Useita tapahtumia kerralla: CSV-tuonti "
        + "(README).</p><form method=\"post\" action=\"").append(base).append("/event\">")
        .append(input("Päivämäärä", "date", "date", values, true))
        .append(select("Tapahtuman tyyppi", "type", EventType.values(), values))
        .append("<fieldset><legend>Tavoitetasot (yksi tai useampi)</legend>");
    Set<String> chosen = Set.of(values.getOrDefault("goalLevels", "").split(";"));
    for (GoalLevel l : GoalLevel.values()) {
      b.append("<label><input type=\"checkbox\" name=\"goalLevels\" value=\"").append(l.name())
          .append("\"").append(chosen.contains(l.name()) ? " checked" : "").append("> ")
          .append(esc(l.finnish())).append("</label>");
    }
    b.append("</fieldset>")
        .append(select("Järjestäjärooli", "organizerRole", OrganizerRole.values(), values))
        .append(number("Viranhaltijat", "officials", values))
        .append(number("Luottamushenkilöt", "electedOfficials", values))
        .append(number("Järjestöjen edustajat", "ngoRepresentatives", values))
        .append(number("Yksityinen sektori", "privateSector", values))
        .append(input("Tapahtuman nimi", "title", "text", values, true))
        .append("<label>Toimintaluokitus (valinnainen) <select name=\"term\"><option value=\"\">–"
            + "</option>");
    for (var t : taxonomy.activeTermNames().entrySet()) {
      b.append("<option value=\"").append(esc(t.getKey())).append("\"")
          .append(t.getKey().equals(values.get("term")) ? " selected" : "").append(">")
          .append(esc(t.getValue())).append("</option>");
    }
    b.append("</select></label><button type=\"submit\">Tallenna tapahtuma</button></form>");

    b.append("<h2>Vuoden ilmoitetut yhteisluvut</h2><p class=\"muted\">Raportissa ilmoitetut "
        + "yhteismäärät; vuosiraportti näyttää ne tapahtumista laskettujen rinnalla ja merkitsee "
        + "erot.</p><form method=\"post\" action=\"").append(base).append("/year\">")
        .append(input("Vuosi", "year", "number", values, true))
        .append(number("Osallistujia yhteensä (ilmoitettu)", "reportedParticipantTotal", values))
        .append(number("Tapahtumia yhteensä (ilmoitettu)", "reportedEventCount", values))
        .append("<button type=\"submit\">Tallenna</button></form>");

    b.append("<h2>Yhteydenotot jaksolla</h2><form method=\"post\" action=\"").append(base)
        .append("/contacts\">")
        .append(input("Jakso alkaa", "periodStart", "date", values, true))
        .append(input("Jakso päättyy", "periodEnd", "date", values, true))
        .append(number("Puhelut", "phoneCalls", values))
        .append(number("Tekstiviestit", "textMessages", values))
        .append(number("Verkostosähköpostit", "networkEmails", values))
        .append(number("Henkilökohtaiset sähköpostit", "personalEmails", values))
        .append(percent("Julkiselle sektorille %", "publicSectorShare", values))
        .append(percent("Järjestöille %", "ngoShare", values))
        .append(percent("Yksityiselle sektorille %", "privateSectorShare", values))
        .append(percent("Yksityishenkilöille %", "individualsShare", values))
        .append("<button type=\"submit\">Tallenna yhteydenotot</button></form>");
    return Html.page("Kirjaa toimintaa – " + name, b.toString());
  }

  private static String input(String label, String name, String type, Map<String, String> values,
      boolean required) {
    return "<label>" + esc(label) + " <input type=\"" + type + "\" name=\"" + name + "\" value=\""
        + esc(values.getOrDefault(name, "")) + "\"" + (required ? " required" : "")
        + (type.equals("text") ? " maxlength=\"300\"" : "") + "></label>";
  }

  private static String number(String label, String name, Map<String, String> values) {
    return "<label>" + esc(label) + " <input type=\"number\" min=\"0\" step=\"1\" name=\"" + name
        + "\" value=\"" + esc(values.getOrDefault(name, "")) + "\"></label>";
  }

  private static String percent(String label, String name, Map<String, String> values) {
    return "<label>" + esc(label) + " <input type=\"number\" min=\"0\" max=\"100\" step=\"0.1\""
        + " name=\"" + name + "\" value=\"" + esc(values.getOrDefault(name, "")) + "\"></label>";
  }

  private static String select(String label, String name, Enum<?>[] options,
      Map<String, String> values) {
    StringBuilder b = new StringBuilder("<label>" + esc(label) + " <select name=\"" + name
        + "\" required><option value=\"\">–</option>");
    for (Enum<?> o : options) {
      String finnish = o instanceof EventType t ? t.finnish()
          : o instanceof OrganizerRole r ? r.finnish() : o.name();
      b.append("<option value=\"").append(o.name()).append("\"")
          .append(o.name().equals(values.get(name)) ? " selected" : "").append(">")
          .append(esc(finnish)).append("</option>");
    }
    return b.append("</select></label>").toString();
  }

  /** Refuses a form post whose Origin (when the browser sends one) is another site. */
  static void sameOrigin(HttpServletRequest request) {
    String origin = request.getHeader(HttpHeaders.ORIGIN);
    if (origin == null) {
      return;
    }
    String host = request.getHeader(HttpHeaders.HOST);
    URI uri;
    try {
      uri = URI.create(origin);
    } catch (IllegalArgumentException e) {
      throw new ForbiddenException("Lomake lähetettiin toiselta sivustolta");
    }
    String originHost = uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    if (host == null || !host.equalsIgnoreCase(originHost)) {
      throw new ForbiddenException("Lomake lähetettiin toiselta sivustolta");
    }
  }

  private FundedProject project(String projectCode) {
    FundedProject project = projects.get(projectCode);
    access.requireRead(project);
    return project;
  }

  private static Integer integer(MultiValueMap<String, String> form, String field,
      boolean required) {
    String v = form.getFirst(field);
    if (v == null || v.isBlank()) {
      if (required) {
        throw new InvalidInputException(field, "arvo puuttuu");
      }
      return null;
    }
    try {
      return Integer.valueOf(v.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "'" + v + "' ei ole kokonaisluku");
    }
  }

  private static BigDecimal decimal(MultiValueMap<String, String> form, String field) {
    String v = form.getFirst(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(v.trim().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new InvalidInputException(field, "'" + v + "' ei ole luku");
    }
  }

  private static LocalDate date(MultiValueMap<String, String> form, String field) {
    String v = form.getFirst(field);
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(v.trim());
    } catch (RuntimeException e) {
      throw new InvalidInputException(field, "'" + v + "' ei ole päivämäärä VVVV-KK-PP");
    }
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }
}

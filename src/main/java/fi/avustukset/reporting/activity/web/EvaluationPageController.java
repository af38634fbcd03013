package fi.avustukset.reporting.activity.web;

import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.web.FormErrors;
import fi.avustukset.platform.web.FormGuard;
import fi.avustukset.platform.web.PageHeaders;
import fi.avustukset.reporting.activity.domain.ActivityEvent;
import fi.avustukset.reporting.activity.domain.ActivityService;
import fi.avustukset.reporting.activity.domain.EvaluationRecords;
import fi.avustukset.reporting.activity.domain.EventRecord;
import fi.avustukset.reporting.activity.domain.FeedbackRatings;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.activity.domain.SurveyResult;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.project.web.ProjectAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * Feedback on events, surveys and the staff's quality self-assessment of a funded project as
 * forms (template {@code evaluation.html}; DOMAIN.md §8) — the same rules as the JSON API
 * ({@code PUT …/feedback/{goalLevel}}, {@code PUT …/surveys/{code}}) and the same access as the
 * events. A self-assessment is a survey with audience STAFF (33 statements, twice a year).
 */
@Controller
@RequestMapping("/api/projects/{projectCode}")
public class EvaluationPageController {

  static final int SURVEY_ROWS = 10;
  static final int SELF_ASSESSMENT_ROWS = 33;
  static final int MAX_ROWS = 60;
  private static final Pattern STATEMENT = Pattern.compile("^statements\\[(\\d+)\\]");

  /** An event of the year to choose for feedback. */
  public record EventOption(long id, String label, List<GoalLevel> levels) {}

  private final ProjectService projects;
  private final ProjectAccess access;
  private final ActivityService activity;
  private final EvaluationRecords evaluation;
  private final Clock clock;

  private final FormGuard formGuard;

  public EvaluationPageController(ProjectService projects, ProjectAccess access,
      ActivityService activity, EvaluationRecords evaluation, Clock clock,
      FormGuard formGuard) {
    this.formGuard = formGuard;
    this.projects = projects;
    this.access = access;
    this.activity = activity;
    this.evaluation = evaluation;
    this.clock = clock;
  }

  @GetMapping("/evaluation.html")
  public String page(@PathVariable String projectCode, @RequestParam(required = false) Integer year,
      @RequestParam(required = false) Integer rows, @RequestParam(required = false) String audience,
      @RequestParam(required = false) String saved, Model model, HttpServletResponse response) {
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    Map<String, String> values = new HashMap<>();
    if ("STAFF".equals(audience)) {
      values.put("audience", "STAFF");
      values.put("name", "Laadun itsearviointi");
    }
    fill(model, project, year(year), rows == null ? ("STAFF".equals(audience)
        ? SELF_ASSESSMENT_ROWS : SURVEY_ROWS) : rows, values, null, List.of());
    model.addAttribute("saved", "feedback".equals(saved) ? "palaute"
        : "survey".equals(saved) ? "kysely" : null);
    return "evaluation";
  }

  @PostMapping(path = "/evaluation/feedback", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object feedback(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
      HttpServletResponse response) {
    formGuard.check(request);
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    Map<String, String> values = form.toSingleValueMap();
    int year = year(parseInt(values.get("year")));
    List<FieldError> errors = new ArrayList<>();
    Long eventId = null;
    try {
      eventId = Long.valueOf(String.valueOf(values.get("eventId")).trim());
    } catch (NumberFormatException e) {
      errors.add(new FieldError("eventId", "valitse tapahtuma"));
    }
    GoalLevel level = null;
    try {
      level = GoalLevel.valueOf(String.valueOf(values.get("goalLevel")));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("goalLevel", "valitse tavoitetaso"));
    }
    int[] counts = new int[5];
    for (int i = 1; i <= 5; i++) {
      String v = values.get("rating" + i);
      if (v == null || v.isBlank()) {
        continue;
      }
      Integer n = parseInt(v);
      if (n == null) {
        errors.add(new FieldError("ratings." + i, "'" + v.trim() + "' ei ole kokonaisluku"));
      } else {
        counts[i - 1] = n;
      }
    }
    try {
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      evaluation.saveFeedback(project, eventId, new FeedbackRatings(level, counts[0], counts[1],
          counts[2], counts[3], counts[4]));
    } catch (InvalidInputException e) {
      fill(model, project, year, SURVEY_ROWS, values, "feedback", e.errors());
      return new ModelAndView("evaluation", model.asMap(), HttpStatus.BAD_REQUEST);
    }
    return seeOther(projectCode, year, "feedback");
  }

  @PostMapping(path = "/evaluation/survey", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object survey(@PathVariable String projectCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
      HttpServletResponse response) {
    formGuard.check(request);
    FundedProject project = project(projectCode);
    PageHeaders.noScripts(response);
    Map<String, String> values = form.toSingleValueMap();
    int rows = Math.min(MAX_ROWS, Math.max(1, nz(parseInt(values.get("rows")), SURVEY_ROWS)));
    List<FieldError> errors = new ArrayList<>();
    List<SurveyResult.Statement> statements = new ArrayList<>();
    List<Integer> rowOf = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      String text = values.get("statements[" + i + "].text");
      String mean = values.get("statements[" + i + "].mean");
      String n = values.get("statements[" + i + "].responses");
      if (blank(text) && blank(mean) && blank(n)) {
        continue;
      }
      BigDecimal m = null;
      if (!blank(mean)) {
        try {
          m = new BigDecimal(mean.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
          errors.add(new FieldError("statements[" + i + "].mean", "'" + mean.trim()
              + "' ei ole luku"));
        }
      }
      Integer responses = blank(n) ? null : parseInt(n);
      if (!blank(n) && responses == null) {
        errors.add(new FieldError("statements[" + i + "].responses", "'" + n.trim()
            + "' ei ole kokonaisluku"));
      }
      statements.add(new SurveyResult.Statement(text, m,
          responses));
      rowOf.add(i);
    }
    SurveyResult.Audience audience = null;
    try {
      audience = SurveyResult.Audience.valueOf(String.valueOf(values.get("audience")));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("audience", "valitse vastaajat"));
    }
    SurveyResult.Phase phase = null;
    try {
      phase = SurveyResult.Phase.valueOf(String.valueOf(values.get("phase")));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("phase", "valitse kyselyn vaihe"));
    }
    LocalDate conductedOn = null;
    if (!blank(values.get("conductedOn"))) {
      try {
        conductedOn = LocalDate.parse(values.get("conductedOn").trim());
      } catch (RuntimeException e) {
        errors.add(new FieldError("conductedOn", "'" + values.get("conductedOn").trim()
            + "' ei ole päivämäärä VVVV-KK-PP"));
      }
    }
    Integer invited = parseInt(values.get("invited"));
    if (!blank(values.get("invited")) && invited == null) {
      errors.add(new FieldError("invited", "ei ole kokonaisluku"));
    }
    Integer respondents = parseInt(values.get("respondents"));
    if (!blank(values.get("respondents")) && respondents == null) {
      errors.add(new FieldError("respondents", "ei ole kokonaisluku"));
    }
    String code = values.get("surveyCode") == null ? null : values.get("surveyCode").trim();
    int year = conductedOn == null ? year(null) : conductedOn.getYear();
    try {
      if (!errors.isEmpty()) {
        throw new InvalidInputException(errors);
      }
      evaluation.saveSurvey(project, new SurveyResult(code, values.get("name"), audience, phase,
          conductedOn, invited, nz(respondents, 0), statements));
    } catch (InvalidInputException e) {
      List<FieldError> mapped = e.errors().stream().map(f -> toRow(f, rowOf)).toList();
      fill(model, project, year, rows, values, "survey", mapped);
      return new ModelAndView("evaluation", model.asMap(), HttpStatus.BAD_REQUEST);
    }
    return seeOther(projectCode, year, "survey");
  }

  private void fill(Model model, FundedProject project, int year, int rows,
      Map<String, String> values, String which, List<FieldError> errors) {
    List<EventOption> events = new ArrayList<>();
    for (ActivityEvent e : activity.events(project, year)) {
      EventRecord r = e.toRecord();
      events.add(new EventOption(e.getId(), r.date() + " " + r.title(),
          r.goalLevels().stream().sorted().toList()));
    }
    model.addAttribute("project", project);
    model.addAttribute("name", project.getName() == null ? project.getProjectCode()
        : project.getName());
    model.addAttribute("year", year);
    model.addAttribute("events", events);
    model.addAttribute("levels", GoalLevel.values());
    model.addAttribute("audiences", SurveyResult.Audience.values());
    model.addAttribute("phases", SurveyResult.Phase.values());
    model.addAttribute("surveys", evaluation.surveys(project.getProjectCode(), year));
    int n = Math.min(MAX_ROWS, Math.max(1, rows));
    model.addAttribute("rows", n);
    model.addAttribute("rowIndexes", IntStream.range(0, n).boxed().toList());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("which", which);
    model.addAttribute("errors", FormErrors.byField(errors));
    model.addAttribute("errorSentences", FormErrors.sentences(errors.stream()
        .map(EvaluationPageController::labelled).toList()));
    model.addAttribute("view", new Names());
    model.addAttribute("noValues", Map.of());
    model.addAttribute("ratingNumbers", List.of(1, 2, 3, 4, 5));
  }

  /** Finnish names of the survey codes for the template. */
  public static final class Names {
    public String audience(SurveyResult.Audience a) {
      return AnnualReportPage.audienceName(a);
    }

    public String phase(SurveyResult.Phase p) {
      return AnnualReportPage.phaseName(p);
    }
  }

  static FieldError toRow(FieldError e, List<Integer> rowOf) {
    if (e.field() == null) {
      return e;
    }
    Matcher m = STATEMENT.matcher(e.field());
    if (!m.find()) {
      return e;
    }
    int k = Integer.parseInt(m.group(1));
    int row = k < rowOf.size() ? rowOf.get(k) : k;
    return new FieldError("statements[" + row + "]" + e.field().substring(m.end()), e.message());
  }

  static FieldError labelled(FieldError e) {
    String f = e.field() == null ? "" : e.field();
    Matcher m = Pattern.compile("^statements\\[(\\d+)\\]\\.(\\w+)$").matcher(f);
    if (m.matches()) {
      String what = switch (m.group(2)) {
        case "text" -> "väittämä";
        case "mean" -> "keskiarvo";
        default -> "vastauksia";
      };
      return new FieldError(null, "Rivi " + (Integer.parseInt(m.group(1)) + 1) + ", " + what
          + ": " + e.message());
    }
    String label = switch (f) {
      case "eventId" -> "Tapahtuma";
      case "goalLevel" -> "Tavoitetaso";
      case "ratings" -> "Arviot";
      case "surveyCode" -> "Kyselyn tunnus";
      case "name" -> "Kyselyn nimi";
      case "audience" -> "Vastaajat";
      case "phase" -> "Vaihe";
      case "conductedOn" -> "Päivämäärä";
      case "invited" -> "Kutsuttuja";
      case "respondents" -> "Vastaajia";
      case "statements" -> "Väittämät";
      default -> f.startsWith("ratings.") ? "Arvio " + f.substring(8) : null;
    };
    return label == null ? e : new FieldError(null, label + ": " + e.message());
  }

  private int year(Integer year) {
    return year == null ? LocalDate.now(clock).getYear() - 1 : year;
  }

  private static ResponseEntity<Void> seeOther(String projectCode, int year, String saved) {
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/api/projects/"
        + UriUtils.encodePathSegment(projectCode, StandardCharsets.UTF_8)
        + "/evaluation.html?year=" + year + "&saved=" + saved)).build();
  }

  private FundedProject project(String projectCode) {
    FundedProject project = projects.get(projectCode);
    access.requireRead(project);
    return project;
  }

  private static Integer parseInt(String v) {
    if (v == null || v.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(v.trim().replace(" ", "").replace("\u00A0", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static int nz(Integer v, int otherwise) {
    return v == null ? otherwise : v;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

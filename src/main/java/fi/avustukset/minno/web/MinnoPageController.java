package fi.avustukset.minno.web;

import fi.avustukset.minno.domain.ChallengeLanguage;
import fi.avustukset.minno.domain.MinnoSummaryService;
import fi.avustukset.minno.domain.Registration;
import fi.avustukset.minno.domain.RegistrationService;
import fi.avustukset.minno.domain.StudentField;
import fi.avustukset.minno.process.MinnoWorkflow;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.web.FormErrors;
import fi.avustukset.platform.web.FormGuard;
import fi.avustukset.platform.web.PageHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * The MINNO pages (CONTRACT.md "MINNO rounds"): the rounds with their registration windows, an
 * NGO's registration form (the same input and rules as {@code POST …/registrations}), the
 * registrations the user may see and one registration read-only, the round summary and the
 * comparison of rounds. Success redirects (303); a refused post shows the form again with the
 * Finnish message at each field (400, nothing recorded).
 */
@Controller
@RequestMapping("/api/minno")
public class MinnoPageController {

  /** Challenge blocks on the form (RegistrationService allows at most five). */
  static final int CHALLENGE_BLOCKS = 5;
  private static final Pattern CHALLENGE_FIELD = Pattern.compile("^challenges\\[(\\d+)\\]");

  private final MinnoWorkflow workflow;
  private final RegistrationService registrations;
  private final MinnoSummaryService summaries;
  private final MinnoAccess access;
  private final MinnoSummaryPage view = new MinnoSummaryPage();

  private final FormGuard formGuard;

  public MinnoPageController(MinnoWorkflow workflow, RegistrationService registrations,
      MinnoSummaryService summaries, MinnoAccess access,
      FormGuard formGuard) {
    this.formGuard = formGuard;
    this.workflow = workflow;
    this.registrations = registrations;
    this.summaries = summaries;
    this.access = access;
  }

  @GetMapping("/{roundCode}/summary.html")
  public String summaryPage(@PathVariable String roundCode, Model model,
      HttpServletResponse response) {
    access.requireReader();
    PageHeaders.noScripts(response);
    model.addAttribute("s", summaries.summary(roundCode));
    model.addAttribute("view", view);
    return "minno-summary";
  }

  @GetMapping("/comparison.html")
  public String comparisonPage(Model model, HttpServletResponse response) {
    access.requireReader();
    PageHeaders.noScripts(response);
    model.addAttribute("rounds", summaries.comparison());
    return "minno-comparison";
  }

  /** Every round with its registration window; where registration is open, the form's link. */
  @GetMapping("/rounds.html")
  public String rounds(Model model, HttpServletResponse response) {
    if (!access.isReader() && !access.mayRegister()) {
      throw new ForbiddenException("Ei oikeutta MINNO-kierroksiin");
    }
    PageHeaders.noScripts(response);
    List<MinnoSummaryService.RoundSummary> rounds = new ArrayList<>(summaries.comparison());
    java.util.Collections.reverse(rounds); // newest first
    model.addAttribute("rounds", rounds);
    model.addAttribute("reader", access.isReader());
    model.addAttribute("mayRegister", access.mayRegister());
    return "minno-rounds";
  }

  @GetMapping("/{roundCode}/registration.html")
  public String registrationForm(@PathVariable String roundCode, Model model,
      HttpServletResponse response) {
    if (!access.mayRegister()) {
      throw new ForbiddenException("Ilmoittautua voivat järjestöt (hakijat) ja MINNO-koordinaattori");
    }
    PageHeaders.noScripts(response);
    fillForm(roundCode, model, Map.of(), List.of());
    return "minno-registration-form";
  }

  @PostMapping(value = "/{roundCode}/registration.html",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object register(@PathVariable String roundCode,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model,
      HttpServletResponse response) {
    formGuard.check(request);
    PageHeaders.noScripts(response);
    Map<String, String> values = form.toSingleValueMap();
    List<RegistrationService.ChallengeInput> challenges = new ArrayList<>();
    List<Integer> blockOf = new ArrayList<>();
    for (int i = 0; i < CHALLENGE_BLOCKS; i++) {
      String p = "challenges[" + i + "].";
      String title = values.get(p + "title");
      String description = values.get(p + "description");
      if (blank(title) && blank(description)) {
        continue; // an unused block
      }
      challenges.add(new RegistrationService.ChallengeInput(title, description,
          values.get(p + "language"), values.get(p + "studentField")));
      blockOf.add(i);
    }
    Registration saved;
    try {
      MinnoAccess.Organization organization = access.registrant(values.get("organizationName"));
      saved = workflow.register(roundCode, new RegistrationService.RegistrationInput(
          organization.name(), values.get("contactEmail"), challenges),
          organization.businessId(), access.userId());
    } catch (InvalidInputException e) {
      List<FieldError> errors = e.errors().stream().map(f -> toBlock(f, blockOf)).toList();
      fillForm(roundCode, model, values, errors);
      return new ModelAndView("minno-registration-form", model.asMap(), HttpStatus.BAD_REQUEST);
    } catch (ConflictException e) {
      fillForm(roundCode, model, values, List.of(new FieldError("round", e.getMessage())));
      return new ModelAndView("minno-registration-form", model.asMap(), HttpStatus.CONFLICT);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/api/minno/"
        + UriUtils.encodePathSegment(roundCode, StandardCharsets.UTF_8) + "/registrations/"
        + saved.getRegistrationNumber() + ".html?uusi=1")).build();
  }

  @GetMapping("/{roundCode}/registrations.html")
  public String registrationList(@PathVariable String roundCode, Model model,
      HttpServletResponse response) {
    access.requireRegistrationsReader();
    PageHeaders.noScripts(response);
    var round = summaries.summary(roundCode);
    model.addAttribute("round", round);
    model.addAttribute("registrations", registrations.ofRound(roundCode).stream()
        .filter(access::maySee).toList());
    model.addAttribute("reader", access.isReader());
    model.addAttribute("mayRegister", access.mayRegister());
    return "minno-registrations";
  }

  @GetMapping("/{roundCode}/registrations/{number}.html")
  public String registrationPage(@PathVariable String roundCode, @PathVariable int number,
      @RequestParam(name = "uusi", required = false) String created, Model model,
      HttpServletResponse response) {
    access.requireRegistrationsReader();
    PageHeaders.noScripts(response);
    Registration registration = registrations.ofRound(roundCode).stream()
        .filter(r -> r.getRegistrationNumber() == number).findFirst()
        .orElseThrow(() -> new NotFoundException("Ilmoittautumista " + roundCode + "-" + number
            + " ei ole"));
    if (!access.maySee(registration)) {
      throw new ForbiddenException("Ei oikeutta toisen järjestön ilmoittautumiseen");
    }
    model.addAttribute("round", summaries.summary(roundCode));
    model.addAttribute("r", registration);
    model.addAttribute("created", created != null);
    return "minno-registration";
  }

  private void fillForm(String roundCode, Model model, Map<String, String> values,
      List<FieldError> errors) {
    model.addAttribute("round", summaries.summary(roundCode));
    model.addAttribute("open", "REGISTRATION_OPEN".equals(summaries.summary(roundCode).status()));
    model.addAttribute("coordinator", access.isCoordinator());
    model.addAttribute("organizations", access.organizations());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("blocks", java.util.stream.IntStream.range(0, CHALLENGE_BLOCKS).boxed().toList());
    model.addAttribute("languages", ChallengeLanguage.values());
    model.addAttribute("studentFields", StudentField.values());
    model.addAttribute("errors", FormErrors.byField(errors));
    model.addAttribute("errorSentences", FormErrors.sentences(errors.stream()
        .map(MinnoPageController::labelled).toList()));
  }

  /** challenges[k] of the submitted list → challenges[block] of the form. */
  static FieldError toBlock(FieldError e, List<Integer> blockOf) {
    if (e.field() == null) {
      return e;
    }
    Matcher m = CHALLENGE_FIELD.matcher(e.field());
    if (!m.find()) {
      return e;
    }
    int k = Integer.parseInt(m.group(1));
    int block = k < blockOf.size() ? blockOf.get(k) : k;
    return new FieldError("challenges[" + block + "]" + e.field().substring(m.end()), e.message());
  }

  /** The summary sentence names the challenge and the field in Finnish. */
  static FieldError labelled(FieldError e) {
    String f = e.field() == null ? "" : e.field();
    Matcher m = Pattern.compile("^challenges\\[(\\d+)\\]\\.(\\w+)$").matcher(f);
    if (m.matches()) {
      String what = switch (m.group(2)) {
        case "title" -> "otsikko";
        case "description" -> "kuvaus";
        case "language" -> "kieli";
        case "studentField" -> "opiskelijoiden ala";
        default -> m.group(2);
      };
      return new FieldError(null, "Haaste " + (Integer.parseInt(m.group(1)) + 1) + ", " + what
          + ": " + e.message());
    }
    String label = switch (f) {
      case "organizationName" -> "Järjestö";
      case "contactEmail" -> "Yhteyshenkilön sähköposti";
      case "challenges" -> "Haasteet";
      case "round" -> "Kierros";
      default -> null;
    };
    return label == null ? e : new FieldError(null, label + ": " + e.message());
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}

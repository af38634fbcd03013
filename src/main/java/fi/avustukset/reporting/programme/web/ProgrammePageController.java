package fi.avustukset.reporting.programme.web;

import fi.avustukset.platform.errors.Concurrent;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.web.FormErrors;
import fi.avustukset.platform.web.FormGuard;
import fi.avustukset.platform.web.PageHeaders;
import fi.avustukset.reporting.programme.domain.ProgrammeRegistry;
import fi.avustukset.reporting.programme.domain.ProgrammeService;
import fi.avustukset.reporting.project.web.ProjectAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriUtils;

/**
 * The programme registry as a page ({@code programmes.html}): every programme with its projects
 * count and a form registering a new one — the same rules as {@code PUT /api/programmes/{code}}
 * ({@link ProgrammeRegistry}), project staff only, the form guarded by {@link FormGuard}.
 * Success redirects (303); a refused post shows the form again with the Finnish message at each
 * field (400; an existing code 409), nothing written.
 */
@Controller
public class ProgrammePageController {

  private final ProgrammeRegistry registry;
  private final ProgrammeService programmes;
  private final ProjectAccess access;
  private final FormGuard formGuard;
  private final Clock clock;

  public ProgrammePageController(ProgrammeRegistry registry, ProgrammeService programmes,
      ProjectAccess access, FormGuard formGuard, Clock clock) {
    this.registry = registry;
    this.programmes = programmes;
    this.access = access;
    this.formGuard = formGuard;
    this.clock = clock;
  }

  @GetMapping("/api/programmes.html")
  public String list(@RequestParam(name = "luotu", required = false) String created, Model model,
      HttpServletResponse response) {
    access.requireStaff();
    PageHeaders.noScripts(response);
    fill(model, Map.of(), List.of());
    model.addAttribute("created", created == null ? null : registry.find(created).orElse(null));
    return "programmes";
  }

  @PostMapping(value = "/api/programmes.html",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object create(@RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request, Model model, HttpServletResponse response) {
    formGuard.check(request);
    access.requireStaff();
    PageHeaders.noScripts(response);
    Map<String, String> values = form.toSingleValueMap();
    String code = values.get("code") == null || values.get("code").isBlank() ? null
        : values.get("code").strip();
    if (code == null) {
      return invalid(model, values, List.of(new FieldError("code", "Ohjelman tunnus puuttuu")),
          HttpStatus.BAD_REQUEST);
    }
    try {
      // a create that lost a race to the same code is retried and then finds it (409)
      Concurrent.retryOnRace(() -> registry.create(code, new ProgrammeRegistry.ProgrammeData(
          values.get("name"), values.get("funder"), values.get("coordinator"))));
    } catch (InvalidInputException e) {
      return invalid(model, values, e.errors(), HttpStatus.BAD_REQUEST);
    } catch (ConflictException e) {
      return invalid(model, values, List.of(new FieldError("code", e.getMessage())),
          HttpStatus.CONFLICT);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(
        "/api/programmes.html?luotu=" + UriUtils.encodeQueryParam(code, StandardCharsets.UTF_8)))
        .build();
  }

  private ModelAndView invalid(Model model, Map<String, String> values, List<FieldError> errors,
      HttpStatus status) {
    fill(model, values, errors);
    return new ModelAndView("programmes", model.asMap(), status);
  }

  private void fill(Model model, Map<String, String> values, List<FieldError> errors) {
    model.addAttribute("programmes", programmes.programmes());
    model.addAttribute("year", LocalDate.now(clock).getYear());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("errors", FormErrors.byField(errors));
    model.addAttribute("errorSentences", FormErrors.sentences(errors));
  }
}

package fi.avustukset.grant.conflict.web;

import fi.avustukset.grant.conflict.domain.ConflictOfInterest;
import fi.avustukset.grant.conflict.domain.ConflictService;
import fi.avustukset.platform.errors.Concurrent;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.identity.Organizations;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.web.FormErrors;
import fi.avustukset.platform.web.FormGuard;
import fi.avustukset.platform.web.PageHeaders;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
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

/**
 * Declaring and withdrawing conflicts of interest (E11) on a page ({@code conflicts.html}): any
 * staff member declares and withdraws their own; preparers, managers and admins also record
 * them for others (as {@code POST /api/conflicts}). Applicants are refused.
 */
@Controller
public class ConflictPageController {

  private final ConflictService conflicts;
  private final CurrentUser currentUser;
  private final IdentityService identityService;

  private final FormGuard formGuard;

  public ConflictPageController(ConflictService conflicts, CurrentUser currentUser,
      IdentityService identityService,
      FormGuard formGuard) {
    this.formGuard = formGuard;
    this.conflicts = conflicts;
    this.currentUser = currentUser;
    this.identityService = identityService;
  }

  /** A declaration as the page shows it, with the organisation's name when known. */
  public record Line(ConflictOfInterest conflict, String organizationName, boolean mayWithdraw) {}

  @GetMapping("/api/conflicts.html")
  public String page(@RequestParam(name = "tallennettu", required = false) String saved,
      @RequestParam(name = "peruttu", required = false) String withdrawn, Model model,
      HttpServletResponse response) {
    requireStaff();
    PageHeaders.noScripts(response);
    Map<String, String> values = new HashMap<>();
    values.put("userId", currentUser.userId());
    fill(model, values, List.of());
    model.addAttribute("saved", saved != null);
    model.addAttribute("withdrawn", withdrawn != null);
    return "conflicts";
  }

  @PostMapping(value = "/api/conflicts.html", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public Object declare(@RequestParam MultiValueMap<String, String> form, HttpServletRequest request,
      Model model, HttpServletResponse response) {
    formGuard.check(request);
    requireStaff();
    PageHeaders.noScripts(response);
    Map<String, String> values = form.toSingleValueMap();
    String userId = mayRecordForOthers() ? trimmed(values.get("userId")) : currentUser.userId();
    String businessId = trimmed(values.get("businessId"));
    try {
      if (userId != null && userId.matches("[A-Za-z0-9]{1,64}") && !userExists(userId)) {
        throw new InvalidInputException("userId", "käyttäjää " + userId + " ei ole");
      }
      Concurrent.retryOnRace(() -> conflicts.declareOnce(userId, businessId, values.get("reason"),
          currentUser.userId()));
    } catch (InvalidInputException e) {
      fill(model, values, e.errors());
      return new ModelAndView("conflicts", model.asMap(), HttpStatus.BAD_REQUEST);
    }
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/api/conflicts.html?tallennettu=1")).build();
  }

  @PostMapping(value = "/api/conflicts/withdraw.html",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  public ResponseEntity<Void> withdraw(@RequestParam MultiValueMap<String, String> form,
      HttpServletRequest request) {
    formGuard.check(request);
    requireStaff();
    String userId = trimmed(form.getFirst("userId"));
    if (userId == null || (!userId.equals(currentUser.userId()) && !mayRecordForOthers())) {
      throw new ForbiddenException("Voit perua vain oman esteellisyysilmoituksesi");
    }
    conflicts.withdraw(userId, trimmed(form.getFirst("businessId")), currentUser.userId());
    return ResponseEntity.status(HttpStatus.SEE_OTHER)
        .location(URI.create("/api/conflicts.html?peruttu=1")).build();
  }

  private void fill(Model model, Map<String, String> values, List<FieldError> errors) {
    Map<String, String> orgs = organizations();
    boolean all = mayRecordForOthers();
    List<Line> lines = conflicts.list(null).stream()
        .filter(c -> all || c.getUserId().equals(currentUser.userId()))
        .sorted(Comparator.comparing(ConflictOfInterest::getUserId)
            .thenComparing(ConflictOfInterest::getBusinessId))
        .map(c -> new Line(c, orgs.get(c.getBusinessId()),
            all || c.getUserId().equals(currentUser.userId())))
        .toList();
    model.addAttribute("lines", lines);
    model.addAttribute("organizations", orgs);
    model.addAttribute("forOthers", all);
    model.addAttribute("me", currentUser.userId());
    model.addAttribute("values", new HashMap<>(values));
    model.addAttribute("errors", FormErrors.byField(errors));
    model.addAttribute("errorSentences", FormErrors.sentences(errors));
  }

  /** Y-tunnus → name of every organisation group, read without the caller's rights. */
  private Map<String, String> organizations() {
    var authentication = identityService.getCurrentAuthentication();
    try {
      identityService.clearAuthentication();
      Map<String, String> out = new LinkedHashMap<>();
      for (Group g : identityService.createGroupQuery().groupType(Groups.ORGANIZATION_TYPE)
          .orderByGroupName().asc().list()) {
        Organizations.businessId(g.getId()).ifPresent(b -> out.put(b,
            g.getName() == null ? g.getId() : g.getName()));
      }
      return out;
    } finally {
      if (authentication != null) {
        identityService.setAuthentication(authentication);
      }
    }
  }

  private boolean userExists(String userId) {
    var authentication = identityService.getCurrentAuthentication();
    try {
      identityService.clearAuthentication();
      return identityService.createUserQuery().userId(userId).count() > 0;
    } finally {
      if (authentication != null) {
        identityService.setAuthentication(authentication);
      }
    }
  }

  private boolean mayRecordForOthers() {
    return currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.CAMUNDA_ADMIN);
  }

  private void requireStaff() {
    if (currentUser.isApplicantOnly() || currentUser.groups().isEmpty()) {
      throw new ForbiddenException("Esteellisyystiedot ovat vain henkilöstön käytössä");
    }
  }

  private static String trimmed(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}

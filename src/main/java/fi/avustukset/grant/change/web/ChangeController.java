package fi.avustukset.grant.change.web;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.agreement.domain.BudgetLine;
import fi.avustukset.grant.agreement.web.AgreementAccess;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.change.domain.ChangeKind;
import fi.avustukset.grant.change.domain.ChangeRequest;
import fi.avustukset.grant.change.domain.ChangeService;
import fi.avustukset.grant.change.domain.ChangeService.ChangeInput;
import fi.avustukset.grant.change.domain.ChangeService.LineInput;
import fi.avustukset.grant.change.process.ChangeWorkflow;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.web.FormErrors;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.web.FormGuard;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Change applications (muutoshakemus) of a signed agreement: {@code POST
 * /api/applications/{n}/changes} (JSON, CONTRACT.md) and the organisation's HTML form
 * {@code /api/applications/{n}/changes/new}; {@code GET /api/applications/{n}/changes} lists
 * them. Filing is for the applicant organisation only (403 for anyone else); the list is for
 * the organisation and agreement staff.
 */
@Controller
public class ChangeController {

  private final ChangeWorkflow workflow;
  private final ChangeService changes;
  private final ApplicationService applications;
  private final AgreementService agreements;
  private final AgreementAccess agreementAccess;
  private final CurrentUser currentUser;

  private final FormGuard formGuard;

  public ChangeController(ChangeWorkflow workflow, ChangeService changes,
      ApplicationService applications, AgreementService agreements,
      AgreementAccess agreementAccess, CurrentUser currentUser,
      FormGuard formGuard) {
    this.formGuard = formGuard;
    this.workflow = workflow;
    this.changes = changes;
    this.applications = applications;
    this.agreements = agreements;
    this.agreementAccess = agreementAccess;
    this.currentUser = currentUser;
  }

  public record BudgetLineView(String name, BigDecimal amount) {
    static List<BudgetLineView> of(List<BudgetLine> lines) {
      return lines.stream().map(l -> new BudgetLineView(l.getName(), l.getAmount())).toList();
    }
  }

  public record ChangeView(String changeNumber, String applicationNumber, String kind,
      String kindText, String status, String reason, String contentDescription,
      LocalDate currentEndDate, LocalDate newEndDate, LocalDate approvedEndDate,
      List<BudgetLineView> budgetLines, Instant submittedAt, String recommendation,
      String decisionReason, Instant decidedAt) {
    static ChangeView of(ChangeRequest c, boolean staff) {
      return new ChangeView(c.getChangeNumber(), c.getApplicationNumber(), c.getKind().name(),
          c.getKind().finnishName(), c.getStatus().name(), c.getReason(),
          c.getContentDescription(), c.getCurrentEndDate(), c.getNewEndDate(),
          c.getApprovedEndDate(), BudgetLineView.of(c.getBudgetLines()), c.getSubmittedAt(),
          staff ? c.getRecommendation() : null, c.getDecisionReason(), c.getDecidedAt());
    }
  }

  @PostMapping(path = "/api/applications/{n}/changes", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public ResponseEntity<Map<String, Object>> file(@PathVariable("n") String applicationNumber,
      @RequestBody ChangeInput input) {
    requireOrganisation(applicationNumber);
    ChangeRequest change = workflow.file(applicationNumber, input, currentUser.userId());
    return ResponseEntity.created(URI.create("/api/applications/" + applicationNumber
        + "/changes/" + change.getChangeNumber()))
        .body(Map.of("changeNumber", change.getChangeNumber(), "status", change.getStatus().name()));
  }

  @GetMapping(path = "/api/applications/{n}/changes", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public List<ChangeView> list(@PathVariable("n") String applicationNumber) {
    boolean staff = requireRead(applicationNumber);
    return changes.of(applicationNumber).stream().map(c -> ChangeView.of(c, staff)).toList();
  }

  @GetMapping(path = "/api/applications/{n}/changes/{changeNumber}",
      produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  public ChangeView get(@PathVariable("n") String applicationNumber,
      @PathVariable String changeNumber) {
    boolean staff = requireRead(applicationNumber);
    ChangeRequest change = changes.get(changeNumber);
    if (!change.getApplicationNumber().equals(applicationNumber)) {
      throw new NotFoundException("Hakemuksella " + applicationNumber + " ei ole muutoshakemusta "
          + changeNumber);
    }
    return ChangeView.of(change, staff);
  }

  /** The organisation's form: a change application in the browser, without curl. */
  @GetMapping(path = "/api/applications/{n}/changes/new", produces = MediaType.TEXT_HTML_VALUE)
  public String form(@PathVariable("n") String applicationNumber, Model model) {
    requireOrganisation(applicationNumber);
    return page(model, applicationNumber, Map.of(), List.of(), null);
  }

  @PostMapping(path = "/api/applications/{n}/changes/new",
      consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
  public String submitForm(@PathVariable("n") String applicationNumber,
      @RequestParam MultiValueMap<String, String> form, HttpServletRequest request, Model model) {
    formGuard.check(request);
    requireOrganisation(applicationNumber);
    Map<String, String> values = form.toSingleValueMap();
    List<LineInput> lines = new ArrayList<>();
    List<String> names = form.getOrDefault("lineName", List.of());
    List<String> amounts = form.getOrDefault("lineAmount", List.of());
    for (int i = 0; i < Math.max(names.size(), amounts.size()); i++) {
      String name = i < names.size() ? names.get(i) : null;
      String amount = i < amounts.size() ? amounts.get(i) : null;
      if ((name == null || name.isBlank()) && (amount == null || amount.isBlank())) {
        continue;
      }
      lines.add(new LineInput(name, amount));
    }
    model.addAttribute("lineNames", names); // typed lines stay in the form after a refusal
    model.addAttribute("lineAmounts", amounts);
    String kind = values.get("kind");
    ChangeInput input = new ChangeInput(kind, values.get("reason"),
        "PERIOD_EXTENSION".equals(kind) ? isoDate(values.get("newEndDate")) : null,
        "CONTENT_CHANGE".equals(kind) ? values.get("contentDescription") : null,
        "BUDGET_REALLOCATION".equals(kind) ? lines : null);
    try {
      ChangeRequest change = workflow.file(applicationNumber, input, currentUser.userId());
      return page(model, applicationNumber, values, List.of(), change);
    } catch (InvalidInputException e) {
      return page(model, applicationNumber, values, e.errors(), null);
    } catch (ConflictException e) {
      return page(model, applicationNumber, values,
          List.of(new FieldError("kind", e.getMessage())), null);
    }
  }

  private static final java.util.regex.Pattern FINNISH_DATE =
      java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");

  /**
   * The date as the page's field takes it, typed as Finns write it ({@code 31.12.2027}, the
   * field's placeholder pp.kk.vvvv), as the ISO date the service reads; anything else as typed
   * (the service refuses it at the field).
   */
  static String isoDate(String typed) {
    if (typed == null) {
      return null;
    }
    var m = FINNISH_DATE.matcher(typed.strip());
    if (!m.matches()) {
      return typed;
    }
    try {
      return java.time.LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
          Integer.parseInt(m.group(1))).toString();
    } catch (java.time.DateTimeException e) {
      return typed; // 31.2.2027: refused at the field as not a date
    }
  }

  private String page(Model model, String applicationNumber, Map<String, String> values,
      List<FieldError> errors, ChangeRequest filed) {
    Agreement agreement = agreements.find(applicationNumber).orElse(null);
    model.addAttribute("applicationNumber", applicationNumber);
    model.addAttribute("agreement", agreement);
    model.addAttribute("latestEndDate", agreement == null || agreement.getStartDate() == null
        ? null : agreement.getAgreementType().latestEndDate(agreement.getStartDate()));
    model.addAttribute("kinds", ChangeKind.values());
    model.addAttribute("values", values);
    // the page's own words where the API names codes: the kind is chosen, not typed
    List<FieldError> shown = errors.stream().map(e -> "kind".equals(e.field())
        && Values.text(values.get("kind")) == null
        ? new FieldError("kind", "valitse, mitä sopimuksessa muutetaan")
        : "newEndDate".equals(e.field()) && e.message().contains("VVVV-KK-PP")
        ? new FieldError("newEndDate", "anna päivämäärä muodossa pp.kk.vvvv, esim. 31.12.2027")
        : e).toList();
    model.addAttribute("errors", FormErrors.byField(shown));
    model.addAttribute("errorSentences", FormErrors.sentences(shown));
    model.addAttribute("filed", filed);
    model.addAttribute("changes", changes.of(applicationNumber));
    return "change-form";
  }

  /** The organisation itself (its Camunda group), never staff on its behalf and never another. */
  private void requireOrganisation(String applicationNumber) {
    // The agreement names the organisation; before there is one, the application does.
    String businessId = agreements.find(applicationNumber).map(Agreement::getBusinessId)
        .orElseGet(() -> applications.find(applicationNumber).map(GrantApplication::getBusinessId)
            .orElseThrow(() -> new NotFoundException("Hakemusta " + applicationNumber + " ei ole")));
    if (!currentUser.organizationBusinessIds().contains(businessId)) {
      throw new ForbiddenException("Muutosta hakemukseen " + applicationNumber + " voi hakea vain"
          + " hakijaorganisaatio itse");
    }
  }

  /** True for agreement staff; the organisation reads its own; others 403. */
  private boolean requireRead(String applicationNumber) {
    if (agreementAccess.isAgreementStaff()) {
      return true;
    }
    requireOrganisation(applicationNumber);
    return false;
  }
}

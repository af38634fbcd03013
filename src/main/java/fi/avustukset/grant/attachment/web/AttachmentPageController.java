package fi.avustukset.grant.attachment.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.attachment.domain.Attachment;
import fi.avustukset.grant.attachment.domain.AttachmentKind;
import fi.avustukset.grant.attachment.domain.AttachmentService;
import fi.avustukset.grant.attachment.domain.AttachmentSettings;
import fi.avustukset.grant.attachment.domain.FileTypes;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.web.FormGuard;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * The page "Liitteet" of one application: which attachments its grant type requires and
 * which are in, every file with a download link, and (for the applicant organisation and the
 * preparer) a plain multipart form to add one. Linked from "Omat hakemukset" and from the
 * Tasklist forms of the application's tasks (Camunda Forms has no file field). Refusals are
 * shown at the field with status 400; a stored file answers 303 back to the page.
 */
@Controller
public class AttachmentPageController {

  private final AttachmentService attachments;
  private final ApplicationService applications;
  private final AttachmentAccess access;
  private final AttachmentSettings settings;
  private final CurrentUser currentUser;
  private final FormGuard formGuard;

  public AttachmentPageController(AttachmentService attachments, ApplicationService applications,
      AttachmentAccess access, AttachmentSettings settings, CurrentUser currentUser,
      FormGuard formGuard) {
    this.formGuard = formGuard;
    this.attachments = attachments;
    this.applications = applications;
    this.access = access;
    this.settings = settings;
    this.currentUser = currentUser;
  }

  /** One required kind and whether the application carries it. */
  public record Requirement(AttachmentKind kind, boolean present) {}

  /** One file as the page shows it. */
  public record Line(Attachment attachment, String url, String sizeText, String typeText) {}

  @GetMapping("/api/applications/{applicationNumber}/attachments.html")
  public ModelAndView page(@PathVariable String applicationNumber,
      @RequestParam(required = false) Long saved) {
    GrantApplication application = applications.get(applicationNumber);
    access.requireRead(application);
    ModelAndView page = view(application, Map.of(), null);
    page.addObject("saved", saved);
    return page;
  }

  @PostMapping(path = "/api/applications/{applicationNumber}/attachments.html",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ModelAndView upload(@PathVariable String applicationNumber,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "kind", required = false) String kind, HttpServletRequest request) {
    formGuard.check(request);
    GrantApplication application = applications.get(applicationNumber);
    access.requireAdd(application);
    try {
      Attachment saved = AttachmentController.add(attachments, applicationNumber, file, kind,
          currentUser.userId());
      RedirectView back = new RedirectView("/api/applications/" + applicationNumber
          + "/attachments.html?saved=" + saved.getId(), true);
      back.setStatusCode(HttpStatus.SEE_OTHER);
      return new ModelAndView(back);
    } catch (InvalidInputException e) {
      ModelAndView page = view(application, errors(e.errors()), kind);
      page.setStatus(HttpStatus.BAD_REQUEST);
      return page;
    } catch (ConflictException e) {
      ModelAndView page = view(application, Map.of("file", e.getMessage()), kind);
      page.setStatus(HttpStatus.CONFLICT);
      return page;
    }
  }

  /** A file beyond the container's multipart limit: the page again, the reason at the field. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ModelAndView tooLarge(HttpServletRequest request) {
    @SuppressWarnings("unchecked")
    Map<String, String> vars = (Map<String, String>) request.getAttribute(
        HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
    GrantApplication application = applications.get(vars.get("applicationNumber"));
    access.requireRead(application);
    ModelAndView page = view(application, Map.of("file", attachments.tooLarge()), null);
    page.setStatus(HttpStatus.BAD_REQUEST);
    return page;
  }

  private static Map<String, String> errors(List<FieldError> errors) {
    Map<String, String> byField = new LinkedHashMap<>();
    for (FieldError error : errors) {
      byField.merge(error.field(), error.sentence(), (a, b) -> a + " " + b);
    }
    return byField;
  }

  private ModelAndView view(GrantApplication application, Map<String, String> errors,
      String chosenKind) {
    String number = application.getApplicationNumber();
    List<Attachment> files = attachments.list(number);
    Set<AttachmentKind> required = attachments.required(number);
    List<Requirement> requirements = new ArrayList<>();
    for (AttachmentKind kind : AttachmentKind.values()) {
      if (required.contains(kind)) {
        requirements.add(new Requirement(kind,
            files.stream().anyMatch(f -> f.getKind() == kind)));
      }
    }
    ModelAndView page = new ModelAndView("attachments");
    page.addObject("app", application);
    page.addObject("requirements", requirements);
    page.addObject("missing", requirements.stream().filter(r -> !r.present()).toList());
    page.addObject("lines", files.stream().map(f -> new Line(f, "/api/applications/" + number
        + "/attachments/" + f.getId(), sizeText(f.getSize()), typeText(f.getContentType())))
        .toList());
    page.addObject("mayAdd", access.mayAdd(application));
    page.addObject("kinds", AttachmentKind.values());
    page.addObject("required", required);
    page.addObject("chosenKind", chosenKind);
    page.addObject("errors", errors);
    page.addObject("maxSizeText", settings.maxSizeText());
    page.addObject("acceptedText", FileTypes.ACCEPTED_TEXT);
    page.addObject("accept", ".pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg");
    return page;
  }

  /** 1 234 567 bytes → "1,2 Mt"; 35 000 → "34 kt". */
  static String sizeText(long bytes) {
    if (bytes >= 1024 * 1024) {
      return String.format(java.util.Locale.ROOT, "%.1f Mt", bytes / (1024.0 * 1024.0))
          .replace('.', ',');
    }
    if (bytes >= 1024) {
      return (bytes / 1024) + " kt";
    }
    return bytes + " tavua";
  }

  static String typeText(String mediaType) {
    for (FileTypes.FileType type : FileTypes.FileType.values()) {
      if (type.mediaType().equals(mediaType)) {
        return type.finnishName();
      }
    }
    return mediaType;
  }
}

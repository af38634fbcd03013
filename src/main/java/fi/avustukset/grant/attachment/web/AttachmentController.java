package fi.avustukset.grant.attachment.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.attachment.domain.Attachment;
import fi.avustukset.grant.attachment.domain.AttachmentService;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.web.SameOrigin;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments of an application over REST (CONTRACT.md "Attachments, changes, audit, cycle
 * times"): upload as {@code multipart/form-data} ({@code file}, {@code kind}), list, and one
 * file streamed with its name (RFC 5987 {@code filename*}). Same access as the application,
 * none for a reviewer with a declared conflict of interest (E11).
 */
@RestController
public class AttachmentController {

  private final AttachmentService attachments;
  private final ApplicationService applications;
  private final AttachmentAccess access;
  private final CurrentUser currentUser;

  public AttachmentController(AttachmentService attachments, ApplicationService applications,
      AttachmentAccess access, CurrentUser currentUser) {
    this.attachments = attachments;
    this.applications = applications;
    this.access = access;
    this.currentUser = currentUser;
  }

  public record AttachmentView(long id, String fileName, String kind, String kindName, long size,
      String sha256, String contentType, String owner, String uploadedBy, Instant uploadedAt,
      String url) {
    static AttachmentView of(Attachment a) {
      return new AttachmentView(a.getId(), a.getFileName(), a.getKind().name(),
          a.getKind().finnishName(), a.getSize(), a.getSha256(), a.getContentType(),
          a.getOwnerKind().name(), a.getUploadedBy(), a.getUploadedAt(),
          "/api/applications/" + a.getApplicationNumber() + "/attachments/" + a.getId());
    }
  }

  /** 201 with the stored file's id and SHA-256; 400 naming {@code file} or {@code kind}. */
  @PostMapping(path = "/api/applications/{applicationNumber}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<AttachmentView> upload(@PathVariable String applicationNumber,
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(name = "kind", required = false) String kind, HttpServletRequest request) {
    SameOrigin.require(request);
    GrantApplication application = applications.get(applicationNumber);
    access.requireAdd(application);
    Attachment saved = add(attachments, applicationNumber, file, kind, currentUser.userId());
    return ResponseEntity.created(URI.create("/api/applications/" + applicationNumber
        + "/attachments/" + saved.getId())).body(AttachmentView.of(saved));
  }

  static Attachment add(AttachmentService attachments, String applicationNumber,
      MultipartFile file, String kind, String userId) {
    boolean none = file == null || (file.isEmpty() && (file.getOriginalFilename() == null
        || file.getOriginalFilename().isBlank()));
    return attachments.addToApplication(applicationNumber, kind,
        none ? null : file.getOriginalFilename(), none ? 0 : file.getSize(),
        none ? null : file::getBytes, userId);
  }

  @GetMapping("/api/applications/{applicationNumber}/attachments")
  public List<AttachmentView> list(@PathVariable String applicationNumber) {
    access.requireRead(applications.get(applicationNumber));
    return attachments.list(applicationNumber).stream().map(AttachmentView::of).toList();
  }

  /** The file itself, streamed from the database, always as a download (never run inline). */
  @GetMapping("/api/applications/{applicationNumber}/attachments/{id}")
  public void download(@PathVariable String applicationNumber, @PathVariable long id,
      HttpServletResponse response) throws IOException {
    access.requireRead(applications.get(applicationNumber));
    Attachment a = attachments.find(applicationNumber, id).orElseThrow(() ->
        new NotFoundException("Hakemuksella " + applicationNumber + " ei ole liitettä " + id));
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(a.getContentType());
    response.setContentLengthLong(a.getSize());
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(a.getFileName()));
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader(HttpHeaders.ETAG, "\"" + a.getSha256() + "\"");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
    attachments.writeContent(id, response.getOutputStream());
    response.flushBuffer();
  }

  /**
   * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>}
   * (RFC 6266 with RFC 5987): browsers use the UTF-8 name, old clients the plain one.
   */
  static String contentDisposition(String fileName) {
    StringBuilder ascii = new StringBuilder();
    for (char c : fileName.toCharArray()) {
      ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? c : '_');
    }
    StringBuilder encoded = new StringBuilder();
    for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$&+-.^_`|~".indexOf(c) >= 0) {
        encoded.append((char) c);
      } else {
        encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
  }

  /** A file over the container's multipart limit: 400 and the same sentence as the service's. */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> tooLarge() {
    return badRequest("file", attachments.tooLarge());
  }

  /** A body that is not a readable multipart form. */
  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ProblemDetail> notMultipart() {
    return badRequest("file", "Lähetä liite multipart/form-data-lomakkeena (kentät file ja kind).");
  }

  private static ResponseEntity<ProblemDetail> badRequest(String field, String sentence) {
    InvalidInputException e = new InvalidInputException(List.of(new FieldError(field, sentence)));
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.sentence());
    problem.setTitle("Virheellinen syöte");
    problem.setProperty("field", field);
    problem.setProperty("errors", e.errors());
    return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
  }
}

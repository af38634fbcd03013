package fi.avustukset.grant.attachment.domain;

import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.platform.audit.AuditLog;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores, lists and streams the attachments of a case (issue 13). A file is checked whole
 * before anything is written — not empty, within {@link AttachmentSettings#maxSize()}, an
 * accepted type by its content ({@link FileTypes}) — and its record and bytes are written in
 * one transaction, so a refused or failed upload leaves nothing behind.
 */
@Service
@Transactional
public class AttachmentService {

  /** Reads the uploaded bytes only once the declared size has been accepted. */
  @FunctionalInterface
  public interface Content {
    byte[] read() throws IOException;
  }

  /** Statuses in which the applicant may still add files to the application itself. */
  static final Set<ApplicationStatus> OPEN_FOR_FILES = EnumSet.of(ApplicationStatus.SUBMITTED,
      ApplicationStatus.ELIGIBILITY_REVIEW, ApplicationStatus.COMPLETION_REQUESTED,
      ApplicationStatus.IN_REVIEW, ApplicationStatus.IN_NEGOTIATION,
      ApplicationStatus.READY_FOR_DECISION);

  private final AttachmentRepository attachments;
  private final JdbcTemplate jdbc;
  private final AttachmentSettings settings;
  private final ApplicationService applications;
  private final GrantCallService calls;
  private final AuditLog audit;
  private final Clock clock;

  public AttachmentService(AttachmentRepository attachments, JdbcTemplate jdbc,
      AttachmentSettings settings, ApplicationService applications, GrantCallService calls,
      AuditLog audit, Clock clock) {
    this.audit = audit;
    this.attachments = attachments;
    this.jdbc = jdbc;
    this.settings = settings;
    this.applications = applications;
    this.calls = calls;
    this.clock = clock;
  }

  /**
   * Adds a file to the application (or, while a completion request is open, to the applicant's
   * completion response). 400 naming {@code kind} or {@code file} for bad input, 409 once the
   * application has gone to the committee.
   */
  public Attachment addToApplication(String applicationNumber, String kindCode, String fileName,
      long size, Content content, String uploadedBy) {
    GrantApplication application = applications.get(applicationNumber);
    OwnerKind owner = application.getStatus() == ApplicationStatus.COMPLETION_REQUESTED
        ? OwnerKind.COMPLETION : OwnerKind.APPLICATION;
    List<FieldError> errors = new ArrayList<>();
    AttachmentKind kind = kind(kindCode, errors);
    Checked file = check(fileName, size, content, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (!OPEN_FOR_FILES.contains(application.getStatus())) {
      throw new ConflictException("Hakemus " + applicationNumber + " on jo päätöksenteossa;"
          + " siihen ei voi enää lisätä liitteitä.");
    }
    return store(applicationNumber, owner, applicationNumber, kind, file, uploadedBy);
  }

  private record Checked(String fileName, byte[] bytes, FileTypes.FileType type) {}

  private AttachmentKind kind(String kindCode, List<FieldError> errors) {
    if (kindCode == null || kindCode.isBlank()) {
      errors.add(new FieldError("kind", "valitse liitteen laji"));
      return null;
    }
    return AttachmentKind.parse(kindCode.trim()).orElseGet(() -> {
      errors.add(new FieldError("kind", "tuntematon laji " + kindCode.trim() + "; sallitut: "
          + java.util.Arrays.stream(AttachmentKind.values()).map(Enum::name)
              .collect(Collectors.joining(", "))));
      return null;
    });
  }

  /** The whole file is read and checked before anything is stored. */
  private Checked check(String originalName, long size, Content content, List<FieldError> errors) {
    if (content == null) {
      errors.add(new FieldError("file", "Valitse lähetettävä tiedosto."));
      return null;
    }
    String fileName = cleanFileName(originalName);
    if (size > settings.maxSize().toBytes()) {
      errors.add(new FieldError("file", tooLarge()));
      return null;
    }
    byte[] bytes;
    try {
      bytes = content.read();
    } catch (IOException e) {
      throw new UncheckedIOException("Liitteen lukeminen epäonnistui", e);
    }
    if (bytes == null || bytes.length == 0) {
      errors.add(new FieldError("file", "Tiedosto on tyhjä."));
      return null;
    }
    if (bytes.length > settings.maxSize().toBytes()) {
      errors.add(new FieldError("file", tooLarge()));
      return null;
    }
    if (fileName == null) {
      errors.add(new FieldError("file", "Tiedostolta puuttuu nimi."));
      return null;
    }
    try {
      return new Checked(fileName, bytes, FileTypes.detect(bytes, fileName));
    } catch (FileTypes.RefusedFileException e) {
      errors.add(new FieldError("file", e.getMessage()));
      return null;
    }
  }

  /** The Finnish refusal of a file over the limit (also for the web's multipart limit). */
  public String tooLarge() {
    return "Tiedosto on liian suuri: enintään " + settings.maxSizeText() + ".";
  }

  private Attachment store(String applicationNumber, OwnerKind owner, String ownerKey,
      AttachmentKind kind, Checked file, String uploadedBy) {
    Attachment saved = attachments.saveAndFlush(new Attachment(applicationNumber, owner, ownerKey,
        kind, file.fileName(), file.type().mediaType(), file.bytes().length, sha256(file.bytes()),
        uploadedBy == null ? "?" : uploadedBy, Instant.now(clock)));
    jdbc.update("insert into attachment_content (attachment_id, content) values (?, ?)",
        saved.getId(), file.bytes());
    // In the same transaction: the record exists exactly when the file does. The applicant
    // organisation reads it in its own case (it is its own action).
    audit.recordForApplicant(applicationNumber, saved.getUploadedBy(),
        owner == OwnerKind.COMPLETION ? "Liite lisätty täydennykseen" : "Liite lisätty",
        kind.finnishName() + ": " + saved.getFileName() + " (" + saved.getSize() + " tavua, "
            + file.type().finnishName() + ", SHA-256 " + saved.getSha256() + ")");
    return saved;
  }

  @Transactional(readOnly = true)
  public List<Attachment> list(String applicationNumber) {
    return attachments.findByApplicationNumberOrderByUploadedAtAscIdAsc(applicationNumber);
  }

  @Transactional(readOnly = true)
  public Optional<Attachment> find(String applicationNumber, long id) {
    return attachments.findByIdAndApplicationNumber(id, applicationNumber);
  }

  /** Copies the stored bytes to {@code out} as the database hands them over. */
  @Transactional(readOnly = true)
  public void writeContent(long id, OutputStream out) {
    jdbc.query("select content from attachment_content where attachment_id = ?", rs -> {
      try (InputStream in = rs.getBinaryStream(1)) {
        in.transferTo(out);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, id);
  }

  /** The required kinds of the application's grant type (RequiredAttachments). */
  @Transactional(readOnly = true)
  public Set<AttachmentKind> required(String applicationNumber) {
    return RequiredAttachments.of(grantType(applicationNumber));
  }

  /** The required kinds the application does not carry yet, in kind order. */
  @Transactional(readOnly = true)
  public List<AttachmentKind> missingRequired(String applicationNumber) {
    return RequiredAttachments.missing(grantType(applicationNumber), kindsOf(applicationNumber));
  }

  /**
   * What the applicant still has to add: the missing required kinds while the application takes
   * files, else none (after the decision a missing file is no longer the applicant's to add).
   */
  @Transactional(readOnly = true)
  public List<AttachmentKind> stillToAdd(GrantApplication application) {
    if (!OPEN_FOR_FILES.contains(application.getStatus())) {
      return List.of();
    }
    return RequiredAttachments.missing(calls.get(application.getCallKey()).getGrantType(),
        kindsOf(application.getApplicationNumber()));
  }

  @Transactional(readOnly = true)
  public Set<AttachmentKind> kindsOf(String applicationNumber) {
    Set<AttachmentKind> kinds = EnumSet.noneOf(AttachmentKind.class);
    list(applicationNumber).forEach(a -> kinds.add(a.getKind()));
    return kinds;
  }

  private GrantType grantType(String applicationNumber) {
    return calls.get(applications.get(applicationNumber).getCallKey()).getGrantType();
  }

  /** The name without any path a browser sent, without control characters, at most 200 long. */
  static String cleanFileName(String name) {
    if (name == null) {
      return null;
    }
    String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    n = n.codePoints().filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString().strip();
    if (n.isEmpty()) {
      return null;
    }
    if (n.length() > 200) {
      int dot = n.lastIndexOf('.');
      String ending = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
      n = n.substring(0, 200 - ending.length()) + ending;
    }
    return n;
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

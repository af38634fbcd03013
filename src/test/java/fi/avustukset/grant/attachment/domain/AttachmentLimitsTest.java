package fi.avustukset.grant.attachment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.ApplicationStatus;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.platform.audit.AuditLog;
import fi.avustukset.platform.errors.InvalidInputException;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;

/** Limits of an upload: checked whole before anything is written (nothing half-stored). */
class AttachmentLimitsTest {

  private final AttachmentRepository repository = mock(AttachmentRepository.class);
  private final JdbcTemplate jdbc = mock(JdbcTemplate.class);
  private final ApplicationService applications = mock(ApplicationService.class);

  private AttachmentService service(DataSize max) {
    GrantApplication application = mock(GrantApplication.class);
    when(application.getStatus()).thenReturn(ApplicationStatus.IN_REVIEW);
    when(applications.get("2027-TI-1-0001")).thenReturn(application);
    return new AttachmentService(repository, jdbc, new AttachmentSettings(max), applications,
        mock(GrantCallService.class), mock(AuditLog.class), Clock.systemUTC());
  }

  @Test
  void theDefaultLimitIsTenMegabytes() {
    assertThat(new AttachmentSettings(null).maxSize()).isEqualTo(DataSize.ofMegabytes(10));
    assertThat(new AttachmentSettings(null).maxSizeText()).isEqualTo("10 Mt");
  }

  @Test
  void aFileOverTheLimitIsRefusedBeforeItIsEvenRead() {
    AtomicBoolean read = new AtomicBoolean();
    assertThatThrownBy(() -> service(DataSize.ofKilobytes(1)).addToApplication("2027-TI-1-0001",
        "BUDGET", "talousarvio.pdf", 1025, () -> {
          read.set(true);
          return new byte[1025];
        }, "applicant1"))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors().get(0).field())
            .isEqualTo("file"))
        .hasMessageContaining("enintään 1 kt");
    assertThat(read).isFalse();
    verifyNoInteractions(repository, jdbc);
  }

  @Test
  void aFileWhoseBytesExceedTheLimitIsRefusedToo() {
    byte[] big = new byte[2048];
    System.arraycopy(TestFiles.pdf("x"), 0, big, 0, TestFiles.pdf("x").length);
    assertThatThrownBy(() -> service(DataSize.ofKilobytes(1)).addToApplication("2027-TI-1-0001",
        "BUDGET", "talousarvio.pdf", 10, () -> big, "applicant1"))
        .hasMessageContaining("liian suuri");
    verifyNoInteractions(repository, jdbc);
  }

  @Test
  void emptyUnknownKindAndWrongContentAreNamedAtTheirFields() {
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> service(
        DataSize.ofMegabytes(10)).addToApplication("2027-TI-1-0001", "PHOTO", "tyhja.pdf", 0,
        () -> new byte[0], "applicant1"), InvalidInputException.class);
    assertThat(e.errors()).extracting(f -> f.field()).containsExactly("kind", "file");
    assertThat(e.sentence()).contains("Liitteen laji: tuntematon laji PHOTO")
        .contains("Tiedosto on tyhjä.");
    verifyNoInteractions(repository, jdbc);
  }

  @Test
  void aMissingFileAndKindAreAskedFor() {
    var e = org.assertj.core.api.Assertions.catchThrowableOfType(() -> service(
        DataSize.ofMegabytes(10)).addToApplication("2027-TI-1-0001", null, null, 0, null,
        "applicant1"), InvalidInputException.class);
    assertThat(e.sentence()).isEqualTo("Liitteen laji: valitse liitteen laji."
        + " Valitse lähetettävä tiedosto.");
  }

  @Test
  void aBrowsersPathAndControlCharactersLeaveTheName() {
    assertThat(AttachmentService.cleanFileName("C:\\Users\\sihteeri\\Säännöt 2027.pdf"))
        .isEqualTo("Säännöt 2027.pdf");
    assertThat(AttachmentService.cleanFileName("../../etc/passwd\u0000.pdf")).isEqualTo("passwd.pdf");
    assertThat(AttachmentService.cleanFileName("  ")).isNull();
    String longName = "a".repeat(300) + ".pdf";
    assertThat(AttachmentService.cleanFileName(longName)).hasSize(200).endsWith(".pdf");
  }
}

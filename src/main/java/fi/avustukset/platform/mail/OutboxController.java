package fi.avustukset.platform.mail;

import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.identity.Groups;
import fi.avustukset.platform.security.CurrentUser;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The outbox for staff: {@code /api/mail/outbox.html} (page: recipient, subject, body, status,
 * retry of a failed message), {@code /api/mail/outbox} (JSON, e.g. {@code ?businessKey=…}).
 * Readable by the grant secretaries, managers, the MINNO coordinator and administrators.
 */
@Controller
public class OutboxController {

  private static final List<String> READERS = List.of(Groups.GRANT_SECRETARY, Groups.MANAGERS,
      Groups.MINNO_COORDINATOR, Groups.CAMUNDA_ADMIN);

  private final Outbox outbox;
  private final OutboxDelivery delivery;
  private final CurrentUser currentUser;
  private final fi.avustukset.platform.web.FormGuard formGuard;

  public OutboxController(Outbox outbox, OutboxDelivery delivery, CurrentUser currentUser,
      fi.avustukset.platform.web.FormGuard formGuard) {
    this.formGuard = formGuard;
    this.outbox = outbox;
    this.delivery = delivery;
    this.currentUser = currentUser;
  }

  @GetMapping(path = "/api/mail/outbox", produces = "application/json")
  @ResponseBody
  public List<OutboxMessage> list(@RequestParam(required = false) String status,
      @RequestParam(required = false) String businessKey,
      @RequestParam(defaultValue = "200") int limit) {
    requireStaff();
    return outbox.latest(status(status), businessKey, limit);
  }

  @GetMapping("/api/mail/outbox.html")
  public String page(@RequestParam(required = false) String status,
      @RequestParam(required = false) String businessKey, Model model) {
    requireStaff();
    model.addAttribute("messages", outbox.latest(status(status), businessKey, 200));
    model.addAttribute("counts", outbox.counts());
    model.addAttribute("smtp", delivery.enabled());
    model.addAttribute("status", status);
    model.addAttribute("businessKey", businessKey);
    return "mail-outbox";
  }

  /** Sends a FAILED message again (optionally to a corrected address). */
  @PostMapping("/api/mail/outbox/{id}/retry")
  public ResponseEntity<Void> retry(@PathVariable long id,
      @RequestParam(required = false) String recipient,
      jakarta.servlet.http.HttpServletRequest request) {
    requireStaff();
    formGuard.check(request);
    OutboxMessage message = outbox.find(id)
        .orElseThrow(() -> new NotFoundException("Viestiä " + id + " ei ole"));
    if (recipient != null && !recipient.isBlank() && !Outbox.isEmail(recipient.trim())) {
      throw new InvalidInputException("recipient", "virheellinen sähköpostiosoite");
    }
    if (message.status() != OutboxStatus.FAILED) {
      throw new fi.avustukset.platform.errors.ConflictException("Vain epäonnistuneen viestin voi"
          + " lähettää uudelleen (viestin tila: " + message.status().finnish() + ")");
    }
    if (!outbox.retry(id, recipient)) {
      throw new InvalidInputException("recipient", "vastaanottajan osoite puuttuu");
    }
    return ResponseEntity.status(303).header("Location", "/api/mail/outbox.html").build();
  }

  private void requireStaff() {
    if (READERS.stream().noneMatch(currentUser::isIn)) {
      throw new ForbiddenException("Lähtevät viestit näkyvät vain henkilöstölle");
    }
  }

  private static OutboxStatus status(String status) {
    if (status == null || status.isBlank()) {
      return null;
    }
    try {
      return OutboxStatus.valueOf(status.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("status", "sallitut arvot: PENDING, SENT, FAILED");
    }
  }
}

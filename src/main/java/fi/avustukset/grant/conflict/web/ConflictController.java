package fi.avustukset.grant.conflict.web;

import fi.avustukset.grant.conflict.domain.ConflictOfInterest;
import fi.avustukset.grant.conflict.domain.ConflictService;

import fi.avustukset.platform.security.CurrentUser;
import fi.avustukset.platform.errors.ForbiddenException;
import fi.avustukset.platform.identity.Groups;
import java.time.Instant;
import java.util.List;
import fi.avustukset.platform.errors.Concurrent;
import fi.avustukset.platform.errors.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Staff record declared conflicts of interest per organisation (E11). */
@RestController
public class ConflictController {

  private final ConflictService conflicts;
  private final CurrentUser currentUser;

  private final IdentityService identityService;

  public ConflictController(ConflictService conflicts, CurrentUser currentUser,
      IdentityService identityService) {
    this.conflicts = conflicts;
    this.currentUser = currentUser;
    this.identityService = identityService;
  }

  public record ConflictRequest(String userId, String businessId, String reason) {}

  public record ConflictView(String userId, String businessId, String reason, String declaredBy,
      Instant declaredAt) {
    static ConflictView of(ConflictOfInterest c) {
      return new ConflictView(c.getUserId(), c.getBusinessId(), c.getReason(),
          c.getDeclaredBy(), c.getDeclaredAt());
    }
  }

  /** 201 when recorded now, 200 when the same declaration exists (also under concurrency). */
  @PostMapping("/api/conflicts")
  public ResponseEntity<ConflictView> declare(@RequestBody ConflictRequest request) {
    requireStaff();
    // Anyone on the staff may declare their own conflict; preparers, managers and admins
    // record them for others (e.g. from committee minutes).
    boolean self = currentUser.userId().equals(request.userId());
    if (!self && !currentUser.isIn(Groups.GRANT_SECRETARY, Groups.MANAGERS, Groups.CAMUNDA_ADMIN)) {
      throw new ForbiddenException("Voit ilmoittaa vain oman esteellisyytesi");
    }
    if (request.userId() != null && request.userId().matches("[A-Za-z0-9]{1,64}")
        && !userExists(request.userId())) {
      throw new InvalidInputException("userId", "Käyttäjää " + request.userId() + " ei ole.");
    }
    ConflictService.Declared declared = Concurrent.retryOnRace(() -> conflicts.declareOnce(
        request.userId(), request.businessId(), request.reason(), currentUser.userId()));
    return ResponseEntity.status(declared.created() ? HttpStatus.CREATED : HttpStatus.OK)
        .body(ConflictView.of(declared.conflict()));
  }

  @GetMapping("/api/conflicts")
  public List<ConflictView> list(@RequestParam(required = false) String businessId) {
    requireStaff();
    return conflicts.list(businessId).stream().map(ConflictView::of).toList();
  }

  /** Whether the user exists, whatever the caller may read of the identity service. */
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

  private void requireStaff() {
    if (currentUser.isApplicantOnly() || currentUser.groups().isEmpty()) {
      throw new ForbiddenException("Esteellisyystiedot ovat vain henkilöstön käytössä");
    }
  }
}

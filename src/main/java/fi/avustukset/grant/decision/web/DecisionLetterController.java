package fi.avustukset.grant.decision.web;

import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.application.web.ApplicationAccess;
import fi.avustukset.platform.errors.ConflictException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The decision letter (päätöskirje) of an application in Finnish: the decision, the amount,
 * the reasons and the rectification instructions (DOMAIN.md §6), as a page and as PDF/A.
 */
@Controller
public class DecisionLetterController {

  private final ApplicationService applications;
  private final ApplicationAccess access;
  private final DecisionLetters letters;

  public DecisionLetterController(ApplicationService applications, ApplicationAccess access,
      DecisionLetters letters) {
    this.applications = applications;
    this.access = access;
    this.letters = letters;
  }

  @GetMapping("/api/applications/{applicationNumber}/decision-letter")
  public String letter(@PathVariable String applicationNumber, Model model) {
    GrantApplication application = applications.get(applicationNumber);
    access.requireRead(application);
    model.addAllAttributes(letters.model(application));
    return "decision-letter";
  }

  /** The same letter as PDF/A; the stored one once the decision is final (CONTRACT.md). */
  @GetMapping("/api/applications/{applicationNumber}/decision-letter.pdf")
  public ResponseEntity<byte[]> pdf(@PathVariable String applicationNumber) {
    GrantApplication application = applications.get(applicationNumber);
    access.requireRead(application);
    if (!DecisionLetters.hasDecision(application)) {
      throw new ConflictException("Hakemuksesta " + applicationNumber + " ei ole vielä päätöstä");
    }
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
            .filename(DecisionLetters.fileName(applicationNumber)).build().toString())
        .body(letters.pdf(application));
  }
}

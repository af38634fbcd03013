package fi.avustukset.grant.decision.web;

import fi.avustukset.platform.pdf.DocumentSource;
import fi.avustukset.grant.GrantProperties;
import fi.avustukset.grant.application.domain.ApplicationService;
import fi.avustukset.grant.application.domain.Decision;
import fi.avustukset.grant.application.domain.GrantApplication;
import fi.avustukset.grant.call.domain.GrantCallService;
import fi.avustukset.grant.opendata.domain.FunderProperties;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.pdf.PdfRenderer;
import fi.avustukset.platform.pdf.StoredDocuments;
import fi.avustukset.platform.domain.Values;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The decision letter (päätöskirje, DOMAIN.md §6) from templates/decision-letter.html, as the
 * HTML page and as a PDF/A document. When the decision becomes final its PDF is stored
 * ({@link #store}) and from then on served unchanged.
 */
@Component
public class DecisionLetters implements DocumentSource {

  public static final String KIND = "DECISION_LETTER";
  private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final ApplicationService applications;
  private final GrantCallService calls;
  private final GrantProperties properties;
  private final FunderProperties funder;
  private final PdfRenderer renderer;
  private final StoredDocuments documents;

  public DecisionLetters(ApplicationService applications, GrantCallService calls,
      GrantProperties properties, FunderProperties funder, PdfRenderer renderer,
      StoredDocuments documents) {
    this.applications = applications;
    this.calls = calls;
    this.properties = properties;
    this.funder = funder;
    this.renderer = renderer;
    this.documents = documents;
  }

  /** True when the application has a decision to write a letter of (not returned). */
  public static boolean hasDecision(GrantApplication a) {
    return a.getDecision() != null && a.getDecision() != Decision.RETURNED;
  }

  public static String fileName(String applicationNumber) {
    return "paatos-" + applicationNumber + ".pdf";
  }

  /** The template's variables. */
  public Map<String, Object> model(GrantApplication application) {
    if (!hasDecision(application)) {
      throw new ConflictException("Hakemuksesta " + application.getApplicationNumber()
          + " ei ole vielä päätöstä");
    }
    Map<String, Object> m = new HashMap<>();
    m.put("a", application);
    m.put("call", calls.get(application.getCallKey()));
    m.put("granted", application.getDecision() == Decision.GRANTED);
    m.put("decidedOn", application.getDecidedAt().atZone(Values.HELSINKI).toLocalDate()
        .format(FINNISH_DATE));
    m.put("byBoard", "REGIONAL_BOARD".equals(application.getDecidedBy()));
    m.put("rectificationDays", properties.rectificationPeriod().getDays());
    m.put("takeoverDays", properties.takeoverPeriod().getDays());
    m.put("funderName", funder.name());
    return m;
  }

  @Transactional(readOnly = true)
  public byte[] render(String applicationNumber) {
    return renderer.pdf("decision-letter", model(applications.get(applicationNumber)));
  }

  /**
   * The letter as the applicant received it: the stored PDF once the decision is final (stored
   * now if that had failed before), else rendered from the current decision.
   */
  @Transactional
  public byte[] pdf(GrantApplication application) {
    if (application.isDecisionFinal()) {
      return documents.find(KIND, application.getApplicationNumber())
          .map(StoredDocuments.StoredDocument::content)
          .orElseGet(() -> {
            byte[] pdf = renderer.pdf("decision-letter", model(application));
            documents.storeOnce(KIND, application.getApplicationNumber(),
                fileName(application.getApplicationNumber()), "application/pdf", pdf);
            return pdf;
          });
    }
    return renderer.pdf("decision-letter", model(application));
  }

  @Override
  public String kind() {
    return KIND;
  }

  /**
   * Stores the final letter (once); returns the stored document's id. Called when the
   * decision-final mail is delivered (platform.mail.OutboxDelivery), or through {@link #pdf}
   * on the first download, whichever comes first.
   */
  @Override
  @Transactional
  public long store(String applicationNumber) {
    var existing = documents.find(KIND, applicationNumber);
    if (existing.isPresent()) {
      return existing.get().id();
    }
    byte[] pdf = renderer.pdf("decision-letter", model(applications.get(applicationNumber)));
    return documents.storeOnce(KIND, applicationNumber, fileName(applicationNumber),
        "application/pdf", pdf);
  }
}

package fi.avustukset.grant.eligibility.domain;

import fi.avustukset.platform.domain.Euro;
import static fi.avustukset.grant.eligibility.domain.Outcome.*;

import fi.avustukset.grant.application.domain.ApplicationData;
import fi.avustukset.grant.application.domain.ServiceDirectory;
import fi.avustukset.grant.attachment.domain.AttachmentKind;
import fi.avustukset.grant.attachment.domain.RequiredAttachments;
import fi.avustukset.grant.call.domain.GrantType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Checks rules E1–E9 of DOMAIN.md §3 (seed 002) on an application's data. Pure domain code:
 * no engine, no database. What the data cannot settle is a judgement question for the
 * preparer, never a silent rejection.
 */
public final class EligibilityChecker {

  /** E1: who may receive a grant. */
  static final Set<String> ELIGIBLE_TYPES = Set.of("ASSOCIATION", "FOUNDATION", "PARISH",
      "FOURTH_SECTOR");

  public EligibilityReport check(ApplicationData a, GrantType grantType, BigDecimal appropriation) {
    return check(a, grantType, appropriation, null);
  }

  /**
   * E1–E9, and the required attachments of the grant type ({@link RequiredAttachments}) that
   * are not among {@code attachedKinds} (null: attachments not looked at).
   */
  public EligibilityReport check(ApplicationData a, GrantType grantType, BigDecimal appropriation,
      Collection<AttachmentKind> attachedKinds) {
    List<RuleResult> results = new ArrayList<>();
    results.add(e1(a));
    results.add(e2(a));
    results.add(e3(a));
    results.add(e4(a));
    results.add(e5(a));
    results.add(e6(a));
    results.add(e7(a));
    results.add(e8(a));
    results.add(e9(a, grantType, appropriation));
    return new EligibilityReport(List.copyOf(results), attachedKinds == null ? List.of()
        : RequiredAttachments.missing(grantType, attachedKinds));
  }

  RuleResult e1(ApplicationData a) {
    return ELIGIBLE_TYPES.contains(a.organizationType())
        ? new RuleResult(Rule.E1, PASSED, "Organisaatiomuoto " + a.organizationType())
        : new RuleResult(Rule.E1, FAILED, "Organisaatiomuoto " + a.organizationType()
            + " ei ole avustuskelpoinen: hakijan on oltava rekisteröity yhdistys, säätiö,"
            + " seurakunta tai neljännen sektorin toimija");
  }

  /** E2: associations, foundations and parishes are non-profit by form; a fourth-sector actor is judged. */
  RuleResult e2(ApplicationData a) {
    if (!ELIGIBLE_TYPES.contains(a.organizationType())) {
      return new RuleResult(Rule.E2, FAILED, "Yleishyödyllisyyttä ei voida todeta (ks. E1)");
    }
    return "FOURTH_SECTOR".equals(a.organizationType())
        ? new RuleResult(Rule.E2, NEEDS_JUDGEMENT,
            "Neljännen sektorin toimijan yleishyödyllisyys on arvioitava tapauskohtaisesti")
        : new RuleResult(Rule.E2, PASSED, "Yleishyödyllinen organisaatiomuoto");
  }

  RuleResult e3(ApplicationData a) {
    if (a.targetGroup() == null || a.targetGroup().isBlank()) {
      return new RuleResult(Rule.E3, FAILED, "Kohderyhmää ei ole määritelty");
    }
    return a.openToWholeTargetGroup()
        ? new RuleResult(Rule.E3, PASSED, "Kohderyhmä määritelty ja toiminta avointa")
        : new RuleResult(Rule.E3, FAILED,
            "Toiminta ei ole avointa kaikille kohderyhmään kuuluville");
  }

  RuleResult e4(ApplicationData a) {
    return a.strategyGoals() == null || a.strategyGoals().isBlank()
        ? new RuleResult(Rule.E4, FAILED,
            "Hakemus ei nimeä strategian tai hyvinvointisuunnitelman tavoitteita")
        : new RuleResult(Rule.E4, PASSED, "Strategiatavoitteet nimetty");
  }

  RuleResult e5(ApplicationData a) {
    return a.complementsServices()
        ? new RuleResult(Rule.E5, PASSED, "Toiminta täydentää palveluja")
        : new RuleResult(Rule.E5, FAILED,
            "Toiminta ei hakemuksen mukaan tue tai täydennä hyvinvointialueen palveluja");
  }

  RuleResult e6(ApplicationData a) {
    return a.serviceDirectory() == ServiceDirectory.NONE
        ? new RuleResult(Rule.E6, FAILED, "Toimintaa ei ole julkaistu palvelutarjottimella"
            + " (Hyvinvointitarjotin, Lähellä.fi tai PTV)")
        : new RuleResult(Rule.E6, PASSED, "Julkaistu: " + a.serviceDirectory());
  }

  RuleResult e7(ApplicationData a) {
    if (a.wholeRegion()) {
      return new RuleResult(Rule.E7, PASSED, "Toiminta kattaa koko alueen");
    }
    return a.municipalityCount() >= 2
        ? new RuleResult(Rule.E7, PASSED, "Toiminta kattaa " + a.municipalityCount() + " kuntaa")
        : new RuleResult(Rule.E7, FAILED, "Toiminta kattaa vain " + a.municipalityCount()
            + " kunnan; vaaditaan koko alue tai useampi kunta");
  }

  /** E8: the source calls sole county funding unclear, so a justification goes to the preparer. */
  RuleResult e8(ApplicationData a) {
    if (a.hasOtherFunding()) {
      return new RuleResult(Rule.E8, PASSED, "Hakijalla on muuta varainhankintaa");
    }
    return a.soleFundingJustification() == null || a.soleFundingJustification().isBlank()
        ? new RuleResult(Rule.E8, FAILED,
            "Hakijalla ei ole muuta varainhankintaa eikä perustelua pelkälle alueen rahoitukselle")
        : new RuleResult(Rule.E8, NEEDS_JUDGEMENT,
            "Toiminta rahoitettaisiin vain alueen avustuksella; perustelu on arvioitava");
  }

  /** E9: the request fits the call and the grant form's duration (DOMAIN.md §2). */
  RuleResult e9(ApplicationData a, GrantType type, BigDecimal appropriation) {
    if (appropriation != null && a.requestedAmount().compareTo(appropriation) > 0) {
      return new RuleResult(Rule.E9, FAILED, "Haettu summa "
          + Euro.inFinnish(a.requestedAmount()) + " ylittää haun koko määrärahan "
          + Euro.inFinnish(appropriation));
    }
    if (type == GrantType.OPERATING_INNOVATION && a.durationYears() > 2) {
      return new RuleResult(Rule.E9, FAILED,
          "Toiminta- ja innovaatioavustus myönnetään 1–2 vuodeksi; haettu " + a.durationYears());
    }
    if (type == GrantType.PARTNERSHIP && a.durationYears() < 2) {
      return new RuleResult(Rule.E9, FAILED,
          "Kumppanuusavustus on 2–4-vuotinen; haettu " + a.durationYears() + " vuosi");
    }
    return new RuleResult(Rule.E9, PASSED, "Haettu summa ja kesto sopivat hakuun");
  }
}

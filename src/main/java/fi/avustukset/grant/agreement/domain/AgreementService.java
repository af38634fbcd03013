package fi.avustukset.grant.agreement.domain;

import fi.avustukset.grant.call.domain.GrantType;
import fi.avustukset.platform.domain.BusinessId;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.platform.identity.Organizations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of the grant agreement (DOMAIN.md §7): register it after a final GRANTED
 * decision, the preparer drafts it, the applicant accepts it, the service area signs it.
 */
@Service
@Transactional
public class AgreementService {

  private final AgreementRepository agreements;
  private final Clock clock;

  public AgreementService(AgreementRepository agreements, Clock clock) {
    this.agreements = agreements;
    this.clock = clock;
  }

  /** The input contract of grant-agreement (README), as the caller sets it. */
  public record AgreementInput(String applicationNumber, String callKey, Object grantType,
      String organizationName, String businessId, String applicantGroup, String projectName,
      Object grantedAmount, Object durationYears, Object decisionDate) {}

  /** Validates the caller's data and records the agreement as a draft. */
  public Agreement register(AgreementInput in) {
    List<FieldError> errors = new ArrayList<>();
    String number = Values.text(in.applicationNumber());
    if (number == null || !AgreementTerms.APPLICATION_NUMBER.matcher(number).matches()) {
      errors.add(new FieldError("applicationNumber", "hakemusnumero puuttuu tai on virheellinen"));
    }
    String callKey = Values.text(in.callKey());
    if (callKey == null || callKey.length() > 40) {
      errors.add(new FieldError("callKey", "hakukoodi puuttuu (enintään 40 merkkiä)"));
    }
    GrantType grantType = null;
    try {
      grantType = GrantType.valueOf(String.valueOf(in.grantType()));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("grantType", "sallitut arvot: OPERATING_INNOVATION, PARTNERSHIP"));
    }
    String organization = required(errors, "organizationName", in.organizationName(),
        "organisaation nimi puuttuu");
    String project = required(errors, "projectName", in.projectName(), "hankkeen nimi puuttuu");
    String businessId = Values.text(in.businessId());
    if (!BusinessId.isValid(businessId)) {
      errors.add(new FieldError("businessId", "virheellinen Y-tunnus (muoto NNNNNNN-N)"));
    }
    String applicantGroup = Values.text(in.applicantGroup());
    if (applicantGroup == null) {
      errors.add(new FieldError("applicantGroup", "hakijaorganisaation ryhmä puuttuu"));
    } else if (BusinessId.isValid(businessId)
        && !applicantGroup.equals(Organizations.groupId(businessId))) {
      // Applicant tasks are offered to this group: it must be the organisation's own.
      errors.add(new FieldError("applicantGroup",
          "ryhmän on oltava organisaation ryhmä " + Organizations.groupId(businessId)));
    }
    BigDecimal amount = parse(errors, "grantedAmount", () -> Values.decimal(in.grantedAmount()));
    if (amount == null) {
      addOnce(errors, "grantedAmount", "myönnetty summa puuttuu");
    } else if (amount.signum() <= 0 || amount.compareTo(AgreementTerms.MAX_GRANT) > 0
        || amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError("grantedAmount", "summan on oltava 0,01–10 000 000 euroa (senttitarkkuus)"));
    }
    Integer years = parse(errors, "durationYears", () -> Values.integer(in.durationYears()));
    if (years == null) {
      addOnce(errors, "durationYears", "sopimuskausi vuosina puuttuu");
    } else if (grantType != null && !AgreementType.forGrant(grantType).allowsYears(years)) {
      AgreementType type = AgreementType.forGrant(grantType);
      errors.add(new FieldError("durationYears", type.finnishName() + ": " + type.minYears()
          + "–" + type.maxYears() + " vuotta"));
    }
    LocalDate decisionDate = parse(errors, "decisionDate", () -> Values.localDate(in.decisionDate()));
    if (decisionDate == null) {
      addOnce(errors, "decisionDate", "päätöspäivä puuttuu");
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (agreements.existsById(number)) {
      throw new ConflictException("Hakemuksella " + number + " on jo sopimus");
    }
    return agreements.save(new Agreement(number, callKey, grantType, organization, businessId,
        applicantGroup, project, amount.setScale(2, RoundingMode.UNNECESSARY), years,
        decisionDate, Instant.now(clock)));
  }

  /** The preparer's draft: start date, terms, contact person and bank account. */
  public Agreement draft(String applicationNumber, Object start, String terms,
      String contactPerson, String bankAccount, String userId) {
    Agreement agreement = inStatus(applicationNumber, AgreementStatus.DRAFT);
    List<FieldError> errors = new ArrayList<>();
    LocalDate startDate = parse(errors, "agreementStart", () -> Values.localDate(start));
    if (startDate == null) {
      addOnce(errors, "agreementStart", "sopimuskauden alkupäivä puuttuu");
    } else if (!AgreementTerms.startFitsDecision(startDate, agreement.getDecisionDate())) {
      errors.add(new FieldError("agreementStart",
          "sopimuskauden on alettava enintään vuosi ennen tai jälkeen päätöksen"));
    }
    String text = required(errors, "agreementTerms", terms, "sopimusehdot puuttuvat");
    if (text != null && text.length() > 4000) {
      errors.add(new FieldError("agreementTerms", "enintään 4000 merkkiä"));
    }
    String contact = required(errors, "contactPerson", contactPerson, "yhteyshenkilö puuttuu");
    String iban = AgreementTerms.normalizedIban(bankAccount);
    if (iban == null) {
      errors.add(new FieldError("bankAccount", "virheellinen suomalainen IBAN-tilinumero"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    agreement.draft(startDate, text, contact, iban, userId);
    return agreement;
  }

  /** The applicant's answer: {@code ACCEPTED} or {@code CHANGES_REQUESTED} (with a comment). */
  public Agreement answer(String applicationNumber, String answer, String name, String comment,
      String userId) {
    Agreement agreement = inStatus(applicationNumber, AgreementStatus.AWAITING_ACCEPTANCE);
    if ("ACCEPTED".equals(answer)) {
      String acceptor = Values.text(name);
      if (acceptor == null) {
        throw new InvalidInputException("acceptorName", "hyväksyjän nimi ja asema puuttuvat");
      }
      agreement.accept(userId, acceptor, today());
    } else if ("CHANGES_REQUESTED".equals(answer)) {
      requireComment("acceptanceComment", comment);
      agreement.returnToDraft();
    } else {
      throw new InvalidInputException("agreementAcceptance",
          "sallitut arvot: ACCEPTED, CHANGES_REQUESTED");
    }
    return agreement;
  }

  /** The service area's answer: {@code SIGNED} or {@code RETURNED} (with a comment). */
  public Agreement signature(String applicationNumber, String answer, String name,
      String comment, String userId) {
    Agreement agreement = inStatus(applicationNumber, AgreementStatus.AWAITING_SIGNATURE);
    if ("SIGNED".equals(answer)) {
      String signer = Values.text(name);
      if (signer == null) {
        throw new InvalidInputException("signerName", "allekirjoittajan nimi ja asema puuttuvat");
      }
      agreement.sign(userId, signer, today());
    } else if ("RETURNED".equals(answer)) {
      requireComment("signatureComment", comment);
      agreement.returnToDraft();
    } else {
      throw new InvalidInputException("agreementSignature", "sallitut arvot: SIGNED, RETURNED");
    }
    return agreement;
  }

  /**
   * An accepted period extension (change application): the agreement's last day moves to
   * {@code newEnd}, later than today's and within the type's maximum duration (the caller
   * has checked the rule with {@link AgreementType#latestEndDate}; checked here again).
   */
  public Agreement extend(String applicationNumber, LocalDate newEnd) {
    Agreement agreement = inStatus(applicationNumber, AgreementStatus.SIGNED);
    if (newEnd == null || !newEnd.isAfter(agreement.getEndDate())
        || newEnd.isAfter(agreement.getAgreementType().latestEndDate(agreement.getStartDate()))) {
      throw new InvalidInputException("newEndDate", "uusi päättymispäivä ei ole sopimuskauden"
          + " jälkeen tai ylittää sopimustyypin enimmäiskeston");
    }
    agreement.extendTo(newEnd);
    return agreement;
  }

  /**
   * An accepted budget reallocation: the lines replace the agreement's budget. The caller
   * (grant.change) has checked E9 (total ≤ grant) with application.domain.RequestLimit.
   */
  public Agreement reallocate(String applicationNumber, List<BudgetLine> lines) {
    Agreement agreement = inStatus(applicationNumber, AgreementStatus.SIGNED);
    agreement.reallocate(lines);
    return agreement;
  }

  public Agreement close(String applicationNumber) {
    Agreement agreement = inStatus(applicationNumber, AgreementStatus.SIGNED);
    agreement.close(Instant.now(clock));
    return agreement;
  }

  /** The application's agreement, if one exists (query API for other features). */
  public java.util.Optional<Agreement> find(String applicationNumber) {
    return agreements.findById(applicationNumber);
  }

  @Transactional(readOnly = true)
  public Agreement get(String applicationNumber) {
    return agreements.findById(applicationNumber)
        .orElseThrow(() -> new NotFoundException("Hakemuksella " + applicationNumber
            + " ei ole sopimusta"));
  }

  private Agreement inStatus(String applicationNumber, AgreementStatus expected) {
    Agreement agreement = get(applicationNumber);
    if (agreement.getStatus() != expected) {
      throw new ConflictException("Sopimus " + applicationNumber + " on tilassa "
          + agreement.getStatus() + ", ei " + expected);
    }
    return agreement;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private static void requireComment(String field, String comment) {
    String text = Values.text(comment);
    if (text == null) {
      throw new InvalidInputException(field, "kerro, mitä pitää muuttaa");
    }
    if (text.length() > 2000) {
      throw new InvalidInputException(field, "enintään 2000 merkkiä");
    }
  }

  private static String required(List<FieldError> errors, String field, String value,
      String message) {
    String text = Values.text(value);
    if (text == null) {
      errors.add(new FieldError(field, message));
    } else if (text.length() > 200 && !field.equals("agreementTerms")) {
      errors.add(new FieldError(field, "enintään 200 merkkiä"));
    }
    return text;
  }

  private static void addOnce(List<FieldError> errors, String field, String message) {
    if (errors.stream().noneMatch(e -> e.field().equals(field))) {
      errors.add(new FieldError(field, message));
    }
  }

  private static <T> T parse(List<FieldError> errors, String field, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }
}

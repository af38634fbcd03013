package fi.avustukset.grant.change.domain;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.agreement.domain.AgreementStatus;
import fi.avustukset.grant.agreement.domain.BudgetLine;
import fi.avustukset.grant.obligation.domain.ReportObligationService;
import fi.avustukset.platform.audit.AuditLog;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change applications (muutoshakemus) to a signed agreement: the organisation files one, the
 * preparer assesses it, the decision-maker accepts or refuses it within {@link ChangeRules},
 * and an accepted change moves the agreement (end date, budget lines) and its final report.
 * A refused change leaves everything as it was.
 */
@Service
@Transactional
public class ChangeService {

  public static final int MAX_TEXT = 4000;

  private final ChangeRepository changes;
  private final AgreementService agreements;
  private final ReportObligationService reports;
  private final AuditLog audit;
  private final Clock clock;

  public ChangeService(ChangeRepository changes, AgreementService agreements,
      ReportObligationService reports, AuditLog audit, Clock clock) {
    this.changes = changes;
    this.agreements = agreements;
    this.reports = reports;
    this.audit = audit;
    this.clock = clock;
  }

  /** One budget line as the organisation typed it. */
  public record LineInput(String name, Object amount) {}

  /** {@code POST /api/applications/{n}/changes} (CONTRACT.md). */
  public record ChangeInput(Object kind, String reason, Object newEndDate,
      String contentDescription, List<LineInput> budgetLines) {}

  /**
   * Records a change application. 409 when the agreement is not signed (none yet, or closed),
   * when a change of the same application is still open, or when an extension comes after the
   * period has ended; 400 naming the field for bad input.
   */
  public ChangeRequest file(String applicationNumber, ChangeInput in, String userId) {
    Agreement agreement = agreements.find(applicationNumber).orElseThrow(() ->
        new ConflictException("Hakemuksella " + applicationNumber + " ei ole allekirjoitettua"
            + " avustussopimusta; muutosta voi hakea vasta, kun sopimus on allekirjoitettu."));
    if (agreement.getStatus() != AgreementStatus.SIGNED) {
      throw new ConflictException("Hakemuksen " + applicationNumber + " sopimus ei ole voimassa"
          + " (" + agreement.getStatus() + "); muutosta voi hakea vain allekirjoitettuun"
          + " sopimukseen.");
    }
    changes.findByApplicationNumberOrderBySeq(applicationNumber).stream()
        .filter(c -> c.getStatus() == ChangeStatus.SUBMITTED).findFirst().ifPresent(open -> {
          throw new ConflictException("Hakemuksella " + applicationNumber + " on jo käsittelyssä"
              + " muutoshakemus " + open.getChangeNumber() + "; uuden voi jättää, kun siitä on"
              + " päätetty.");
        });
    List<FieldError> errors = new ArrayList<>();
    ChangeKind kind = null;
    String kindText = Values.text(in.kind());
    if (kindText == null) {
      errors.add(new FieldError("kind", "Muutoksen laji puuttuu (PERIOD_EXTENSION,"
          + " BUDGET_REALLOCATION tai CONTENT_CHANGE)."));
    } else {
      try {
        kind = ChangeKind.valueOf(kindText);
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("kind", "Muutoksen laji: sallitut arvot ovat"
            + " PERIOD_EXTENSION, BUDGET_REALLOCATION ja CONTENT_CHANGE."));
      }
    }
    String reason = text(errors, "reason", in.reason(), true, "Perustelu puuttuu: kerro, miksi"
        + " muutosta haetaan");
    LocalDate newEnd = null;
    String description = null;
    List<BudgetLine> lines = List.of();
    if (kind == ChangeKind.PERIOD_EXTENSION) {
      try {
        newEnd = Values.localDate(in.newEndDate());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError("newEndDate", "päivämäärä muodossa VVVV-KK-PP"));
      }
      if (newEnd != null && agreement.getEndDate().isBefore(LocalDate.now(clock))) {
        throw new ConflictException("Sopimuskausi päättyi jo "
            + ChangeRules.FINNISH_DATE.format(agreement.getEndDate())
            + "; päättynyttä kautta ei voi pidentää.");
      }
    } else if (kind == ChangeKind.BUDGET_REALLOCATION) {
      lines = lines(errors, in.budgetLines());
    } else if (kind == ChangeKind.CONTENT_CHANGE) {
      description = text(errors, "contentDescription", in.contentDescription(), true,
          "kuvaa, miten toiminnan sisältö muuttuu");
    }
    if (kind != null && errors.stream().noneMatch(e -> e.field().equals("newEndDate")
        || e.field().equals("budgetLines"))) {
      errors.addAll(ChangeRules.check(kind, facts(agreement), newEnd, "newEndDate",
          BudgetLine.total(lines)));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    int seq = changes.findByApplicationNumberOrderBySeq(applicationNumber).stream()
        .mapToInt(ChangeRequest::getSeq).max().orElse(0) + 1;
    ChangeRequest change = changes.save(new ChangeRequest(applicationNumber, seq, kind, reason,
        description, agreement.getEndDate(), newEnd, lines, userId, Instant.now(clock)));
    audit.recordForApplicant(applicationNumber, userId, "Muutoshakemus jätetty",
        change.getChangeNumber() + ": " + kind.finnishName() + (newEnd == null ? ""
            : ", haettu päättymispäivä " + ChangeRules.FINNISH_DATE.format(newEnd)));
    return change;
  }

  @Transactional(readOnly = true)
  public ChangeRequest get(String changeNumber) {
    return changes.findById(changeNumber).orElseThrow(() ->
        new NotFoundException("Muutoshakemusta " + changeNumber + " ei ole"));
  }

  @Transactional(readOnly = true)
  public List<ChangeRequest> of(String applicationNumber) {
    return changes.findByApplicationNumberOrderBySeq(applicationNumber);
  }

  /** The facts of the agreement a change is judged against. */
  @Transactional(readOnly = true)
  public ChangeRules.AgreementFacts facts(String applicationNumber) {
    return facts(agreements.get(applicationNumber));
  }

  /** The preparer's assessment: recommendation {@code ACCEPT} | {@code REFUSE} and its grounds. */
  public ChangeRequest assess(String changeNumber, String recommendation, String assessment,
      String userId) {
    ChangeRequest change = open(changeNumber);
    List<FieldError> errors = new ArrayList<>();
    if (!"ACCEPT".equals(recommendation) && !"REFUSE".equals(recommendation)) {
      errors.add(new FieldError("recommendation", "valitse esitys: hyväksytään tai hylätään"));
    }
    String text = text(errors, "assessment", assessment, true, "kirjoita arvio ja sen perusteet");
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    change.assess(userId, recommendation, text);
    return change;
  }

  /**
   * The decision: {@code ACCEPTED} (for an extension up to {@code approvedEnd}, at most what
   * was asked) or {@code REFUSED}, always with its grounds (hallintolaki 45 §). An acceptance
   * outside {@link ChangeRules} is refused with 400; nothing changes before {@link #apply}.
   */
  public ChangeRequest decide(String changeNumber, String decision, String reason,
      Object approvedEnd, String userId) {
    ChangeRequest change = open(changeNumber);
    List<FieldError> errors = new ArrayList<>();
    String grounds = text(errors, "decisionReason", reason, true, "päätöksen perustelut puuttuvat");
    LocalDate end = null;
    if ("ACCEPTED".equals(decision)) {
      if (change.getKind() == ChangeKind.PERIOD_EXTENSION) {
        try {
          end = Values.localDate(approvedEnd);
        } catch (IllegalArgumentException e) {
          errors.add(new FieldError("approvedEndDate", "päivämäärä muodossa VVVV-KK-PP"));
        }
        if (end == null) {
          end = change.getNewEndDate();
        } else if (end.isAfter(change.getNewEndDate())) {
          errors.add(new FieldError("approvedEndDate", "Hyväksytty päättymispäivä voi olla"
              + " enintään haettu " + ChangeRules.FINNISH_DATE.format(change.getNewEndDate()) + "."));
        }
      }
      if (errors.isEmpty()) {
        errors.addAll(ChangeRules.check(change.getKind(), facts(change.getApplicationNumber()),
            end, "approvedEndDate", BudgetLine.total(change.getBudgetLines())));
      }
    } else if (!"REFUSED".equals(decision)) {
      errors.add(new FieldError("changeDecision", "valitse päätös: hyväksytään tai hylätään"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    change.decide("ACCEPTED".equals(decision) ? ChangeStatus.ACCEPTED : ChangeStatus.REFUSED,
        userId, grounds, end, Instant.now(clock));
    return change;
  }

  /**
   * An accepted change takes effect: an extension moves the agreement's last day and the final
   * report's period and due date; a reallocation replaces the agreement's budget lines; a
   * content change is recorded on the change itself. Idempotent (a retried job changes nothing
   * twice).
   */
  public ChangeRequest apply(String changeNumber) {
    ChangeRequest change = get(changeNumber);
    if (change.getStatus() != ChangeStatus.ACCEPTED) {
      throw new ConflictException("Muutoshakemusta " + changeNumber + " ei ole hyväksytty");
    }
    if (change.getAppliedAt() != null) {
      return change;
    }
    String number = change.getApplicationNumber();
    String details = change.getChangeNumber() + ": " + change.getKind().finnishName();
    switch (change.getKind()) {
      case PERIOD_EXTENSION -> {
        LocalDate oldEnd = agreements.get(number).getEndDate();
        LocalDate oldDue = reports.of(number).stream().filter(r -> r.isFinalReport())
            .findFirst().map(r -> r.getDueDate()).orElse(null);
        LocalDate newDue = reports.extendFinalPeriod(number, change.getApprovedEndDate())
            .getDueDate();
        agreements.extend(number, change.getApprovedEndDate());
        details += "; " + AuditLog.change("Sopimuskausi päättyy", fmt(oldEnd),
            fmt(change.getApprovedEndDate())) + "; "
            + AuditLog.change("Loppuraportin määräpäivä", fmt(oldDue), fmt(newDue));
      }
      case BUDGET_REALLOCATION -> {
        BigDecimal oldTotal = BudgetLine.total(agreements.get(number).getBudgetLines());
        agreements.reallocate(number, change.getBudgetLines());
        details += "; " + AuditLog.change("Talousarvio yhteensä", oldTotal,
            BudgetLine.total(change.getBudgetLines()));
      }
      case CONTENT_CHANGE -> details += "; " + change.getContentDescription();
    }
    audit.recordForApplicant(number, change.getDecidedBy(), "Muutos toteutettu sopimukseen",
        details);
    change.applied(Instant.now(clock));
    return change;
  }

  private static String fmt(LocalDate date) {
    return date == null ? null : ChangeRules.FINNISH_DATE.format(date);
  }

  private ChangeRequest open(String changeNumber) {
    ChangeRequest change = get(changeNumber);
    if (change.getStatus() != ChangeStatus.SUBMITTED) {
      throw new ConflictException("Muutoshakemuksesta " + changeNumber + " on jo päätetty");
    }
    return change;
  }

  private static ChangeRules.AgreementFacts facts(Agreement a) {
    return new ChangeRules.AgreementFacts(a.getAgreementType(), a.getStartDate(), a.getEndDate(),
        a.getGrantedAmount());
  }

  private static List<BudgetLine> lines(List<FieldError> errors, List<LineInput> input) {
    if (input == null || input.isEmpty()) {
      errors.add(new FieldError("budgetLines", "anna uuden talousarvion rivit (nimi ja summa)"));
      return List.of();
    }
    if (input.size() > 30) {
      errors.add(new FieldError("budgetLines", "enintään 30 riviä"));
      return List.of();
    }
    List<BudgetLine> lines = new ArrayList<>();
    for (int i = 0; i < input.size(); i++) {
      LineInput line = input.get(i);
      String name = line == null ? null : Values.text(line.name());
      BigDecimal amount = null;
      try {
        amount = line == null ? null : Values.decimal(line.amount());
      } catch (IllegalArgumentException e) {
        // reported below
      }
      if (name == null || name.length() > 200) {
        errors.add(new FieldError("budgetLines", "Talousarvion rivi " + (i + 1)
            + ": nimi puuttuu tai on yli 200 merkkiä."));
      } else if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
        errors.add(new FieldError("budgetLines", "Talousarvion rivi " + (i + 1)
            + ": summa puuttuu tai on virheellinen (euroina, senttitarkkuus, ei negatiivinen)."));
      } else {
        lines.add(new BudgetLine(name, amount.setScale(2, RoundingMode.UNNECESSARY)));
      }
    }
    return lines;
  }

  private static String text(List<FieldError> errors, String field, Object value,
      boolean required, String missing) {
    String text = Values.text(value);
    if (text == null) {
      if (required) {
        errors.add(new FieldError(field, missing));
      }
    } else if (text.length() > MAX_TEXT) {
      errors.add(new FieldError(field, "enintään " + MAX_TEXT + " merkkiä"));
    }
    return text;
  }
}

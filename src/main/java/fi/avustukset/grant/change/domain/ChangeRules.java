package fi.avustukset.grant.change.domain;

import fi.avustukset.grant.agreement.domain.AgreementType;
import fi.avustukset.grant.application.domain.RequestLimit;
import fi.avustukset.platform.domain.Euro;
import fi.avustukset.platform.errors.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What an accepted change may do to a signed agreement, checked when the organisation files it
 * and again when the decision-maker accepts it (same rules, so a decision cannot go around
 * them). The rules themselves have their homes elsewhere and are only asked here:
 * <ul>
 *   <li>a period extension ends later than the agreement does now, and no later than the grant
 *       type's maximum duration allows ({@link AgreementType#latestEndDate});</li>
 *   <li>a budget reallocation never brings the budget above the grant (E9,
 *       {@link RequestLimit#grantViolation}).</li>
 * </ul>
 */
public final class ChangeRules {

  static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  /** The agreement facts a change is judged against. */
  public record AgreementFacts(AgreementType type, LocalDate start, LocalDate end,
      BigDecimal grantedAmount) {}

  /**
   * The refusals of a change of {@code kind} against {@code agreement}; empty when the change
   * is within the rules. {@code endField} names the field the end date was typed in.
   */
  public static List<FieldError> check(ChangeKind kind, AgreementFacts agreement,
      LocalDate newEnd, String endField, BigDecimal budgetTotal) {
    List<FieldError> errors = new ArrayList<>();
    if (kind == ChangeKind.PERIOD_EXTENSION) {
      if (newEnd == null) {
        errors.add(new FieldError(endField, "uusi päättymispäivä puuttuu"));
      } else if (!newEnd.isAfter(agreement.end())) {
        errors.add(new FieldError(endField, "Uuden päättymispäivän on oltava sopimuskauden"
            + " nykyisen päättymispäivän " + FINNISH_DATE.format(agreement.end()) + " jälkeen."));
      } else {
        LocalDate latest = agreement.type().latestEndDate(agreement.start());
        if (newEnd.isAfter(latest)) {
          errors.add(new FieldError(endField, agreement.type().finnishName() + " voi kestää"
              + " enintään " + agreement.type().maxYears() + " vuotta: sopimuskausi voi päättyä"
              + " viimeistään " + FINNISH_DATE.format(latest) + "."));
        }
      }
    }
    if (kind == ChangeKind.BUDGET_REALLOCATION) {
      RequestLimit.grantViolation(budgetTotal, agreement.grantedAmount()).ifPresent(v ->
          errors.add(new FieldError("budgetLines", "Talousarvion rivien summa "
              + Euro.of(budgetTotal).inFinnish() + " on liian suuri: " + v + ".")));
    }
    return errors;
  }

  private ChangeRules() {}
}

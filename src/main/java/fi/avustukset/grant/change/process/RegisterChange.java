package fi.avustukset.grant.change.process;

import fi.avustukset.platform.domain.Euro;
import static fi.avustukset.grant.change.process.GrantChangeVariables.*;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.agreement.domain.BudgetLine;
import fi.avustukset.grant.change.domain.ChangeRequest;
import fi.avustukset.grant.change.domain.ChangeService;
import fi.avustukset.grant.change.domain.ChangeStatus;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterChange (synchronous, part of the start): reads the recorded change application
 * and its agreement into the process — what the preparer and the decision-maker see in their
 * forms. A start without a recorded, open change is refused (400), nothing is created.
 */
@Component
public class RegisterChange implements JavaDelegate {

  private final ChangeService changes;
  private final AgreementService agreements;

  public RegisterChange(ChangeService changes, AgreementService agreements) {
    this.changes = changes;
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String number = (String) execution.getVariable(CHANGE_NUMBER);
    ChangeRequest change;
    try {
      change = number == null ? null : changes.get(number);
    } catch (NotFoundException e) {
      change = null;
    }
    if (change == null || change.getStatus() != ChangeStatus.SUBMITTED
        || !number.equals(execution.getProcessBusinessKey())) {
      throw new InvalidInputException(CHANGE_NUMBER, "Muutoshakemus jätetään osoitteessa"
          + " /api/applications/{hakemusnumero}/changes; prosessi ei käynnisty ilman kirjattua"
          + " muutoshakemusta.");
    }
    Agreement agreement = agreements.get(change.getApplicationNumber());
    execution.setVariable(APPLICATION_NUMBER, change.getApplicationNumber());
    execution.setVariable(BUSINESS_ID, agreement.getBusinessId());
    execution.setVariable(ORGANIZATION_NAME, agreement.getOrganizationName());
    execution.setVariable(PROJECT_NAME, agreement.getProjectName());
    execution.setVariable(APPLICANT_GROUP, agreement.getApplicantGroup());
    execution.setVariable(CHANGE_KIND, change.getKind().name());
    execution.setVariable(CHANGE_KIND_NAME, change.getKind().finnishName());
    execution.setVariable(CHANGE_REASON, change.getReason());
    execution.setVariable(CONTENT_DESCRIPTION, change.getContentDescription());
    execution.setVariable(AGREEMENT_TYPE, agreement.getAgreementType().name());
    execution.setVariable(AGREEMENT_TYPE_NAME, agreement.getAgreementType().finnishName());
    execution.setVariable(AGREEMENT_START, agreement.getStartDate().toString());
    execution.setVariable(CURRENT_END_DATE, change.getCurrentEndDate().toString());
    execution.setVariable(LATEST_END_DATE,
        agreement.getAgreementType().latestEndDate(agreement.getStartDate()).toString());
    String newEnd = change.getNewEndDate() == null ? null : change.getNewEndDate().toString();
    execution.setVariable(NEW_END_DATE, newEnd);
    execution.setVariable(APPROVED_END_DATE, newEnd);
    execution.setVariable(GRANTED_AMOUNT, agreement.getGrantedAmount().doubleValue());
    execution.setVariable(BUDGET_TOTAL, BudgetLine.total(change.getBudgetLines()).doubleValue());
    execution.setVariable(BUDGET_LINES_TEXT, text(change.getBudgetLines()));
    execution.setVariable(CURRENT_BUDGET_TEXT, agreement.getBudgetLines().isEmpty()
        ? "Sopimuksessa ei ole eriteltyä talousarviota." : text(agreement.getBudgetLines()));
  }

  static String text(List<BudgetLine> lines) {
    if (lines.isEmpty()) {
      return "";
    }
    return lines.stream().map(l -> l.getName() + ": " + Euro.inFinnish(l.getAmount()))
        .collect(Collectors.joining("\n")) + "\nYhteensä: "
        + Euro.inFinnish(BudgetLine.total(lines));
  }
}

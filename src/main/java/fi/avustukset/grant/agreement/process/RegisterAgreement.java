package fi.avustukset.grant.agreement.process;

import static fi.avustukset.grant.agreement.process.GrantAgreementVariables.*;

import fi.avustukset.grant.agreement.domain.Agreement;
import fi.avustukset.grant.agreement.domain.AgreementService;
import fi.avustukset.grant.agreement.domain.AgreementService.AgreementInput;
import fi.avustukset.grant.payment.domain.Instalments;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterAgreement: validates the caller's input contract and records the agreement
 * draft (DOMAIN.md §7). Runs in the starter's transaction, so bad input refuses the start and
 * nothing is half-created. The business key becomes the application number.
 */
@Component
public class RegisterAgreement implements JavaDelegate {

  /** Standard terms the preparer starts from (E10 reporting, 688/2001 reclaim). */
  static final String STANDARD_TERMS = """
      1. Avustus käytetään hakemuksessa kuvattuun toimintaan avustuspäätöksen mukaisesti.
      2. Avustuksen saaja raportoi jokaiselta sopimusvuodelta avustuksen käytöstä ja toiminnasta \
      viimeistään kahden kuukauden kuluttua sopimusvuoden päättymisestä; viimeisen vuoden \
      raportti on loppuraportti (E10).
      3. Käyttämätön tai ehtojen vastaisesti käytetty avustus voidaan periä takaisin \
      (valtionavustuslain 688/2001 käytäntö).""";

  private final AgreementService agreements;

  public RegisterAgreement(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Agreement agreement = agreements.register(new AgreementInput(
        (String) execution.getVariable(APPLICATION_NUMBER),
        (String) execution.getVariable(CALL_KEY),
        execution.getVariable(GRANT_TYPE),
        (String) execution.getVariable(ORGANIZATION_NAME),
        (String) execution.getVariable(BUSINESS_ID),
        (String) execution.getVariable(APPLICANT_GROUP),
        (String) execution.getVariable(PROJECT_NAME),
        execution.getVariable(GRANTED_AMOUNT),
        execution.getVariable(DURATION_YEARS),
        execution.getVariable(DECISION_DATE)));
    agreement.setProcessInstanceId(execution.getProcessInstanceId());
    execution.setProcessBusinessKey(agreement.getApplicationNumber());
    // Normalised values, so forms and gateways see one type whatever the caller sent.
    execution.setVariable(GRANTED_AMOUNT, agreement.getGrantedAmount().doubleValue());
    execution.setVariable(DURATION_YEARS, agreement.getDurationYears());
    execution.setVariable(DECISION_DATE, agreement.getDecisionDate().toString());
    execution.setVariable(AGREEMENT_TYPE, agreement.getAgreementType().name());
    execution.setVariable(AGREEMENT_TYPE_NAME, agreement.getAgreementType().finnishName());
    execution.setVariable(INSTALMENT_COUNT,
        Instalments.count(agreement.getGrantType(), agreement.getDurationYears()));
    execution.setVariable(AGREEMENT_START, agreement.getDecisionDate().toString());
    execution.setVariable(AGREEMENT_TERMS, STANDARD_TERMS);
  }
}

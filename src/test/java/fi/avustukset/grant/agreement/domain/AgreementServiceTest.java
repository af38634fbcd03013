package fi.avustukset.grant.agreement.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.*;

import fi.avustukset.platform.errors.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The input contract of grant-agreement and the agreement's own rules (DOMAIN.md §2, §7). */
class AgreementServiceTest {

  AgreementRepository repository = mock(AgreementRepository.class);
  Clock clock = Clock.fixed(Instant.parse("2027-03-20T10:00:00Z"), ZoneId.of("Europe/Helsinki"));
  AgreementService service = new AgreementService(repository, clock);

  AgreementService.AgreementInput input(Object grantType, Object years, String group) {
    return new AgreementService.AgreementInput("2027-TI-1-0007", "2027-TI-1", grantType,
        "Savon Mielenterveysyhdistys ry", "1234567-1", group, "Mielen hyvinvointi", 30_000.0,
        years, "2027-03-15");
  }

  @Test
  void registersAValidCooperationAgreementAsADraft() {
    when(repository.save(any())).thenAnswer(inv -> inv.getArgument(0));

    Agreement agreement = service.register(input("OPERATING_INNOVATION", 2, "org12345671"));

    assertThat(agreement.getAgreementType()).isEqualTo(AgreementType.COOPERATION);
    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.DRAFT);
    assertThat(agreement.getGrantedAmount()).isEqualByComparingTo("30000.00");
    assertThat(agreement.getDecisionDate()).isEqualTo(LocalDate.of(2027, 3, 15));
  }

  @Test
  void durationMustFitTheAgreementType() {
    assertThatThrownBy(() -> service.register(input("OPERATING_INNOVATION", 3, "org12345671")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("durationYears");
    assertThatThrownBy(() -> service.register(input("PARTNERSHIP", 1, "org12345671")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("durationYears");
    verify(repository, never()).save(any());
  }

  @Test
  void applicantTasksGoOnlyToTheOrganisationsOwnGroup() {
    assertThatThrownBy(() -> service.register(input("PARTNERSHIP", 2, "org23456780")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("applicantGroup");
    assertThatThrownBy(() -> service.register(input("PARTNERSHIP", 2, "applicants")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("applicantGroup");
  }

  @Test
  void badInputNamesEveryField() {
    assertThatThrownBy(() -> service.register(new AgreementService.AgreementInput(" ", null, "X",
        "", "1234567-2", null, null, -5, "two", "15.3.2027")))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).errors()).extracting("field")
            .contains("applicationNumber", "callKey", "grantType", "organizationName", "businessId",
                "applicantGroup", "projectName", "grantedAmount", "durationYears", "decisionDate"));
  }

  @Test
  void draftNeedsAValidFinnishIbanAndAStartNearTheDecision() {
    Agreement agreement = draftable();

    assertThatThrownBy(() -> service.draft("2027-TI-1-0007", "2029-01-01", "Ehdot", "Maija",
        "FI21 1234 5600 0007 86", "secretary"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("agreementStart").hasMessageContaining("bankAccount");

    service.draft("2027-TI-1-0007", "2027-04-01", "Ehdot", "Maija", "FI21 1234 5600 0007 85",
        "secretary");
    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.AWAITING_ACCEPTANCE);
    assertThat(agreement.getEndDate()).isEqualTo(LocalDate.of(2029, 3, 31));
    assertThat(agreement.getBankAccount()).isEqualTo("FI2112345600000785");
  }

  @Test
  void acceptanceAndSignatureAreRecordedWithTheirDates() {
    Agreement agreement = draftable();
    service.draft("2027-TI-1-0007", "2027-04-01", "Ehdot", "Maija", "FI2112345600000785", "secretary");

    assertThatThrownBy(() -> service.answer("2027-TI-1-0007", "ACCEPTED", " ", null, "applicant1"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("acceptorName");
    service.answer("2027-TI-1-0007", "ACCEPTED", "Helmi Hakija, pj", null, "applicant1");
    service.signature("2027-TI-1-0007", "SIGNED", "Pekka Palvelualue, johtaja", null, "servicearea");

    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.SIGNED);
    assertThat(agreement.getAcceptedDate()).isEqualTo(LocalDate.of(2027, 3, 20));
    assertThat(agreement.getSignedDate()).isEqualTo(LocalDate.of(2027, 3, 20));
    assertThat(agreement.getSignedBy()).isEqualTo("servicearea");
  }

  @Test
  void changesRequestedNeedAReasonAndReturnTheAgreementToDraft() {
    Agreement agreement = draftable();
    service.draft("2027-TI-1-0007", "2027-04-01", "Ehdot", "Maija", "FI2112345600000785", "secretary");

    assertThatThrownBy(() -> service.answer("2027-TI-1-0007", "CHANGES_REQUESTED", null, "", "applicant1"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("acceptanceComment");
    service.answer("2027-TI-1-0007", "CHANGES_REQUESTED", null, "Tili väärin", "applicant1");

    assertThat(agreement.getStatus()).isEqualTo(AgreementStatus.DRAFT);
  }

  @Test
  void ibanCheckDigitsAreVerified() {
    assertThat(AgreementTerms.normalizedIban("fi21 1234 5600 0007 85")).isEqualTo("FI2112345600000785");
    assertThat(AgreementTerms.normalizedIban("FI2112345600000786")).isNull();
    assertThat(AgreementTerms.normalizedIban("SE4550000000058398257466")).isNull();
    assertThat(AgreementTerms.normalizedIban(null)).isNull();
  }

  private Agreement draftable() {
    when(repository.save(any())).thenAnswer(inv -> inv.getArgument(0));
    Agreement agreement = service.register(input("OPERATING_INNOVATION", 2, "org12345671"));
    when(repository.findById("2027-TI-1-0007")).thenReturn(Optional.of(agreement));
    return agreement;
  }
}

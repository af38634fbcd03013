package fi.avustukset.grant.application.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CONTRACT.md "Start of grant-application": every bad field is named. */
class ApplicationValidatorTest {

  static Map<String, Object> valid() {
    Map<String, Object> m = new HashMap<>();
    m.put("organizationName", "Savon Mielenterveysyhdistys ry");
    m.put("businessId", "1234567-1");
    m.put("organizationType", "ASSOCIATION");
    m.put("projectName", "Mielen hyvinvointi");
    m.put("targetGroup", "Nuoret aikuiset");
    m.put("openToWholeTargetGroup", true);
    m.put("strategyGoals", "Mielenterveys");
    m.put("complementsServices", true);
    m.put("serviceDirectory", "LAHELLA");
    m.put("municipalityCount", 5);
    m.put("wholeRegion", false);
    m.put("hasOtherFunding", true);
    m.put("requestedAmount", 40000);
    m.put("durationYears", 2);
    m.put("contactEmail", "toimisto@savonmieli.example");
    return m;
  }

  @Test
  void validInputBecomesTypedData() {
    ApplicationData data = ApplicationValidator.validate(valid());
    assertThat(data.requestedAmount()).isEqualByComparingTo("40000.00");
    assertThat(data.serviceDirectory()).isEqualTo(ServiceDirectory.LAHELLA);
  }

  @Test
  void namesEveryBadField() {
    Map<String, Object> bad = valid();
    bad.remove("projectName");
    bad.put("businessId", "1234567-2");
    bad.put("requestedAmount", -5);
    bad.put("municipalityCount", "viisi");
    bad.put("serviceDirectory", "FACEBOOK");
    bad.put("openToWholeTargetGroup", "kyllä");
    bad.put("durationYears", 7);
    bad.put("contactEmail", "toimisto at savonmieli");
    assertThatThrownBy(() -> ApplicationValidator.validate(bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.errors()).extracting(FieldError::field).containsExactlyInAnyOrder(
                "projectName", "businessId", "requestedAmount", "municipalityCount",
                "serviceDirectory", "openToWholeTargetGroup", "durationYears", "contactEmail"));
  }

  @Test
  void contactEmailIsRequiredAndKept() {
    assertThat(ApplicationValidator.validate(valid()).contactEmail())
        .isEqualTo("toimisto@savonmieli.example");
    Map<String, Object> missing = valid();
    missing.remove("contactEmail");
    assertThatThrownBy(() -> ApplicationValidator.validate(missing))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("contactEmail"));
  }

  @Test
  void absurdAmountIsRefused() {
    Map<String, Object> bad = valid();
    bad.put("requestedAmount", 1e12);
    assertThatThrownBy(() -> ApplicationValidator.validate(bad))
        .isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.errors()).extracting(FieldError::field).containsExactly("requestedAmount"));
  }

  @Test
  void unknownOrganisationTypeIsAcceptedForE1ToJudge() {
    Map<String, Object> m = valid();
    m.put("organizationType", "company");
    assertThat(ApplicationValidator.validate(m).organizationType()).isEqualTo("COMPANY");
  }
}

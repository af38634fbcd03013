package fi.avustukset.grant.application.domain;

import static fi.avustukset.grant.application.process.GrantApplicationVariables.*;

import fi.avustukset.platform.domain.BusinessId;
import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks the application data of CONTRACT.md field by field and names every bad field, in
 * Finnish. The same check serves the REST API, the Tasklist start form and the applicant's
 * completion form, so all three refuse the same input.
 */
public final class ApplicationValidator {

  /** More than this for one application is surely a typo (the county's whole grant budget). */
  public static final BigDecimal MAX_REQUEST = new BigDecimal("10000000");

  public static ApplicationData validate(Map<String, Object> in) {
    List<FieldError> errors = new ArrayList<>();
    String organizationName = text(in, errors, ORGANIZATION_NAME, 200, true);
    String businessId = text(in, errors, BUSINESS_ID, 9, true);
    if (businessId != null && !BusinessId.isValid(businessId)) {
      errors.add(new FieldError(BUSINESS_ID,
          "virheellinen Y-tunnus (muoto NNNNNNN-N, tarkistusnumero ei täsmää)"));
    }
    String organizationType = text(in, errors, ORGANIZATION_TYPE, 40, true);
    String projectName = text(in, errors, PROJECT_NAME, 200, true);
    String targetGroup = text(in, errors, TARGET_GROUP, 1000, true);
    Boolean open = convert(in, errors, OPEN_TO_WHOLE_TARGET_GROUP, Values::bool, "tosi tai epätosi");
    String strategyGoals = text(in, errors, STRATEGY_GOALS, 4000, false);
    Boolean complements = convert(in, errors, COMPLEMENTS_SERVICES, Values::bool, "tosi tai epätosi");
    ServiceDirectory directory = null;
    Object rawDirectory = in.get(SERVICE_DIRECTORY);
    if (rawDirectory == null || rawDirectory.toString().isBlank()) {
      errors.add(new FieldError(SERVICE_DIRECTORY, "pakollinen tieto puuttuu"));
    } else {
      try {
        directory = ServiceDirectory.valueOf(rawDirectory.toString().trim());
      } catch (IllegalArgumentException e) {
        errors.add(new FieldError(SERVICE_DIRECTORY,
            "sallitut arvot: " + Arrays.toString(ServiceDirectory.values())));
      }
    }
    Integer municipalities = convert(in, errors, MUNICIPALITY_COUNT, Values::integer, "kokonaisluku");
    if (municipalities != null && (municipalities < 0 || municipalities > 300)) {
      errors.add(new FieldError(MUNICIPALITY_COUNT, "kuntien määrän on oltava 0–300"));
    }
    Boolean wholeRegion = convert(in, errors, WHOLE_REGION, Values::bool, "tosi tai epätosi");
    Boolean otherFunding = convert(in, errors, HAS_OTHER_FUNDING, Values::bool, "tosi tai epätosi");
    String justification = text(in, errors, SOLE_FUNDING_JUSTIFICATION, 4000, false);
    BigDecimal requested = convert(in, errors, REQUESTED_AMOUNT, Values::decimal, "euromäärä");
    if (requested != null && (requested.signum() <= 0 || requested.compareTo(MAX_REQUEST) > 0)) {
      errors.add(new FieldError(REQUESTED_AMOUNT, "haetun summan on oltava 1–10 000 000 euroa"));
    } else if (requested != null && requested.scale() > 2
        && requested.stripTrailingZeros().scale() > 2) {
      errors.add(new FieldError(REQUESTED_AMOUNT, "enintään kaksi desimaalia (senttiä)"));
    }
    Integer duration = convert(in, errors, DURATION_YEARS, Values::integer, "kokonaisluku");
    if (duration != null && (duration < 1 || duration > 4)) {
      errors.add(new FieldError(DURATION_YEARS, "kesto on 1–4 vuotta"));
    }
    String contactEmail = contactEmail(in, errors);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new ApplicationData(organizationName, businessId, organizationType.toUpperCase(),
        projectName, targetGroup, open, strategyGoals, complements, directory, municipalities,
        wholeRegion, otherFunding, justification, requested.setScale(2), duration, contactEmail);
  }

  /** The organisation's contact address for notifications: required, one plain address. */
  public static String contactEmail(Map<String, Object> in, List<FieldError> errors) {
    String email = text(in, errors, CONTACT_EMAIL, 254, true);
    if (email != null && !fi.avustukset.platform.mail.Outbox.isEmail(email)) {
      errors.add(new FieldError(CONTACT_EMAIL,
          "virheellinen sähköpostiosoite (muoto nimi@esimerkki.fi)"));
      return null;
    }
    return email;
  }

  private static String text(Map<String, Object> in, List<FieldError> errors, String field,
      int max, boolean required) {
    Object raw = in.get(field);
    if (raw != null && !(raw instanceof String)) {
      errors.add(new FieldError(field, "tekstiä odotettiin"));
      return null;
    }
    String value = Values.text(raw);
    if (value == null && required) {
      errors.add(new FieldError(field, "pakollinen tieto puuttuu"));
    } else if (value != null && value.length() > max) {
      errors.add(new FieldError(field, "enintään " + max + " merkkiä"));
    }
    return value;
  }

  private static <T> T convert(Map<String, Object> in, List<FieldError> errors, String field,
      Function<Object, T> converter, String expected) {
    Object raw = in.get(field);
    T value;
    try {
      value = converter.apply(raw);
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, "arvon on oltava " + expected));
      return null;
    }
    if (value == null) {
      errors.add(new FieldError(field, "pakollinen tieto puuttuu"));
    }
    return value;
  }

  private ApplicationValidator() {}
}

package fi.avustukset.grant.attachment.domain;

import java.util.Arrays;
import java.util.Optional;

/** What an attachment is (CONTRACT.md "Attachments"), with the name an NGO reads. */
public enum AttachmentKind {
  STATUTES("Säännöt"),
  BUDGET("Talousarvio ja rahoitussuunnitelma"),
  FINANCIAL_STATEMENTS("Viimeisin tilinpäätös"),
  ANNUAL_REPORT("Toimintakertomus"),
  LETTER_OF_INTENT("Aiesopimus tai yhteistyösitoumus"),
  OTHER("Muu liite");

  private final String finnishName;

  AttachmentKind(String finnishName) {
    this.finnishName = finnishName;
  }

  public String finnishName() {
    return finnishName;
  }

  public static Optional<AttachmentKind> parse(String code) {
    return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
  }
}

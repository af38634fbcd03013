package fi.avustukset.grant.audit.domain;

import fi.avustukset.platform.history.Phase;
import java.util.List;

/**
 * The phases of a grant case for cycle times (issue 13.4), mapped to the elements of the models
 * in processes/: submission → eligibility → completion → review → committee → take-over →
 * rectification → agreement → first payment → report accepted. The top-level sub-processes of
 * grant-application are phases of their own (the model is drawn in phases, STYLE.md); within
 * "Avustuskelpoisuus ja täydennys" the applicant's completion is split off the preparer's check.
 * "Päätösesitys ja jaosto" includes waiting for the call's proposal list, which waits for the
 * call's last application: that wait is part of what an applicant experiences.
 */
public final class GrantPhases {

  private GrantPhases() {}

  static final String APPLICATION = "grant-application";
  static final String AGREEMENT = "grant-agreement";
  static final String REPORT = "grant-report";

  public static final List<Phase> ALL = List.of(
      Phase.of("SUBMISSION", "Hakemuksen vastaanotto ja kirjaus", APPLICATION,
          "Task_RegisterApplication"),
      Phase.of("ELIGIBILITY", "Avustuskelpoisuuden tarkistus", APPLICATION,
          "Task_CheckEligibility", "Task_ReviewEligibility", "Task_ProposeRejectionOverdue"),
      Phase.of("COMPLETION", "Hakijan täydennys", APPLICATION, "Task_CompleteApplication"),
      Phase.of("REVIEW", "Arviointi tai kumppanuusneuvottelu", APPLICATION, "SubProcess_Review"),
      Phase.of("COMMITTEE", "Päätösesitys ja jaoston päätös", APPLICATION,
          "SubProcess_Committee"),
      Phase.of("TAKEOVER", "Aluehallituksen otto-oikeus", APPLICATION, "SubProcess_Takeover"),
      Phase.of("RECTIFICATION", "Tiedoksianto ja oikaisu", APPLICATION,
          "SubProcess_Rectification"),
      Phase.of("AGREEMENT", "Avustussopimus", AGREEMENT, "Task_RegisterAgreement",
          "Task_DraftAgreement", "Task_AcceptAgreement", "Task_SignAgreement",
          "Task_ActivateAgreement"),
      Phase.first("FIRST_PAYMENT", "Ensimmäinen maksuerä", AGREEMENT, "SubProcess_Instalment"),
      Phase.first("REPORT_ACCEPTED", "Ensimmäinen raportti hyväksytty", REPORT,
          "SubProcess_Submission", "Task_ReviewReport"));
}

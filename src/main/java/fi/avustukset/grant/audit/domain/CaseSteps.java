package fi.avustukset.grant.audit.domain;

import java.util.Map;
import java.util.Set;

/**
 * What each element of the grant models means in a case's audit trail, in Finnish: the action
 * a finished user task or service step stands for, who does it (shown to the applicant instead
 * of a staff member's id), and whether the applicant organisation reads it in its own case.
 * Element ids are those of processes/grant-application.bpmn, grant-agreement.bpmn and
 * grant-report.bpmn (and grant-change.bpmn where present).
 *
 * <p>The applicant sees what was done to its case and decided about it: submission,
 * eligibility result, completion, the decision with its grounds, the board's take-over, the
 * rectification, the agreement, payments and reports. It does not see reviewers (who scored,
 * the scores), the preparer's notes and proposal changes before the committee, conflict
 * declarations, nor Cockpit/Tasklist operations (claims, retries): those are internal
 * preparation (julkisuuslaki 24 § 1 mom. 29 k: keskeneräinen valmisteluaineisto) and the
 * reviewers' identity is not part of the decision.
 */
public final class CaseSteps {

  private CaseSteps() {}

  /** A step: Finnish action, role of who does it, whether the applicant reads it. */
  public record Step(String action, String role, boolean forApplicant) {}

  public static final String SYSTEM = "järjestelmä";
  public static final String APPLICANT = "Hakija";
  static final String PREPARER = "Valmistelija";
  static final String COMMITTEE = "Asiakaskokemusjaosto";
  static final String BOARD = "Aluehallitus";

  /** User tasks by task definition key. */
  public static final Map<String, Step> TASKS = Map.ofEntries(
      Map.entry("Task_ReviewEligibility", new Step("Kelpoisuuspuutteet arvioitu", PREPARER, true)),
      Map.entry("Task_CompleteApplication", new Step("Hakemusta täydennetty", APPLICANT, true)),
      Map.entry("Task_ScoreApplication", new Step("Hakemus pisteytetty", "Arvioija", false)),
      Map.entry("Task_Negotiate", new Step("Kumppanuusneuvottelu käyty", "Palvelualue", true)),
      Map.entry("Task_NegotiationResponse", new Step("Neuvotteluehdotukseen vastattu", APPLICANT, true)),
      Map.entry("Task_CommitteeDecision", new Step("Jaosto päätti avustuksesta", COMMITTEE, true)),
      Map.entry("Task_Reprepare", new Step("Valmisteltu uudelleen", PREPARER, false)),
      Map.entry("Task_ConsiderTakeover", new Step("Otto-oikeuden käyttöä harkittu", BOARD, true)),
      Map.entry("Task_BoardDecision", new Step("Aluehallitus päätti", BOARD, true)),
      Map.entry("Task_ConsiderRectification", new Step("Päätös hyväksytty tai oikaisua haettu", APPLICANT, true)),
      Map.entry("Task_HandleRectification", new Step("Oikaisuvaatimus käsitelty", COMMITTEE, true)),
      Map.entry("Task_DraftAgreement", new Step("Sopimusluonnos laadittu", PREPARER, true)),
      Map.entry("Task_AcceptAgreement", new Step("Sopimus hyväksytty", APPLICANT, true)),
      Map.entry("Task_SignAgreement", new Step("Sopimus allekirjoitettu", "Palvelualue", true)),
      Map.entry("Task_ApprovePayment", new Step("Maksatus hyväksytty", PREPARER, true)),
      Map.entry("Task_SubmitReport", new Step("Raportti jätetty", APPLICANT, true)),
      Map.entry("Task_ReviewReport", new Step("Raportti tarkastettu", PREPARER, true)),
      Map.entry("Task_FollowUpLateReport", new Step("Myöhästynyt raportti selvitetty", PREPARER, false)),
      Map.entry("Task_DecideReclaim", new Step("Takaisinperinnästä päätetty", PREPARER, true)),
      Map.entry("Task_AssessChange", new Step("Muutoshakemus arvioitu", PREPARER, true)),
      Map.entry("Task_DecideChange", new Step("Muutoshakemuksesta päätetty", COMMITTEE, true)));

  /** Service tasks and events by element id: done by the system. */
  public static final Map<String, Step> SYSTEM_STEPS = Map.ofEntries(
      Map.entry("Task_RegisterApplication", new Step("Hakemus kirjattu", SYSTEM, true)),
      Map.entry("Task_CheckEligibility", new Step("Tukikelpoisuus tarkistettu", SYSTEM, true)),
      Map.entry("Task_ProposeRejectionOverdue", new Step("Hylkäystä esitetty: täydennys puuttuu", SYSTEM, true)),
      Map.entry("Event_CompletionOverdue", new Step("Täydennyksen määräaika umpeutui", SYSTEM, true)),
      Map.entry("Task_AssignReviewers", new Step("Arvioijat nimetty", SYSTEM, false)),
      Map.entry("Task_ComputeScore", new Step("Arviointi valmis", SYSTEM, true)),
      Map.entry("Task_RecordNegotiationOutcome", new Step("Neuvottelun tulos kirjattu", SYSTEM, true)),
      Map.entry("Task_MarkReadyForDecision", new Step("Hakemus valmis päätösesitykseen", SYSTEM, true)),
      Map.entry("Event_ProposalReceived", new Step("Päätösesitys viety jaostolle", SYSTEM, true)),
      Map.entry("Event_TakeoverPeriodEnded", new Step("Otto-oikeuden määräaika päättyi", SYSTEM, true)),
      Map.entry("Task_NotifyApplicant", new Step("Päätös lähetetty hakijalle", SYSTEM, true)),
      Map.entry("Task_NotifyRectificationDecision", new Step("Oikaisupäätös lähetetty hakijalle", SYSTEM, true)),
      Map.entry("Event_RectificationPeriodEnded", new Step("Oikaisuvaatimusaika päättyi", SYSTEM, true)),
      Map.entry("Task_FinalizeDecision", new Step("Päätös lainvoimainen", SYSTEM, true)),
      Map.entry("Task_RegisterAgreement", new Step("Sopimus kirjattu", SYSTEM, true)),
      Map.entry("Task_ActivateAgreement", new Step("Sopimus voimassa", SYSTEM, true)),
      Map.entry("Task_SendPayment", new Step("Maksuerä maksettu", SYSTEM, true)),
      Map.entry("Task_CloseAgreement", new Step("Sopimus päättynyt", SYSTEM, true)),
      Map.entry("Task_ScheduleReport", new Step("Raportin määräajat laskettu", SYSTEM, true)),
      Map.entry("Task_RemindBeforeDue", new Step("Muistutus raportista lähetetty", SYSTEM, true)),
      Map.entry("Task_MarkReportLate", new Step("Raportti myöhässä", SYSTEM, true)),
      Map.entry("Task_RemindAfterDue", new Step("Muistutus myöhästyneestä raportista", SYSTEM, true)),
      Map.entry("EndEvent_ReportAccepted", new Step("Raportti hyväksytty", SYSTEM, true)),
      Map.entry("Task_RegisterChange", new Step("Muutoshakemus kirjattu", SYSTEM, true)),
      Map.entry("Task_ApplyChange", new Step("Muutos päivitetty sopimukseen ja raportointiin", SYSTEM, true)));

  /** Start of each process of a case. */
  public static final Map<String, Step> STARTS = Map.of(
      "grant-application", new Step("Hakemus jätetty", APPLICANT, true),
      "grant-agreement", new Step("Sopimusvaihe alkoi", SYSTEM, true),
      "grant-report", new Step("Raportointivelvoite alkoi", SYSTEM, true),
      "grant-change", new Step("Muutoshakemus jätetty", APPLICANT, true));

  /** The processes whose instances make up a case (business key = application number). */
  public static final Set<String> CASE_PROCESSES = STARTS.keySet();

  /** A figure or decision whose changes the trail shows with old → new value. */
  public record Figure(String label, boolean forApplicant, boolean money) {}

  /** Process variables shown as figures, by name (CONTRACT.md "Process data" and the models). */
  public static final Map<String, Figure> FIGURES = Map.ofEntries(
      Map.entry("requestedAmount", new Figure("Haettu summa", true, true)),
      Map.entry("durationYears", new Figure("Kesto (vuotta)", true, false)),
      Map.entry("eligible", new Figure("Avustuskelpoinen", true, false)),
      Map.entry("eligibilityFailures", new Figure("Täyttymättömät ehdot", true, false)),
      Map.entry("eligibilityDecision", new Figure("Kelpoisuusratkaisu", true, false)),
      Map.entry("eligibilityNote", new Figure("Valmistelijan muistiinpano", false, false)),
      Map.entry("completionRequest", new Figure("Täydennyspyyntö", true, false)),
      Map.entry("completionDue", new Figure("Täydennyksen määräpäivä", true, false)),
      Map.entry("serviceDirectory", new Figure("Palveluhakemisto", true, false)),
      Map.entry("score", new Figure("Pisteet", false, false)),
      Map.entry("reviewComment", new Figure("Arvioijan tai tarkastajan huomautus", false, false)),
      Map.entry("negotiatedAmount", new Figure("Neuvoteltu summa", true, true)),
      Map.entry("negotiationOutcome", new Figure("Neuvottelun tulos", true, false)),
      Map.entry("negotiationNotes", new Figure("Neuvottelumuistiinpanot", false, false)),
      Map.entry("proposedAmount", new Figure("Esitetty summa", false, true)),
      Map.entry("proposedDecision", new Figure("Päätösesitys", false, false)),
      Map.entry("proposalReason", new Figure("Esityksen perustelu", false, false)),
      Map.entry("decision", new Figure("Päätös", true, false)),
      Map.entry("grantedAmount", new Figure("Myönnetty summa", true, true)),
      Map.entry("decisionReasons", new Figure("Päätöksen perustelut", true, false)),
      Map.entry("takeOver", new Figure("Otto-oikeus käytetty", true, false)),
      Map.entry("rectificationRequested", new Figure("Oikaisua haettu", true, false)),
      Map.entry("rectificationReasons", new Figure("Oikaisuvaatimuksen perusteet", true, false)),
      Map.entry("rectificationOutcome", new Figure("Oikaisuvaatimuksen ratkaisu", true, false)),
      Map.entry("decisionFinal", new Figure("Päätös lopullinen", true, false)),
      Map.entry("agreementStart", new Figure("Sopimuskausi alkaa", true, false)),
      Map.entry("agreementEnd", new Figure("Sopimuskausi päättyy", true, false)),
      Map.entry("agreementAcceptance", new Figure("Hakijan vastaus sopimukseen", true, false)),
      Map.entry("agreementSignature", new Figure("Allekirjoitus", true, false)),
      Map.entry("instalmentAmount", new Figure("Maksuerä", true, true)),
      Map.entry("paymentApproval", new Figure("Maksatuksen hyväksyntä", true, false)),
      Map.entry("paymentComment", new Figure("Maksatuksen huomautus", false, false)),
      Map.entry("paymentReference", new Figure("Maksun viite", true, false)),
      Map.entry("usedAmount", new Figure("Käytetty avustus", true, true)),
      Map.entry("eventCount", new Figure("Tapahtumia", true, false)),
      Map.entry("participantCount", new Figure("Osallistujia", true, false)),
      Map.entry("reportReview", new Figure("Raportin tarkastus", true, false)),
      Map.entry("lateFollowUpNote", new Figure("Selvitys myöhästymisestä", false, false)),
      Map.entry("reclaimAmount", new Figure("Takaisinperittävä summa", true, true)),
      Map.entry("reclaimGrounds", new Figure("Takaisinperinnän peruste", true, false)),
      Map.entry("reclaimReasons", new Figure("Takaisinperinnän perustelut", true, false)),
      Map.entry("newEndDate", new Figure("Haettu päättymispäivä", true, false)),
      Map.entry("recommendation", new Figure("Valmistelijan suositus", false, false)),
      Map.entry("assessment", new Figure("Valmistelijan arvio", false, false)),
      Map.entry("changeDecision", new Figure("Muutoshakemuksen ratkaisu", true, false)),
      Map.entry("decisionReason", new Figure("Muutospäätöksen perustelu", true, false)),
      Map.entry("approvedEndDate", new Figure("Hyväksytty päättymispäivä", true, false)),
      Map.entry("budgetTotal", new Figure("Talousarvio yhteensä", true, true)));
}

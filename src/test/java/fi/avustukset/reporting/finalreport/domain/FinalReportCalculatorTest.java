package fi.avustukset.reporting.finalreport.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import fi.avustukset.reporting.activity.domain.ActivityEventCsv;
import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.activity.domain.AnnualReportCalculator;
import fi.avustukset.reporting.activity.domain.ContactFigures;
import fi.avustukset.reporting.activity.domain.EventRecord;
import fi.avustukset.reporting.activity.domain.FeedbackRatings;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.activity.domain.SurveyResult;
import fi.avustukset.reporting.finalreport.Jsh113Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Seed 004's four periods (autumn 2017, 2018, 2019, 2020) from the fixtures, through the
 * annual report of each year into the final report: each year's figures as the seed's tables
 * give them, the totals, the four inconsistencies of the seed flagged, surveys and the staff's
 * self-assessment trend.
 */
class FinalReportCalculatorTest {

  static FinalReport report;

  @BeforeAll
  static void compute() {
    report = FinalReportCalculator.compute(inputs(Jsh113Fixtures.YEARS));
  }

  static FinalReportCalculator.Inputs inputs(List<Integer> years) {
    JsonNode evaluation = Jsh113Fixtures.evaluation();
    List<SurveyResult> allSurveys = new ArrayList<>();
    evaluation.path("surveys").forEach(s -> allSurveys.add(survey(s)));
    List<FinalReportCalculator.Year> out = new ArrayList<>();
    for (int year : years) {
      List<EventRecord> events = ActivityEventCsv.parse(Jsh113Fixtures.events(year), t -> false)
          .stream().map(ActivityEventCsv.Row::event).toList();
      Integer reportedParticipants = null;
      Integer reportedEvents = null;
      for (JsonNode f : evaluation.path("yearFigures")) {
        if (f.path("year").asInt() == year) {
          reportedParticipants = f.path("reportedParticipantTotal").asInt();
          reportedEvents = f.path("reportedEventCount").asInt();
        }
      }
      List<ContactFigures> contacts = new ArrayList<>();
      for (JsonNode c : evaluation.path("contacts")) {
        LocalDate start = LocalDate.parse(c.path("periodStart").asText());
        if (start.getYear() == year) {
          JsonNode s = c.path("targetSectorShare");
          contacts.add(new ContactFigures(start, LocalDate.parse(c.path("periodEnd").asText()),
              c.path("phoneCalls").asInt(), c.path("textMessages").asInt(),
              c.path("networkEmails").asInt(), c.path("personalEmails").asInt(), dec(s, "publicSector"),
              dec(s, "ngo"), dec(s, "privateSector"), dec(s, "individuals")));
        }
      }
      List<FeedbackRatings> feedback = new ArrayList<>();
      for (JsonNode f : Jsh113Fixtures.feedback()) {
        if (f.path("year").asInt() == year) {
          JsonNode r = f.path("ratings");
          feedback.add(new FeedbackRatings(GoalLevel.valueOf(f.path("goalLevel").asText()),
              r.path("1").asInt(), r.path("2").asInt(), r.path("3").asInt(), r.path("4").asInt(),
              r.path("5").asInt()));
        }
      }
      List<SurveyResult> surveys = allSurveys.stream()
          .filter(s -> s.conductedOn().getYear() == year).toList();
      AnnualReport annual = AnnualReportCalculator.compute(new AnnualReportCalculator.Inputs(
          "JSH-113", "JärjestöSotehanke 113", "Varsinais-Suomen Muistiyhdistys ry",
          "JARJESTO-2.0", year, events, reportedParticipants, reportedEvents, contacts, feedback,
          surveys, code -> null));
      LocalDate first = events.stream().map(EventRecord::date).min(LocalDate::compareTo)
          .orElse(null);
      out.add(new FinalReportCalculator.Year(annual, first));
    }
    return new FinalReportCalculator.Inputs("JSH-113", "JärjestöSotehanke 113",
        "Varsinais-Suomen Muistiyhdistys ry", "JARJESTO-2.0", null, out,
        allSurveys.stream().filter(s -> years.contains(s.conductedOn().getYear())).toList());
  }

  static SurveyResult survey(JsonNode s) {
    List<SurveyResult.Statement> statements = new ArrayList<>();
    s.path("statements").forEach(st -> statements.add(new SurveyResult.Statement(
        st.path("text").asText(), st.path("mean").decimalValue(), null)));
    return new SurveyResult(s.path("code").asText(), s.path("name").asText(),
        SurveyResult.Audience.valueOf(s.path("audience").asText()),
        SurveyResult.Phase.valueOf(s.path("phase").asText()),
        LocalDate.parse(s.path("conductedOn").asText()),
        s.hasNonNull("invited") ? s.path("invited").asInt() : null, s.path("respondents").asInt(),
        statements);
  }

  static BigDecimal dec(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.path(field).decimalValue() : null;
  }

  static FinalReport.Period period(int year) {
    return report.periods().stream().filter(p -> p.year() == year).findFirst().orElseThrow();
  }

  static int[] types(Map<String, Integer> byType) {
    return new int[] {byType.get("PERSONAL_MEETING"), byType.get("SEMINAR"),
        byType.get("WORKING_GROUP"), byType.get("PARTNER_MEETING"), byType.get("NGO_COACHING"),
        byType.get("PROJECT_PRESENTATION"), byType.get("OTHER")};
  }

  @Test
  void fourPeriodsTheFirstAPartYearFromAugust2017() {
    assertThat(report.periods()).extracting(FinalReport.Period::year)
        .containsExactly(2017, 2018, 2019, 2020);
    assertThat(report.from()).isEqualTo(2017);
    assertThat(report.to()).isEqualTo(2020);
    assertThat(period(2017).partYear()).isTrue();
    assertThat(period(2017).periodStart()).isEqualTo(LocalDate.of(2017, 8, 1));
    assertThat(period(2018).partYear()).isFalse();
    assertThat(period(2018).periodStart()).isEqualTo(LocalDate.of(2018, 1, 1));
    assertThat(period(2020).periodEnd()).isEqualTo(LocalDate.of(2020, 12, 31));
  }

  @Test
  void eventsByTypeOfEveryPeriodAsTheSeedGivesThem() {
    assertThat(types(period(2017).eventsByType())).containsExactly(16, 11, 23, 6, 5, 3, 8);
    assertThat(types(period(2018).eventsByType())).containsExactly(64, 70, 88, 34, 28, 9, 32);
    assertThat(types(period(2019).eventsByType())).containsExactly(42, 36, 68, 12, 24, 5, 15);
    assertThat(types(period(2020).eventsByType())).containsExactly(42, 21, 60, 7, 14, 11, 7);
    assertThat(report.periods()).extracting(FinalReport.Period::eventCount)
        .containsExactly(72, 325, 202, 162);
    assertThat(report.periods()).extracting(FinalReport.Period::reportedEventCount)
        .containsExactly(72, 325, 200, 161);
  }

  @Test
  void participantsBySectorOfEveryPeriod() {
    assertThat(period(2017).participantsBySector())
        .isEqualTo(new AnnualReport.Participants(386, 41, 874, 32));
    assertThat(period(2018).participantsBySector())
        .isEqualTo(new AnnualReport.Participants(1501, 113, 2657, 143));
    assertThat(period(2019).participantsBySector())
        .isEqualTo(new AnnualReport.Participants(1223, 236, 2561, 248));
    assertThat(period(2020).participantsBySector())
        .isEqualTo(new AnnualReport.Participants(448, 200, 1575, 251));
    assertThat(report.periods()).extracting(FinalReport.Period::participantTotal)
        .containsExactly(1333, 4414, 4268, 2474);
    assertThat(report.periods()).extracting(FinalReport.Period::reportedParticipantTotal)
        .containsExactly(1172, 5740, 4268, 2474);
  }

  @Test
  void goalLevelsWithTheNationalLevelOnlyIn2020() {
    // seed: 73.4 / 18.7 / 14.7 / 1.3 % of 72 events; the nearest whole events give these
    assertThat(period(2017).goalLevelShare()).containsEntry("REGION", new BigDecimal("73.6"))
        .containsEntry("ORGANIZATION", new BigDecimal("18.1"))
        .containsEntry("MUNICIPALITY", new BigDecimal("15.3"))
        .containsEntry("INDIVIDUAL", new BigDecimal("1.4"))
        .containsEntry("NATIONAL", new BigDecimal("0.0"));
    assertThat(period(2019).goalLevelCount()).containsEntry("REGION", 126)
        .containsEntry("ORGANIZATION", 51).containsEntry("MUNICIPALITY", 37)
        .containsEntry("INDIVIDUAL", 24).containsEntry("NATIONAL", 0);
    assertThat(period(2020).goalLevelShare()).containsEntry("NATIONAL", new BigDecimal("22.8"))
        .containsEntry("REGION", new BigDecimal("53.1"))
        .containsEntry("ORGANIZATION", new BigDecimal("24.1"))
        .containsEntry("MUNICIPALITY", new BigDecimal("25.9"))
        .containsEntry("INDIVIDUAL", new BigDecimal("5.6"));
    assertThat(report.periods()).extracting(p -> p.goalLevelCount().get("NATIONAL"))
        .containsExactly(0, 0, 0, 37);
  }

  @Test
  void organizerRolesAddUpToTheEventsOfTheYear() {
    assertThat(period(2019).organizerRoleCount()).containsExactly(entry("OWN", 59),
        entry("OWN_WITH_OTHER_PROJECT", 16), entry("COOPERATION", 47),
        entry("CONTENT_FOR_OTHERS", 37), entry("PARTICIPATION", 43));
    for (FinalReport.Period p : report.periods()) {
      assertThat(p.organizerRoleCount().values().stream().mapToInt(Integer::intValue).sum())
          .isEqualTo(p.eventCount());
    }
  }

  @Test
  void totalsOverThePeriod() {
    FinalReport.Totals t = report.totals();
    assertThat(t.periodCount()).isEqualTo(4);
    assertThat(t.eventCount()).isEqualTo(72 + 325 + 202 + 162);
    assertThat(t.reportedEventCount()).isEqualTo(72 + 325 + 200 + 161);
    assertThat(t.participantTotal()).isEqualTo(1333 + 4414 + 4268 + 2474);
    assertThat(t.reportedParticipantTotal()).isEqualTo(1172 + 5740 + 4268 + 2474);
    assertThat(types(t.eventsByType())).containsExactly(164, 138, 239, 59, 71, 28, 62);
    assertThat(t.participantsBySector()).isEqualTo(new AnnualReport.Participants(
        386 + 1501 + 1223 + 448, 41 + 113 + 236 + 200, 874 + 2657 + 2561 + 1575,
        32 + 143 + 248 + 251));
    assertThat(t.goalLevelCount()).containsEntry("NATIONAL", 37);
    assertThat(t.contacts().phoneCalls()).isEqualTo(260 + 490 + 330 + 180);
    assertThat(t.contacts().textMessages()).isEqualTo(0 + 105 + 15 + 590);
    assertThat(t.contacts().networkEmails()).isEqualTo(1990 + 23310 + 21361 + 39175);
    assertThat(t.contacts().personalEmails()).isEqualTo(251 + 5520 + 4875 + 4210);
    // feedback givers per goal level, as the seed counts them (17+72+73+41 for the region)
    assertThat(t.feedbackByGoalLevel().get("REGION").responses()).isEqualTo(17 + 72 + 73 + 41);
    assertThat(t.feedbackByGoalLevel().get("MUNICIPALITY").responses()).isEqualTo(40 + 31 + 27);
    assertThat(t.feedbackByGoalLevel().get("ORGANIZATION").responses())
        .isEqualTo(44 + 198 + 92 + 34);
  }

  @Test
  void theFourInconsistenciesOfTheSeedAreFlaggedAndNothingElse() {
    assertThat(report.discrepancies()).extracting(FinalReport.Discrepancy::year,
        FinalReport.Discrepancy::figure).containsExactly(
        org.assertj.core.groups.Tuple.tuple(2017, "participantTotal"),
        org.assertj.core.groups.Tuple.tuple(2018, "participantTotal"),
        org.assertj.core.groups.Tuple.tuple(2019, "eventCount"),
        org.assertj.core.groups.Tuple.tuple(2020, "eventCount"));
    assertThat(report.discrepancies()).extracting(d -> d.difference().intValue())
        .containsExactly(1172 - 1333, 5740 - 4414, 200 - 202, 161 - 162);
    assertThat(period(2017).discrepancies()).singleElement()
        .satisfies(d -> assertThat(d.message()).contains("1\u00A0172").contains("1\u00A0333"));
  }

  @Test
  void feedbackMeansPerGoalLevelOfEachYear() {
    assertThat(period(2018).feedbackByGoalLevel().get("REGION").mean())
        .isEqualByComparingTo("3.68");
    assertThat(period(2018).feedbackByGoalLevel().get("ORGANIZATION").mean())
        .isEqualByComparingTo("3.62");
    assertThat(period(2018).feedbackByGoalLevel().get("ORGANIZATION").responses()).isEqualTo(198);
    assertThat(period(2019).feedbackByGoalLevel().get("REGION").mean())
        .isEqualByComparingTo("3.99");
    assertThat(period(2017).feedbackByGoalLevel()).containsOnlyKeys("REGION", "ORGANIZATION");
  }

  @Test
  void surveysGroupedByPhaseAndAudienceWithTheSeedsPartMeans() {
    Map<String, List<FinalReport.SurveySummary>> mid = report.surveys().get("MID_TERM");
    Map<String, List<FinalReport.SurveySummary>> fin = report.surveys().get("FINAL");
    assertThat(report.surveys()).containsOnlyKeys("MID_TERM", "FINAL", "OTHER");
    assertThat(mid).containsOnlyKeys("TARGET_GROUP", "PARTNERS", "STAFF");
    assertThat(mid.get("TARGET_GROUP")).extracting(FinalReport.SurveySummary::mean)
        .containsExactly(new BigDecimal("3.78"), new BigDecimal("3.58"));
    assertThat(mid.get("TARGET_GROUP").get(0).respondents()).isEqualTo(70);
    assertThat(mid.get("PARTNERS")).extracting(FinalReport.SurveySummary::mean)
        .containsExactly(new BigDecimal("4.46"), new BigDecimal("3.99"));
    assertThat(fin.get("TARGET_GROUP")).extracting(FinalReport.SurveySummary::mean)
        .containsExactly(new BigDecimal("4.25"), new BigDecimal("3.89"), new BigDecimal("4.35"));
    assertThat(fin.get("PARTNERS")).extracting(FinalReport.SurveySummary::mean)
        .containsExactly(new BigDecimal("4.33"), new BigDecimal("3.88"), new BigDecimal("4.57"));
    assertThat(fin.get("PARTNERS").get(0).statements()).extracting(FinalReport.Statement::mean)
        .containsExactly(new BigDecimal("4.23"), new BigDecimal("4.47"), new BigDecimal("4.4"),
            new BigDecimal("4.17"), new BigDecimal("4.37"));
    assertThat(mid.get("STAFF")).extracting(FinalReport.SurveySummary::code)
        .containsExactly("JSH113-TT-2018");
    assertThat(fin.get("STAFF")).extracting(FinalReport.SurveySummary::code)
        .containsExactly("JSH113-TT-2020");
  }

  @Test
  void midTermAgainstFinalStatementByStatement() {
    FinalReport.SurveyComparison goals = report.surveyComparison().stream()
        .filter(c -> c.audience().equals("TARGET_GROUP") && "JSH113-KR-LOPPU-2".equals(c.finalCode()))
        .findFirst().orElseThrow();
    assertThat(goals.midTermCode()).isEqualTo("JSH113-KR-VALI-2");
    assertThat(goals.statements()).extracting(FinalReport.StatementComparison::midTermMean)
        .containsExactly(new BigDecimal("3.89"), new BigDecimal("3.3"), new BigDecimal("3.65"),
            new BigDecimal("3.49"));
    assertThat(goals.statements()).extracting(FinalReport.StatementComparison::finalMean)
        .containsExactly(new BigDecimal("4.03"), new BigDecimal("3.64"), new BigDecimal("4.11"),
            new BigDecimal("3.79"));
    // the final survey's third part (significance) has no mid-term counterpart
    assertThat(report.surveyComparison()).anySatisfy(c -> {
      assertThat(c.finalCode()).isEqualTo("JSH113-KR-LOPPU-3");
      assertThat(c.midTermCode()).isNull();
    });
  }

  @Test
  void staffSelfAssessmentSeries() {
    assertThat(report.selfAssessments()).extracting(FinalReport.SelfAssessment::year)
        .containsExactly(2017, 2018, 2019, 2020);
    assertThat(report.selfAssessments()).extracting(FinalReport.SelfAssessment::mean)
        .containsExactly(new BigDecimal("4.03"), new BigDecimal("4.73"), new BigDecimal("4.61"),
            new BigDecimal("4.79"));
  }

  @Test
  void aRangeOfYearsGivesOnlyThoseYearsAndAFullFirstYear() {
    FinalReport two = FinalReportCalculator.compute(inputs(List.of(2019, 2020)));
    assertThat(two.periods()).extracting(FinalReport.Period::year).containsExactly(2019, 2020);
    assertThat(two.periods().get(0).partYear()).isFalse();
    assertThat(two.discrepancies()).extracting(FinalReport.Discrepancy::year)
        .containsExactly(2019, 2020);
    assertThat(two.totals().eventCount()).isEqualTo(202 + 162);
    assertThat(two.selfAssessments()).hasSize(2);
  }

  @Test
  void noYearsGivesAnEmptyReportNotAnError() {
    FinalReport none = FinalReportCalculator.compute(new FinalReportCalculator.Inputs("X", "X",
        null, null, null, List.of(), List.of()));
    assertThat(none.periods()).isEmpty();
    assertThat(none.from()).isNull();
    assertThat(none.totals().eventCount()).isZero();
    assertThat(none.totals().reportedEventCount()).isNull();
    assertThat(none.discrepancies()).isEmpty();
    assertThat(none.selfAssessments()).isEmpty();
  }
}

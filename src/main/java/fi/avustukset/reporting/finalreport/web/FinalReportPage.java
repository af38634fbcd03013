package fi.avustukset.reporting.finalreport.web;

import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.activity.domain.EventType;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.activity.domain.OrganizerRole;
import fi.avustukset.reporting.finalreport.domain.FinalReport;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the Finnish final-report page (templates/final-report.html) and its PDF show, prepared
 * from {@link FinalReport}: period labels, table rows with Finnish names, the charts as SVG.
 */
public record FinalReportPage(FinalReport report, List<String> periodLabels, List<Row> types,
    List<Row> sectors, List<ShareRow> levels, List<ShareRow> roles, List<Row> contacts,
    List<FeedbackRow> feedback, Map<String, String> audienceNames, Map<String, String> phaseNames,
    String typesChart, String sectorsChart, String levelsChart, String selfAssessmentChart,
    List<Comparison> comparisons) {

  /** A figure per period and its total. */
  public record Row(String name, List<Integer> values, Integer total) {}

  public record ShareRow(String name, List<Integer> counts, List<BigDecimal> shares,
      Integer totalCount, BigDecimal totalShare) {}

  public record FeedbackRow(String name, List<AnnualReport.FeedbackMean> values,
      AnnualReport.FeedbackMean total) {}

  public record Comparison(String audience, FinalReport.SurveyComparison data, String chart) {}

  static final Map<String, String> AUDIENCES = Map.of("TARGET_GROUP", "Kohderyhmä",
      "PARTNERS", "Yhteistyökumppanit", "STAFF", "Työntekijät");
  static final Map<String, String> PHASES = Map.of("MID_TERM", "Väliarviointi",
      "FINAL", "Loppuarviointi", "OTHER", "Muu arviointi");

  public static String label(FinalReport.Period p) {
    return p.partYear()
        ? p.year() + " (" + p.periodStart().getDayOfMonth() + "." + p.periodStart().getMonthValue()
            + ".–)"
        : String.valueOf(p.year());
  }

  public static FinalReportPage of(FinalReport r) {
    List<FinalReport.Period> ps = r.periods();
    List<String> labels = ps.stream().map(FinalReportPage::label).toList();

    List<Row> types = new ArrayList<>();
    for (EventType t : EventType.values()) {
      types.add(new Row(t.finnish(), ps.stream().map(p -> p.eventsByType().get(t.name())).toList(),
          r.totals().eventsByType().get(t.name())));
    }
    List<Row> sectors = new ArrayList<>();
    Map<String, Function<AnnualReport.Participants, Integer>> bySector = new LinkedHashMap<>();
    bySector.put("Julkisen sektorin viranhaltijat", AnnualReport.Participants::officials);
    bySector.put("Julkisen sektorin luottamushenkilöt", AnnualReport.Participants::electedOfficials);
    bySector.put("Järjestöjen edustajat", AnnualReport.Participants::ngoRepresentatives);
    bySector.put("Yksityisen sektorin edustajat", AnnualReport.Participants::privateSector);
    bySector.forEach((name, fn) -> sectors.add(new Row(name,
        ps.stream().map(p -> fn.apply(p.participantsBySector())).toList(),
        fn.apply(r.totals().participantsBySector()))));

    List<ShareRow> levels = new ArrayList<>();
    for (GoalLevel l : GoalLevel.values()) {
      levels.add(new ShareRow(l.finnish(), ps.stream().map(p -> p.goalLevelCount().get(l.name()))
          .toList(), ps.stream().map(p -> p.goalLevelShare().get(l.name())).toList(),
          r.totals().goalLevelCount().get(l.name()), r.totals().goalLevelShare().get(l.name())));
    }
    List<ShareRow> roles = new ArrayList<>();
    for (OrganizerRole o : OrganizerRole.values()) {
      roles.add(new ShareRow(o.finnish(), ps.stream().map(p -> p.organizerRoleCount()
          .get(o.name())).toList(), ps.stream().map(p -> p.organizerRoleShare().get(o.name()))
          .toList(), r.totals().organizerRoleCount().get(o.name()),
          r.totals().organizerRoleShare().get(o.name())));
    }
    List<Row> contacts = new ArrayList<>();
    contacts.add(contactRow("Puhelut", ps, AnnualReport.Contacts::phoneCalls,
        r.totals().contacts().phoneCalls()));
    contacts.add(contactRow("Tekstiviestit", ps, AnnualReport.Contacts::textMessages,
        r.totals().contacts().textMessages()));
    contacts.add(contactRow("Verkostosähköpostit", ps, AnnualReport.Contacts::networkEmails,
        r.totals().contacts().networkEmails()));
    contacts.add(contactRow("Henkilökohtaiset sähköpostit", ps,
        AnnualReport.Contacts::personalEmails, r.totals().contacts().personalEmails()));
    contacts.add(contactRow("Yhteensä", ps, AnnualReport.Contacts::total,
        r.totals().contacts().total()));

    List<FeedbackRow> feedback = new ArrayList<>();
    for (GoalLevel l : GoalLevel.values()) {
      if (r.totals().feedbackByGoalLevel().containsKey(l.name())) {
        feedback.add(new FeedbackRow(l.finnish(), ps.stream()
            .map(p -> p.feedbackByGoalLevel().get(l.name())).toList(),
            r.totals().feedbackByGoalLevel().get(l.name())));
      }
    }

    int[][] typeValues = new int[EventType.values().length][ps.size()];
    for (int t = 0; t < EventType.values().length; t++) {
      for (int p = 0; p < ps.size(); p++) {
        typeValues[t][p] = ps.get(p).eventsByType().get(EventType.values()[t].name());
      }
    }
    String typesChart = FinalReportCharts.stacked("Tapahtumat tyypeittäin kausittain", labels,
        types.stream().map(Row::name).toList(), typeValues);
    int[][] sectorValues = new int[sectors.size()][ps.size()];
    for (int s = 0; s < sectors.size(); s++) {
      for (int p = 0; p < ps.size(); p++) {
        sectorValues[s][p] = sectors.get(s).values().get(p);
      }
    }
    String sectorsChart = FinalReportCharts.stacked("Osallistujat sektoreittain kausittain",
        labels, sectors.stream().map(Row::name).toList(), sectorValues);
    BigDecimal[][] levelValues = new BigDecimal[GoalLevel.values().length][ps.size()];
    double levelMax = 10;
    for (int l = 0; l < GoalLevel.values().length; l++) {
      for (int p = 0; p < ps.size(); p++) {
        String code = GoalLevel.values()[l].name();
        // a level appears from the period it was first served (the national level in 2020)
        levelValues[l][p] = ps.get(p).goalLevelCount().get(code) == 0 ? null
            : ps.get(p).goalLevelShare().get(code);
        if (levelValues[l][p] != null) {
          levelMax = Math.max(levelMax, levelValues[l][p].doubleValue());
        }
      }
    }
    String levelsChart = FinalReportCharts.lines("Tavoitetasojen osuus tapahtumista (%)", labels,
        levels.stream().map(ShareRow::name).toList(), levelValues, 0,
        Math.ceil(levelMax / 20) * 20, " %", 1);

    List<String> saLabels = r.selfAssessments().stream()
        .map(s -> String.valueOf(s.year())).toList();
    BigDecimal[][] saValues = {r.selfAssessments().stream().map(FinalReport.SelfAssessment::mean)
        .toArray(BigDecimal[]::new)};
    String saChart = r.selfAssessments().isEmpty() ? null
        : FinalReportCharts.lines("Työntekijöiden laadun itsearvioinnin keskiarvo (1–5)",
            saLabels, List.of("Itsearvioinnin keskiarvo"), saValues, 1, 5, "", 2);

    List<Comparison> comparisons = new ArrayList<>();
    for (FinalReport.SurveyComparison c : r.surveyComparison()) {
      String title = (c.finalName() != null ? c.finalName() : c.midTermName());
      comparisons.add(new Comparison(AUDIENCES.get(c.audience()), c, FinalReportCharts.paired(
          title, c.statements().stream().map(FinalReport.StatementComparison::text).toList(),
          c.statements().stream().map(FinalReport.StatementComparison::midTermMean).toList(),
          c.statements().stream().map(FinalReport.StatementComparison::finalMean).toList())));
    }
    return new FinalReportPage(r, labels, types, sectors, levels, roles, contacts, feedback,
        AUDIENCES, PHASES, typesChart, sectorsChart, levelsChart, saChart, comparisons);
  }

  private static Row contactRow(String name, List<FinalReport.Period> ps,
      Function<AnnualReport.Contacts, Integer> fn, int total) {
    return new Row(name, ps.stream().map(p -> p.contacts() == null ? null : fn.apply(p.contacts()))
        .toList(), total);
  }
}

package fi.avustukset.reporting.activity.web;

import fi.avustukset.platform.web.BarChart;
import fi.avustukset.platform.web.BarChart.Bar;
import fi.avustukset.platform.web.Fmt;
import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.activity.domain.EventType;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.activity.domain.OrganizerRole;
import fi.avustukset.reporting.activity.domain.SurveyResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the annual report page (template {@code annual-report.html}) shows besides the report
 * itself: its charts, already formatted for Finnish readers (DOMAIN.md §8).
 */
public record AnnualReportPage(AnnualReport report, String name, BarChart types, BarChart levels,
    BarChart roles, BarChart sectors, BarChart headings, BarChart partners, BarChart contactShares,
    BarChart feedback) {

  static final Map<String, String> SECTOR_NAMES = Map.of("publicSector", "Julkinen sektori",
      "ngo", "Järjestöt", "privateSector", "Yksityinen sektori", "individuals",
      "Yksityishenkilöt");

  public static AnnualReportPage of(AnnualReport r, Fmt fmt) {
    String name = r.projectName() == null ? r.projectCode() : r.projectName();
    List<Bar> types = new ArrayList<>();
    for (EventType t : EventType.values()) {
      int n = r.eventsByType().getOrDefault(t.name(), 0);
      types.add(new Bar(t.finnish(), n, fmt.integer(n) + " kpl"));
    }
    List<Bar> levels = new ArrayList<>();
    for (GoalLevel l : GoalLevel.values()) {
      BigDecimal share = r.goalLevelShare().get(l.name());
      levels.add(new Bar(l.finnish(), share.doubleValue(), percent(fmt, share) + " ("
          + fmt.integer(r.goalLevelCount().get(l.name())) + ")"));
    }
    List<Bar> roles = new ArrayList<>();
    for (OrganizerRole o : OrganizerRole.values()) {
      BigDecimal share = r.organizerRoleShare().get(o.name());
      roles.add(new Bar(o.finnish(), share.doubleValue(), percent(fmt, share) + " ("
          + fmt.integer(r.organizerRoleCount().get(o.name())) + ")"));
    }
    AnnualReport.Participants p = r.participantsBySector();
    List<Bar> sectors = List.of(
        new Bar("Julkisen sektorin viranhaltijat", p.officials(), fmt.integer(p.officials())),
        new Bar("Luottamushenkilöt", p.electedOfficials(), fmt.integer(p.electedOfficials())),
        new Bar("Järjestöjen edustajat", p.ngoRepresentatives(), fmt.integer(p.ngoRepresentatives())),
        new Bar("Yksityinen sektori", p.privateSector(), fmt.integer(p.privateSector())));
    BarChart headings = null;
    BarChart partners = null;
    if (!r.eventsByHeading().isEmpty() || r.unclassifiedEventCount() < r.eventCount()) {
      List<Bar> h = new ArrayList<>();
      r.eventsByHeading().forEach((code, n) -> h.add(new Bar(
          r.headingNames().getOrDefault(code, code), n, fmt.integer(n) + " kpl")));
      h.add(new Bar("Luokittelematta", r.unclassifiedEventCount(),
          fmt.integer(r.unclassifiedEventCount()) + " kpl"));
      headings = BarChart.of("Tapahtumat pääotsikoittain", h, 0, "#00838f");
      List<Bar> pb = new ArrayList<>();
      r.eventsByPartner().forEach((code, n) -> pb.add(new Bar(partnerName(code), n,
          fmt.integer(n) + " kpl")));
      partners = BarChart.of("Tapahtumat julkisen yhteistyötahon mukaan", pb, 0, "#00695c");
    }
    BarChart contactShares = null;
    if (r.contacts() != null && !r.contacts().targetSectorShare().isEmpty()) {
      List<Bar> shares = new ArrayList<>();
      r.contacts().targetSectorShare().forEach((k, v) -> shares.add(new Bar(
          SECTOR_NAMES.getOrDefault(k, k), v.doubleValue(), percent(fmt, v))));
      contactShares = BarChart.of("Sähköpostien kohdesektorit, %", shares, 100, "#5d4037");
    }
    BarChart feedback = null;
    if (!r.feedbackByGoalLevel().isEmpty()) {
      List<Bar> bars = new ArrayList<>();
      r.feedbackByGoalLevel().forEach((level, m) -> bars.add(new Bar(
          GoalLevel.valueOf(level).finnish(), m.mean().doubleValue(),
          fmt.number(m.mean(), 2) + " (n = " + fmt.integer(m.responses()) + ")")));
      feedback = BarChart.of("Palautteen keskiarvo tavoitetasoittain (1–5)", bars, 5, "#c62828");
    }
    return new AnnualReportPage(r, name,
        BarChart.of("Tapahtumat tyypeittäin (kpl)", types, 0, "#1565c0"),
        BarChart.of("Tavoitetasot, % tapahtumista", levels, 100, "#2e7d32"),
        BarChart.of("Järjestäjärooli, % tapahtumista", roles, 100, "#6a1b9a"),
        BarChart.of("Osallistujat sektoreittain (hlöä)", sectors, 0, "#ef6c00"),
        headings, partners, contactShares, feedback);
  }

  /** A percent figure as given (30.2 → "30,2 %"). */
  static String percent(Fmt fmt, BigDecimal value) {
    return value == null ? "–" : fmt.number(value, 1) + Fmt.NBSP + "%";
  }

  public String audience(SurveyResult.Audience a) {
    return audienceName(a);
  }

  public String phase(SurveyResult.Phase p) {
    return phaseName(p);
  }

  static String audienceName(SurveyResult.Audience a) {
    return a == null ? "" : switch (a) {
      case TARGET_GROUP -> "kohderyhmä";
      case PARTNERS -> "yhteistyökumppanit";
      case STAFF -> "työntekijät (itsearviointi)";
    };
  }

  static String phaseName(SurveyResult.Phase p) {
    return p == null ? "" : switch (p) {
      case MID_TERM -> "väliarviointi";
      case FINAL -> "loppuarviointi";
      case OTHER -> "muu kysely";
    };
  }

  static String partnerName(String code) {
    return switch (code) {
      case "MUNICIPALITY" -> "Kunta";
      case "WELLBEING_COUNTY" -> "Hyvinvointialue";
      case "BOTH" -> "Molemmat";
      default -> code;
    };
  }
}

package fi.avustukset.reporting.activity.web;

import fi.avustukset.platform.web.Html;

import static fi.avustukset.platform.web.Html.esc;
import static fi.avustukset.platform.web.Html.num;

import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.activity.domain.ContactFigures;
import fi.avustukset.reporting.activity.domain.EventType;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.activity.domain.OrganizerRole;
import fi.avustukset.reporting.activity.domain.SurveyResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The annual report as an HTML page with inline-SVG charts (DOMAIN.md §8). */
public final class AnnualReportPage {

  private AnnualReportPage() {}

  public static String render(AnnualReport r) {
    StringBuilder b = new StringBuilder();
    String name = r.projectName() == null ? r.projectCode() : r.projectName();
    b.append("<h1>Vuosiraportti ").append(r.year()).append(": ").append(esc(name)).append("</h1>");
    b.append("<p class=\"muted\">Projekti ").append(esc(r.projectCode()));
    if (r.organizationName() != null) {
      b.append(" · ").append(esc(r.organizationName()));
    }
    if (r.programmeCode() != null) {
      b.append(" · ohjelma <a href=\"../../../programmes/").append(esc(r.programmeCode()))
          .append("/comparison.html?year=").append(r.year()).append("\">")
          .append(esc(r.programmeCode())).append("</a>");
    }
    b.append("</p><nav><a href=\"annual.html?year=").append(r.year() - 1).append("\">← ")
        .append(r.year() - 1).append("</a><a href=\"annual.html?year=").append(r.year() + 1)
        .append("\">").append(r.year() + 1).append(" →</a><a href=\"annual.csv?year=")
        .append(r.year()).append("\">Lataa CSV</a><a href=\"annual?year=").append(r.year())
        .append("\">JSON</a><a href=\"../activity/form\">Kirjaa toimintaa</a></nav>");

    if (!r.discrepancies().isEmpty()) {
      b.append("<div class=\"flag\" role=\"alert\"><strong>Ristiriitoja raportoiduissa luvuissa"
          + "</strong> — luvut näytetään sellaisinaan, niitä ei ole korjattu:<ul>");
      for (AnnualReport.Discrepancy d : r.discrepancies()) {
        b.append("<li data-figure=\"").append(esc(d.figure())).append("\">")
            .append(esc(d.message())).append(" (ero ").append(num(d.difference()))
            .append(")</li>");
      }
      b.append("</ul></div>");
    }

    b.append("<h2>Yhteenveto</h2><table><tbody>")
        .append(row("Tapahtumia (kirjattu)", r.eventCount()));
    if (r.reportedEventCount() != null) {
      b.append(row("Tapahtumia (ilmoitettu)", r.reportedEventCount()));
    }
    b.append(row("Osallistujia sektoreittain yhteensä", r.participantTotal()));
    if (r.reportedParticipantTotal() != null) {
      b.append(row("Osallistujia (ilmoitettu yhteismäärä)", r.reportedParticipantTotal()));
    }
    b.append("</tbody></table>");

    if (r.eventCount() == 0) {
      b.append("<p>Vuodelle ").append(r.year()).append(" ei ole kirjattu tapahtumia.</p>");
    }

    b.append("<h2>Tapahtumat tyypeittäin</h2>");
    List<Html.Bar> types = new ArrayList<>();
    for (EventType t : EventType.values()) {
      int n = r.eventsByType().getOrDefault(t.name(), 0);
      types.add(new Html.Bar(t.finnish(), n, n + " kpl"));
    }
    b.append(Html.barChart("Tapahtumat tyypeittäin (kpl)", types, 0, "#1565c0"));

    b.append("<h2>Tavoitetasot</h2><p class=\"muted\">Osuus tapahtumista; tapahtuma voi palvella"
        + " useaa tasoa, joten osuudet voivat olla yhteensä yli 100 %.</p>");
    List<Html.Bar> levels = new ArrayList<>();
    for (GoalLevel l : GoalLevel.values()) {
      BigDecimal share = r.goalLevelShare().get(l.name());
      levels.add(new Html.Bar(l.finnish(), share.doubleValue(), num(share) + " % ("
          + r.goalLevelCount().get(l.name()) + ")"));
    }
    b.append(Html.barChart("Tavoitetasot, % tapahtumista", levels, 100, "#2e7d32"));

    b.append("<h2>Järjestäjärooli</h2>");
    List<Html.Bar> roles = new ArrayList<>();
    for (OrganizerRole o : OrganizerRole.values()) {
      BigDecimal share = r.organizerRoleShare().get(o.name());
      roles.add(new Html.Bar(o.finnish(), share.doubleValue(), num(share) + " % ("
          + r.organizerRoleCount().get(o.name()) + ")"));
    }
    b.append(Html.barChart("Järjestäjärooli, % tapahtumista", roles, 100, "#6a1b9a"));

    b.append("<h2>Osallistujat sektoreittain</h2>");
    AnnualReport.Participants p = r.participantsBySector();
    List<Html.Bar> sectors = List.of(
        new Html.Bar("Julkisen sektorin viranhaltijat", p.officials(), String.valueOf(p.officials())),
        new Html.Bar("Luottamushenkilöt", p.electedOfficials(), String.valueOf(p.electedOfficials())),
        new Html.Bar("Järjestöjen edustajat", p.ngoRepresentatives(),
            String.valueOf(p.ngoRepresentatives())),
        new Html.Bar("Yksityinen sektori", p.privateSector(), String.valueOf(p.privateSector())));
    b.append(Html.barChart("Osallistujat sektoreittain (hlöä)", sectors, 0, "#ef6c00"));
    b.append("<table><tbody>").append(row("Sektorit yhteensä", r.participantTotal()));
    if (r.reportedParticipantTotal() != null) {
      b.append(row("Ilmoitettu yhteismäärä", r.reportedParticipantTotal()))
          .append(row("Ero", r.reportedParticipantTotal() - r.participantTotal()));
    }
    b.append("</tbody></table>");

    if (!r.eventsByHeading().isEmpty() || r.unclassifiedEventCount() < r.eventCount()) {
      b.append("<h2>Toimintaluokitus</h2>");
      List<Html.Bar> headings = new ArrayList<>();
      r.eventsByHeading().forEach((code, n) -> headings.add(new Html.Bar(
          r.headingNames().getOrDefault(code, code), n, n + " kpl")));
      headings.add(new Html.Bar("Luokittelematta", r.unclassifiedEventCount(),
          r.unclassifiedEventCount() + " kpl"));
      b.append(Html.barChart("Tapahtumat pääotsikoittain", headings, 0, "#00838f"));
      List<Html.Bar> partners = new ArrayList<>();
      r.eventsByPartner().forEach((code, n) -> partners.add(new Html.Bar(partnerName(code), n,
          n + " kpl")));
      b.append(Html.barChart("Tapahtumat julkisen yhteistyötahon mukaan", partners, 0, "#00695c"));
    }

    if (r.contacts() != null) {
      AnnualReport.Contacts c = r.contacts();
      b.append("<h2>Yhteydenotot</h2><table><thead><tr><th>Jakso</th><th class=\"n\">Puhelut</th>"
          + "<th class=\"n\">Tekstiviestit</th><th class=\"n\">Verkostosähköpostit</th>"
          + "<th class=\"n\">Henkilökohtaiset sähköpostit</th></tr></thead><tbody>");
      for (ContactFigures f : c.byPeriod()) {
        b.append("<tr><td>").append(f.periodStart()).append(" – ").append(f.periodEnd())
            .append("</td>").append(cell(f.phoneCalls())).append(cell(f.textMessages()))
            .append(cell(f.networkEmails())).append(cell(f.personalEmails())).append("</tr>");
      }
      b.append("<tr><th>Yhteensä</th>").append(cell(c.phoneCalls())).append(cell(c.textMessages()))
          .append(cell(c.networkEmails())).append(cell(c.personalEmails()))
          .append("</tr></tbody></table>");
      if (!c.targetSectorShare().isEmpty()) {
        List<Html.Bar> shares = new ArrayList<>();
        Map<String, String> names = Map.of("publicSector", "Julkinen sektori", "ngo",
            "Järjestöt", "privateSector", "Yksityinen sektori", "individuals", "Yksityishenkilöt");
        c.targetSectorShare().forEach((k, v) -> shares.add(new Html.Bar(names.getOrDefault(k, k),
            v.doubleValue(), num(v) + " %")));
        b.append(Html.barChart("Sähköpostien kohdesektorit, %", shares, 100, "#5d4037"));
      }
    }

    if (!r.feedbackByGoalLevel().isEmpty()) {
      b.append("<h2>Palaute tavoitetasoittain</h2><p class=\"muted\">Miten tapahtuma edisti "
          + "tavoitetta (1 = ei lainkaan … 5 = erittäin paljon), keskiarvo ja vastausmäärä.</p>");
      List<Html.Bar> bars = new ArrayList<>();
      r.feedbackByGoalLevel().forEach((level, m) -> bars.add(new Html.Bar(
          GoalLevel.valueOf(level).finnish(), m.mean().doubleValue(),
          num(m.mean()) + " (n=" + m.responses() + ")")));
      b.append(Html.barChart("Palautteen keskiarvo tavoitetasoittain (1–5)", bars, 5, "#c62828"));
    }

    if (!r.surveys().isEmpty()) {
      b.append("<h2>Kyselyt</h2>");
      for (SurveyResult s : r.surveys()) {
        b.append("<h3>").append(esc(s.name())).append("</h3><p class=\"muted\">")
            .append(s.conductedOn()).append(" · ").append(esc(audience(s.audience())))
            .append(" · ").append(esc(phase(s.phase()))).append(" · vastaajia ")
            .append(s.respondents());
        if (s.invited() != null) {
          b.append(" / ").append(s.invited());
        }
        b.append("</p><table><thead><tr><th>Väittämä</th><th class=\"n\">Keskiarvo (1–5)</th>"
            + "<th class=\"n\">Vastauksia</th></tr></thead><tbody>");
        for (SurveyResult.Statement st : s.statements()) {
          b.append("<tr><td>").append(esc(st.text())).append("</td><td class=\"n\">")
              .append(num(st.mean())).append("</td><td class=\"n\">")
              .append(st.responses() == null ? "–" : st.responses()).append("</td></tr>");
        }
        b.append("</tbody></table>");
      }
    }
    return Html.page("Vuosiraportti " + r.year() + " – " + name, b.toString());
  }

  static String audience(SurveyResult.Audience a) {
    return a == null ? "" : switch (a) {
      case TARGET_GROUP -> "kohderyhmä";
      case PARTNERS -> "yhteistyökumppanit";
      case STAFF -> "työntekijät";
    };
  }

  static String phase(SurveyResult.Phase p) {
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

  private static String row(String label, Object value) {
    return "<tr><th>" + esc(label) + "</th><td class=\"n\">" + esc(value) + "</td></tr>";
  }

  private static String cell(int n) {
    return "<td class=\"n\">" + n + "</td>";
  }
}

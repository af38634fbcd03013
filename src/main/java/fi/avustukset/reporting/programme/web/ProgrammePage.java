package fi.avustukset.reporting.programme.web;

import fi.avustukset.reporting.programme.domain.ProgrammeComparison;
import fi.avustukset.reporting.programme.domain.ReportStatus;

import static fi.avustukset.platform.web.Html.esc;
import static fi.avustukset.platform.web.Html.num;

import fi.avustukset.reporting.activity.domain.EventType;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.platform.web.Html;
import java.util.ArrayList;
import java.util.List;

/** The programme comparison as an HTML page with inline-SVG charts (seed 001). */
final class ProgrammePage {

  private ProgrammePage() {}

  static String render(ProgrammeComparison c) {
    StringBuilder b = new StringBuilder();
    b.append("<h1>Ohjelma ").append(esc(c.programmeCode())).append(": projektien vertailu ")
        .append(c.year()).append("</h1>");
    b.append("<nav><a href=\"comparison.html?year=").append(c.year() - 1).append("\">← ")
        .append(c.year() - 1).append("</a><a href=\"comparison.html?year=").append(c.year() + 1)
        .append("\">").append(c.year() + 1).append(" →</a><a href=\"comparison?year=")
        .append(c.year()).append("\">JSON</a></nav>");
    b.append("<p>").append(c.projectCount()).append(" projektia · raportit: ");
    List<String> parts = new ArrayList<>();
    c.statusCounts().forEach((s, n) -> {
      if (n > 0) {
        parts.add(ReportStatus.valueOf(s).finnish().toLowerCase() + " " + n);
      }
    });
    b.append(esc(String.join(", ", parts))).append(" · tapahtumia yhteensä ")
        .append(c.totals().eventCount()).append(" · osallistujia yhteensä ")
        .append(c.totals().participantTotal()).append("</p>");

    b.append("<h2>Projektit</h2><div class=\"scroll\"><table><thead><tr><th>Projekti</th>"
        + "<th>Raportti</th><th class=\"n\">Tapahtumia</th><th class=\"n\">Osallistujia "
        + "(sektorit)</th><th class=\"n\">Osallistujia (ilmoitettu)</th><th>Huomiot</th>"
        + "</tr></thead><tbody>");
    for (ProgrammeComparison.ProjectRow p : c.projects()) {
      String css = switch (p.status()) {
        case LATE -> "late";
        case SUBMITTED, ACCEPTED -> "ok";
        default -> "muted";
      };
      b.append("<tr><td><a href=\"../../projects/").append(esc(p.projectCode()))
          .append("/reports/annual.html?year=").append(c.year()).append("\">")
          .append(esc(p.name() == null ? p.projectCode() : p.name())).append("</a><br><span class=\"muted\">")
          .append(esc(p.organizationName())).append("</span><br><a href=\"../../projects/")
          .append(esc(p.projectCode())).append("/reports/final.html\">Loppuraportti</a></td><td class=\"").append(css)
          .append("\" data-status=\"").append(p.status().name()).append("\">")
          .append(esc(p.status().finnish())).append("</td><td class=\"n\">").append(p.eventCount())
          .append("</td><td class=\"n\">").append(p.participantTotal()).append("</td><td class=\"n\">")
          .append(p.reportedParticipantTotal() == null ? "–" : p.reportedParticipantTotal())
          .append("</td><td>").append(p.discrepancyCount() > 0
              ? "<span class=\"late\">⚠ " + p.discrepancyCount() + " ristiriita(a)</span>" : "")
          .append("</td></tr>");
    }
    b.append("</tbody></table></div>");

    b.append("<h2>Tavoitetasot projekteittain, % tapahtumista</h2><div class=\"scroll\"><table>"
        + "<thead><tr><th>Projekti</th>");
    for (GoalLevel l : GoalLevel.values()) {
      b.append("<th class=\"n\">").append(esc(l.finnish())).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (ProgrammeComparison.ProjectRow p : c.projects()) {
      b.append("<tr><td>").append(esc(p.projectCode())).append("</td>");
      for (GoalLevel l : GoalLevel.values()) {
        b.append("<td class=\"n\">").append(num(p.goalLevelShare().get(l.name()))).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("</tbody></table></div>");

    List<Html.Bar> events = new ArrayList<>();
    List<Html.Bar> participants = new ArrayList<>();
    for (ProgrammeComparison.ProjectRow p : c.projects()) {
      String label = p.name() == null ? p.projectCode() : p.name();
      events.add(new Html.Bar(label, p.eventCount(), p.eventCount() + " kpl"));
      participants.add(new Html.Bar(label, p.participantTotal(), p.participantTotal() + " hlöä"));
    }
    b.append("<h2>Tapahtumat projekteittain</h2>")
        .append(Html.barChart("Tapahtumat projekteittain", events, 0, "#1565c0"))
        .append("<h2>Osallistujat projekteittain</h2>")
        .append(Html.barChart("Osallistujat projekteittain (sektorit yhteensä)", participants, 0,
            "#ef6c00"));

    b.append("<h2>Tapahtumatyypit projekteittain</h2><div class=\"scroll\"><table><thead><tr>"
        + "<th>Projekti</th>");
    for (EventType t : EventType.values()) {
      b.append("<th class=\"n\">").append(esc(t.finnish())).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (ProgrammeComparison.ProjectRow p : c.projects()) {
      b.append("<tr><td>").append(esc(p.projectCode())).append("</td>");
      for (EventType t : EventType.values()) {
        b.append("<td class=\"n\">").append(p.eventsByType().getOrDefault(t.name(), 0)).append("</td>");
      }
      b.append("</tr>");
    }
    b.append("<tr><th>Yhteensä</th>");
    for (EventType t : EventType.values()) {
      b.append("<th class=\"n\">").append(c.totals().eventsByType().getOrDefault(t.name(), 0))
          .append("</th>");
    }
    b.append("</tr></tbody></table></div>");
    return Html.page("Ohjelma " + c.programmeCode() + " " + c.year(), b.toString());
  }
}

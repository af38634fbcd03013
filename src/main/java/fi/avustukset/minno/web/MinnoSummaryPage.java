package fi.avustukset.minno.web;

import fi.avustukset.minno.domain.MinnoSummaryService.FeedbackLine;
import fi.avustukset.minno.domain.MinnoSummaryService.RegistrationLine;
import fi.avustukset.minno.domain.MinnoSummaryService.RoundSummary;
import fi.avustukset.minno.domain.MinnoSummaryService.StepLine;
import fi.avustukset.minno.domain.Outcome;
import fi.avustukset.minno.domain.Respondent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The round summary and the comparison across rounds as plain server-rendered HTML pages in
 * Finnish (no build tooling): figures, planned vs actual effort as bars, feedback means.
 */
@Component
public class MinnoSummaryPage {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");
  private static final Map<String, String> STATUS = Map.of(
      "PLANNED", "suunnitteilla", "REGISTRATION_OPEN", "ilmoittautuminen auki",
      "REGISTRATION_CLOSED", "ilmoittautuminen päättynyt", "RUNNING", "käynnissä",
      "CLOSED", "päättynyt", "CANCELLED", "peruttu");
  private static final String STYLE = "<style>body{font-family:system-ui,sans-serif;margin:2em;"
      + "max-width:60em;color:#222}table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid"
      + " #ccc;padding:.3em .6em;text-align:left}th{background:#f3f3f3}td.n{text-align:right}"
      + ".bar{display:inline-block;height:.8em;background:#1f77b4;margin-right:.3em}"
      + ".bar.a{background:#ff7f0e}.warn{background:#fff3cd;border:1px solid #e0c060;padding:.6em}"
      + "</style>";

  public String round(RoundSummary s) {
    StringBuilder h = head("MINNO-kierros " + s.roundCode());
    h.append("<h1>").append(e(s.roundName())).append(" (").append(e(s.roundCode())).append(")</h1>");
    h.append("<p>Tila: <b>").append(e(STATUS.getOrDefault(s.status(), s.status())))
        .append("</b>. Ilmoittautuminen ").append(date(s.registrationOpens())).append("–")
        .append(date(s.registrationCloses())).append(".</p>");
    if (s.steaOverlapWarning() != null) {
      h.append("<p class=\"warn\">").append(e(s.steaOverlapWarning())).append("</p>");
    }
    h.append("<h2>Järjestöt ja haasteet</h2><table>");
    row(h, "Ilmoittautuneita järjestöjä", s.registrations());
    row(h, "Edelliseltä kierrokselta siirrettyjä (M4)", s.carriedIn());
    row(h, "Kierrokselle valittuja (enintään " + s.capacity() + ", M3)", s.selected());
    row(h, "Siirretty seuraavalle kierrokselle (M4)", s.carriedOver());
    row(h, "Ohjattu muuhun rahoitukseen (M2)", s.redirected());
    row(h, "Ei valittu", s.declined());
    row(h, "Vielä ilman tulosta", s.pending());
    row(h, "Kurssilla työstettyjä haasteita", s.challenges());
    row(h, "– suomenkielisiä", s.challengesByLanguage().get("FI"));
    row(h, "– englanninkielisiä", s.challengesByLanguage().get("EN"));
    row(h, "Ilmoitettuja haasteita yhteensä", s.challengesRegistered());
    row(h, "Haasteita, jotka eivät täyttäneet ehtoa M1", s.challengesRedirected());
    row(h, "Opiskelijoita", s.students());
    row(h, "Opiskelijatiimejä", s.studentTeams());
    h.append("<tr><th>Opiskelijoita palkittiin</th><td class=\"n\">")
        .append(s.studentAwards() == null ? "–" : s.studentAwards() ? "kyllä" : "ei").append("</td></tr>");
    row(h, "Haasteista syntyneitä hankehakemuksia", s.projectApplications());
    h.append("</table>");

    h.append("<h2>Palaute (1–5)</h2><table><tr><th>Vastaajat</th><th>Vastauksia</th><th>Keskiarvo</th></tr>");
    for (Map.Entry<String, FeedbackLine> line : s.feedbackByRespondent().entrySet()) {
      h.append("<tr><td>").append(e(Respondent.valueOf(line.getKey()).finnish())).append("</td><td class=\"n\">")
          .append(line.getValue().count()).append("</td><td class=\"n\">").append(num(line.getValue().mean()))
          .append("</td></tr>");
    }
    h.append("<tr><th>Kaikki</th><th class=\"n\">").append(s.feedbackCount()).append("</th><th class=\"n\">")
        .append(num(s.feedbackMean())).append("</th></tr></table>");

    h.append("<h2>Koordinaattorin työmäärä (työpäivää)</h2><p>Suunniteltu ")
        .append(num(s.plannedEffortDays())).append(", toteutunut ").append(num(s.actualEffortDays()))
        .append(".</p><table><tr><th>Vaihe</th><th>Suunniteltu</th><th>Toteutunut</th><th></th></tr>");
    for (StepLine step : s.effort()) {
      h.append("<tr><td>").append(step.number()).append(". ").append(e(step.name()))
          .append("</td><td class=\"n\">").append(num(step.plannedDays())).append("</td><td class=\"n\">")
          .append(num(step.actualDays())).append("</td><td>").append(bar("bar", step.plannedDays()))
          .append("<br>").append(bar("bar a", step.actualDays())).append("</td></tr>");
    }
    h.append("</table><p><span class=\"bar\" style=\"width:1em\"></span>suunniteltu "
        + "<span class=\"bar a\" style=\"width:1em\"></span>toteutunut</p>");

    h.append("<h2>Ilmoittautumiset</h2><table><tr><th>Järjestö</th><th>Haasteita</th><th>Tulos</th>"
        + "<th>Perustelu</th></tr>");
    for (RegistrationLine r : s.outcomes()) {
      h.append("<tr><td>").append(e(r.organizationName())).append(r.carriedIn() ? " (siirretty)" : "")
          .append("</td><td class=\"n\">").append(r.challenges()).append("</td><td>")
          .append(r.outcome() == null ? "kesken" : e(Outcome.valueOf(r.outcome()).finnish()))
          .append("</td><td>").append(e(r.reason())).append("</td></tr>");
    }
    h.append("</table><p><a href=\"../comparison.html\">Kierrosten vertailu</a> · "
        + "<a href=\"summary\">JSON</a></p></body></html>");
    return h.toString();
  }

  public String comparison(List<RoundSummary> rounds) {
    StringBuilder h = head("MINNO-kierrosten vertailu");
    h.append("<h1>MINNO-kierrosten vertailu</h1><table><tr><th>Kierros</th><th>Ilmoittautuneita</th>"
        + "<th>Siirrettyjä sisään</th><th>Valittuja</th><th>Siirretty eteenpäin</th><th>Ohjattu (M2)</th>"
        + "<th>Haasteita (FI/EN)</th><th>Opiskelijoita</th><th>Palaute</th><th>Työpäiviä suunn./tot.</th>"
        + "<th>Hankehakemuksia</th></tr>");
    for (RoundSummary s : rounds) {
      h.append("<tr><td><a href=\"").append(e(s.roundCode())).append("/summary.html\">")
          .append(e(s.roundName())).append("</a></td>");
      cell(h, s.registrations());
      cell(h, s.carriedIn());
      cell(h, s.selected());
      cell(h, s.carriedOver());
      cell(h, s.redirected());
      h.append("<td class=\"n\">").append(s.challenges()).append(" (")
          .append(s.challengesByLanguage().get("FI")).append("/").append(s.challengesByLanguage().get("EN"))
          .append(")</td>");
      cell(h, s.students());
      h.append("<td class=\"n\">").append(num(s.feedbackMean())).append("</td><td class=\"n\">")
          .append(num(s.plannedEffortDays())).append(" / ").append(num(s.actualEffortDays()))
          .append("</td>");
      cell(h, s.projectApplications());
      h.append("</tr>");
    }
    h.append("</table><p><a href=\"comparison\">JSON</a></p></body></html>");
    return h.toString();
  }

  private static StringBuilder head(String title) {
    return new StringBuilder("<!DOCTYPE html><html lang=\"fi\"><head><meta charset=\"utf-8\"><title>")
        .append(e(title)).append("</title>").append(STYLE).append("</head><body>");
  }

  private static void row(StringBuilder h, String label, Integer value) {
    h.append("<tr><th>").append(e(label)).append("</th><td class=\"n\">")
        .append(value == null ? "–" : value).append("</td></tr>");
  }

  private static void cell(StringBuilder h, Integer value) {
    h.append("<td class=\"n\">").append(value == null ? "–" : value).append("</td>");
  }

  private static String bar(String css, BigDecimal days) {
    if (days == null || days.signum() == 0) {
      return "";
    }
    return "<span class=\"" + css + "\" style=\"width:" + days.multiply(BigDecimal.valueOf(3)).min(BigDecimal.valueOf(40))
        .stripTrailingZeros().toPlainString() + "em\"></span>";
  }

  /** Finnish number format: decimal comma, "–" for none. */
  static String num(BigDecimal value) {
    return value == null ? "–" : value.stripTrailingZeros().toPlainString().replace('.', ',');
  }

  private static String date(LocalDate day) {
    return day == null ? "–" : DATE.format(day);
  }

  private static String e(String text) {
    return text == null ? "" : HtmlUtils.htmlEscape(text, "UTF-8");
  }
}

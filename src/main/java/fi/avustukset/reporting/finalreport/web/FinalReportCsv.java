package fi.avustukset.reporting.finalreport.web;

import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.finalreport.domain.FinalReport;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The final report as CSV for Finnish Excel: semicolons, UTF-8 with a byte-order mark, decimal
 * comma, Finnish headers; one block per table of the page ({@code Osio;Kohta;2017 (1.8.–);2018;
 * …;Yhteensä}), numbers without thousands separators so that Excel reads them as numbers.
 */
final class FinalReportCsv {

  private FinalReportCsv() {}

  static byte[] write(FinalReportPage page) {
    FinalReport r = page.report();
    StringBuilder b = new StringBuilder("\uFEFF");
    line(b, "Loppuraportti", r.projectCode(), r.projectName(), r.organizationName());
    if (r.from() != null) {
      line(b, "Kausi", r.from() + "–" + r.to());
    }
    List<String> header = new ArrayList<>(List.of("Osio", "Kohta"));
    header.addAll(page.periodLabels());
    header.add("Yhteensä");
    b.append("\r\n");
    line(b, header.toArray(String[]::new));
    for (FinalReportPage.Row row : page.types()) {
      row(b, "Tapahtumat tyypeittäin", row.name(), row.values(), row.total());
    }
    row(b, "Tapahtumat", "Kirjattu yhteensä", r.periods().stream()
        .map(FinalReport.Period::eventCount).toList(), r.totals().eventCount());
    row(b, "Tapahtumat", "Hankkeen ilmoittama", r.periods().stream()
        .map(FinalReport.Period::reportedEventCount).toList(), r.totals().reportedEventCount());
    for (FinalReportPage.Row row : page.sectors()) {
      row(b, "Osallistujat sektoreittain", row.name(), row.values(), row.total());
    }
    row(b, "Osallistujat", "Sektoreittain yhteensä", r.periods().stream()
        .map(FinalReport.Period::participantTotal).toList(), r.totals().participantTotal());
    row(b, "Osallistujat", "Hankkeen ilmoittama", r.periods().stream()
        .map(FinalReport.Period::reportedParticipantTotal).toList(),
        r.totals().reportedParticipantTotal());
    for (FinalReportPage.ShareRow row : page.levels()) {
      row(b, "Tavoitetaso, osuus tapahtumista %", row.name(), row.shares(), row.totalShare());
      row(b, "Tavoitetaso, tapahtumia", row.name(), row.counts(), row.totalCount());
    }
    for (FinalReportPage.ShareRow row : page.roles()) {
      row(b, "Hankkeen rooli, osuus %", row.name(), row.shares(), row.totalShare());
      row(b, "Hankkeen rooli, tapahtumia", row.name(), row.counts(), row.totalCount());
    }
    for (FinalReportPage.Row row : page.contacts()) {
      row(b, "Yhteydenotot", row.name(), row.values(), row.total());
    }
    for (FinalReportPage.FeedbackRow row : page.feedback()) {
      row(b, "Palaute, keskiarvo 1–5", row.name(), row.values().stream()
          .map(v -> v == null ? null : v.mean()).toList(), row.total().mean());
      row(b, "Palaute, vastauksia", row.name(), row.values().stream()
          .map(v -> v == null ? null : v.responses()).toList(), row.total().responses());
    }

    b.append("\r\n");
    line(b, "Ristiriidat", "Vuosi", "Luku", "Ilmoitettu", "Kirjattu", "Erotus", "Selitys");
    for (FinalReport.Discrepancy d : r.discrepancies()) {
      line(b, "Ristiriita", String.valueOf(d.year()), d.figure(), num(d.reported()),
          num(d.computed()), num(d.difference()), d.message());
    }

    b.append("\r\n");
    line(b, "Kyselyt", "Vaihe", "Kohde", "Kysely", "Päivä", "Vastaajia", "Kutsuttuja",
        "Väittämä", "Keskiarvo", "Vastauksia");
    for (Map<String, List<FinalReport.SurveySummary>> byAudience : r.surveys().values()) {
      for (List<FinalReport.SurveySummary> list : byAudience.values()) {
        for (FinalReport.SurveySummary s : list) {
          String phase = FinalReportPage.PHASES.get(s.phase());
          String audience = FinalReportPage.AUDIENCES.get(s.audience());
          String date = s.conductedOn().getDayOfMonth() + "." + s.conductedOn().getMonthValue()
              + "." + s.conductedOn().getYear();
          line(b, "Kysely", phase, audience, s.name(), date, String.valueOf(s.respondents()),
              s.invited() == null ? "" : String.valueOf(s.invited()), "Kaikki väittämät",
              num(s.mean()), "");
          for (FinalReport.Statement st : s.statements()) {
            line(b, "Väittämä", phase, audience, s.name(), date, String.valueOf(s.respondents()),
                s.invited() == null ? "" : String.valueOf(s.invited()), st.text(),
                num(st.mean()), st.responses() == null ? "" : String.valueOf(st.responses()));
          }
        }
      }
    }

    b.append("\r\n");
    line(b, "Itsearviointi", "Vuosi", "Arviointi", "Väittämiä", "Keskiarvo");
    for (FinalReport.SelfAssessment s : r.selfAssessments()) {
      line(b, "Itsearviointi", String.valueOf(s.year()), s.name(),
          String.valueOf(s.statementCount()), num(s.mean()));
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void row(StringBuilder b, String section, String item, List<?> values,
      Object total) {
    List<String> cells = new ArrayList<>(List.of(section, item));
    values.forEach(v -> cells.add(cell(v)));
    cells.add(cell(total));
    line(b, cells.toArray(String[]::new));
  }

  private static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof BigDecimal d) {
      return num(d);
    }
    if (v instanceof AnnualReport.FeedbackMean m) {
      return num(m.mean());
    }
    return v.toString();
  }

  static String num(BigDecimal d) {
    return d == null ? "" : d.stripTrailingZeros().scale() < 0
        ? d.setScale(0).toPlainString() : d.toPlainString().replace('.', ',');
  }

  private static void line(StringBuilder b, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(';');
      }
      String c = cells[i] == null ? "" : cells[i];
      // a cell starting like a formula is written as text (CSV injection)
      if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0 && !c.matches("-?[0-9]+(,[0-9]+)?")) {
        c = "'" + c;
      }
      if (c.contains(";") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        c = "\"" + c.replace("\"", "\"\"") + "\"";
      }
      b.append(c);
    }
    b.append("\r\n");
  }
}

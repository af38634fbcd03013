package fi.avustukset.reporting.activity.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
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
 * The annual report as CSV. {@link #writeFinnish} is the default download for Finnish Excel
 * ({@code Osio;Kohta;Arvo}, semicolons, UTF-8 with a byte-order mark, decimal comma, Finnish
 * names); {@link #write} is the code-based form for programs ({@code ?format=codes}: one figure a
 * line, {@code section,item,value}, e.g. {@code eventsByType,SEMINAR,70}).
 */
public final class AnnualReportCsv {

  private static final CsvMapper MAPPER = new CsvMapper();
  private static final CsvSchema SCHEMA = CsvSchema.builder().addColumn("section")
      .addColumn("item").addColumn("value").setUseHeader(true).build();

  private AnnualReportCsv() {}

  public static String write(AnnualReport r) {
    List<String[]> rows = new ArrayList<>();
    add(rows, "project", "projectCode", r.projectCode());
    add(rows, "project", "name", r.projectName());
    add(rows, "project", "year", r.year());
    add(rows, "summary", "eventCount", r.eventCount());
    add(rows, "summary", "reportedEventCount", r.reportedEventCount());
    add(rows, "summary", "participantTotal", r.participantTotal());
    add(rows, "summary", "reportedParticipantTotal", r.reportedParticipantTotal());
    r.eventsByType().forEach((k, v) -> add(rows, "eventsByType", k, v));
    r.goalLevelShare().forEach((k, v) -> add(rows, "goalLevelShare", k, v));
    r.organizerRoleShare().forEach((k, v) -> add(rows, "organizerRoleShare", k, v));
    AnnualReport.Participants p = r.participantsBySector();
    add(rows, "participantsBySector", "officials", p.officials());
    add(rows, "participantsBySector", "electedOfficials", p.electedOfficials());
    add(rows, "participantsBySector", "ngoRepresentatives", p.ngoRepresentatives());
    add(rows, "participantsBySector", "privateSector", p.privateSector());
    r.eventsByHeading().forEach((k, v) -> add(rows, "eventsByHeading", k, v));
    r.eventsByPartner().forEach((k, v) -> add(rows, "eventsByPartner", k, v));
    add(rows, "eventsByHeading", "UNCLASSIFIED", r.unclassifiedEventCount());
    if (r.contacts() != null) {
      AnnualReport.Contacts c = r.contacts();
      add(rows, "contacts", "phoneCalls", c.phoneCalls());
      add(rows, "contacts", "textMessages", c.textMessages());
      add(rows, "contacts", "networkEmails", c.networkEmails());
      add(rows, "contacts", "personalEmails", c.personalEmails());
      add(rows, "contacts", "total", c.total());
      c.targetSectorShare().forEach((k, v) -> add(rows, "contactTargetSectorShare", k, v));
    }
    r.feedbackByGoalLevel().forEach((k, v) -> {
      add(rows, "feedbackMean", k, v.mean());
      add(rows, "feedbackResponses", k, v.responses());
    });
    for (SurveyResult s : r.surveys()) {
      add(rows, "survey:" + s.code(), "respondents", s.respondents());
      for (SurveyResult.Statement st : s.statements()) {
        add(rows, "survey:" + s.code(), st.text(), st.mean());
      }
    }
    for (AnnualReport.Discrepancy d : r.discrepancies()) {
      add(rows, "discrepancy", d.figure(), d.difference());
    }
    try {
      return "\uFEFF" + MAPPER.writer(SCHEMA).writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Finnish Excel form: the same figures as {@link #write}, Finnish section and item names. */
  public static String writeFinnish(AnnualReport r) {
    StringBuilder b = new StringBuilder("\uFEFF");
    line(b, "Osio", "Kohta", "Arvo");
    fi(b, "Hanke", "Hanketunnus", r.projectCode());
    fi(b, "Hanke", "Nimi", r.projectName());
    fi(b, "Hanke", "Organisaatio", r.organizationName());
    fi(b, "Hanke", "Vuosi", r.year());
    fi(b, "Yhteenveto", "Tapahtumia (kirjattu)", r.eventCount());
    fi(b, "Yhteenveto", "Tapahtumia (hankkeen ilmoittama)", r.reportedEventCount());
    fi(b, "Yhteenveto", "Osallistujia sektoreittain yhteensä", r.participantTotal());
    fi(b, "Yhteenveto", "Osallistujia (hankkeen ilmoittama)", r.reportedParticipantTotal());
    r.eventsByType().forEach((k, v) -> fi(b, "Tapahtumat tyypeittäin, kpl",
        named(EventType.class, k), v));
    r.goalLevelShare().forEach((k, v) -> fi(b, "Tavoitetaso, % tapahtumista",
        named(GoalLevel.class, k), v));
    r.organizerRoleShare().forEach((k, v) -> fi(b, "Järjestäjärooli, % tapahtumista",
        named(OrganizerRole.class, k), v));
    AnnualReport.Participants p = r.participantsBySector();
    fi(b, "Osallistujat sektoreittain", "Julkisen sektorin viranhaltijat", p.officials());
    fi(b, "Osallistujat sektoreittain", "Luottamushenkilöt", p.electedOfficials());
    fi(b, "Osallistujat sektoreittain", "Järjestöjen edustajat", p.ngoRepresentatives());
    fi(b, "Osallistujat sektoreittain", "Yksityinen sektori", p.privateSector());
    r.eventsByHeading().forEach((k, v) -> fi(b, "Tapahtumat pääotsikoittain",
        r.headingNames().getOrDefault(k, k), v));
    fi(b, "Tapahtumat pääotsikoittain", "Luokittelematta", r.unclassifiedEventCount());
    r.eventsByPartner().forEach((k, v) -> fi(b, "Tapahtumat julkisen yhteistyötahon mukaan",
        AnnualReportPage.partnerName(k), v));
    if (r.contacts() != null) {
      AnnualReport.Contacts c = r.contacts();
      fi(b, "Yhteydenotot", "Puhelut", c.phoneCalls());
      fi(b, "Yhteydenotot", "Tekstiviestit", c.textMessages());
      fi(b, "Yhteydenotot", "Verkostosähköpostit", c.networkEmails());
      fi(b, "Yhteydenotot", "Henkilökohtaiset sähköpostit", c.personalEmails());
      fi(b, "Yhteydenotot", "Yhteensä", c.total());
      Map<String, String> sectors = Map.of("publicSector", "Julkinen sektori", "ngo",
          "Järjestöt", "privateSector", "Yksityinen sektori", "individuals", "Yksityishenkilöt");
      c.targetSectorShare().forEach((k, v) -> fi(b, "Sähköpostien kohdesektorit, %",
          sectors.getOrDefault(k, k), v));
    }
    r.feedbackByGoalLevel().forEach((k, v) -> {
      fi(b, "Palaute, keskiarvo 1–5", named(GoalLevel.class, k), v.mean());
      fi(b, "Palaute, vastauksia", named(GoalLevel.class, k), v.responses());
    });
    for (SurveyResult s : r.surveys()) {
      fi(b, "Kysely: " + s.name(), "Vastaajia", s.respondents());
      for (SurveyResult.Statement st : s.statements()) {
        fi(b, "Kysely: " + s.name(), st.text(), st.mean());
      }
    }
    for (AnnualReport.Discrepancy d : r.discrepancies()) {
      fi(b, "Ristiriita (ilmoitettu – kirjattu)", d.message(), d.difference());
    }
    return b.toString();
  }

  private static <E extends Enum<E>> String named(Class<E> type, String code) {
    try {
      Enum<E> e = Enum.valueOf(type, code);
      if (e instanceof EventType t) {
        return t.finnish();
      }
      if (e instanceof GoalLevel l) {
        return l.finnish();
      }
      if (e instanceof OrganizerRole o) {
        return o.finnish();
      }
    } catch (IllegalArgumentException unknown) {
      // an unknown code is shown as it is
    }
    return code;
  }

  private static void fi(StringBuilder b, String section, String item, Object value) {
    if (value == null) {
      return;
    }
    String text = value instanceof BigDecimal d ? d.toPlainString().replace('.', ',')
        : value.toString();
    line(b, section, item, text);
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

  private static void add(List<String[]> rows, String section, String item, Object value) {
    if (value == null) {
      return;
    }
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    rows.add(new String[] {section, item, text});
  }
}

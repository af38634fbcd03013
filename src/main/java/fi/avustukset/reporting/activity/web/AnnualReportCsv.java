package fi.avustukset.reporting.activity.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.activity.domain.SurveyResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The annual report as CSV: one figure a line, {@code section,item,value} (e.g.
 * {@code eventsByType,SEMINAR,70}), so it opens in a spreadsheet and is easy to compare
 * between years. UTF-8 with a byte-order mark for Excel.
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

  private static void add(List<String[]> rows, String section, String item, Object value) {
    if (value == null) {
      return;
    }
    String text = value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    rows.add(new String[] {section, item, text});
  }
}

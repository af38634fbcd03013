package fi.avustukset.reporting.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The CSV format of CONTRACT.md "Activity events: import and annual report". */
public class ActivityEventCsvTest {

  public static final String HEADER = "date,type,goalLevels,organizerRole,officials,electedOfficials,"
      + "ngoRepresentatives,privateSector,title\n";

  static List<ActivityEventCsv.Row> parse(String csv) {
    return ActivityEventCsv.parse(csv.getBytes(StandardCharsets.UTF_8), t -> t.equals("PEER_SUPPORT"));
  }

  static List<RowError> errors(String csv) {
    try {
      parse(csv);
    } catch (CsvImportException e) {
      return e.errors();
    }
    throw new AssertionError("expected the file to be refused");
  }

  @Test
  void readsTheContractExample() {
    List<ActivityEventCsv.Row> rows = parse(HEADER
        + "2018-01-15,SEMINAR,REGION;ORGANIZATION,OWN,12,2,40,1,Sote-info Turku\n");
    assertThat(rows).hasSize(1);
    EventRecord e = rows.get(0).event();
    assertThat(rows.get(0).row()).isEqualTo(2);
    assertThat(e.date()).isEqualTo(LocalDate.of(2018, 1, 15));
    assertThat(e.type()).isEqualTo(EventType.SEMINAR);
    assertThat(e.goalLevels()).containsExactlyInAnyOrder(GoalLevel.REGION, GoalLevel.ORGANIZATION);
    assertThat(e.organizerRole()).isEqualTo(OrganizerRole.OWN);
    assertThat(e.participants()).isEqualTo(55);
    assertThat(e.title()).isEqualTo("Sote-info Turku");
    assertThat(e.termCode()).isNull();
  }

  @Test
  void skipsUtf8ByteOrderMarkAndKeepsQuotedCommasAndScandinavianLetters() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = (HEADER + "2018-02-01,WORKING_GROUP,MUNICIPALITY,COOPERATION,1,0,3,0,"
        + "\"Työryhmä, Åbo \"\"hyte\"\"\"\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, body, 0, bom.length);
    System.arraycopy(text, 0, body, bom.length, text.length);
    List<ActivityEventCsv.Row> rows = ActivityEventCsv.parse(body, t -> false);
    assertThat(rows).singleElement().satisfies(r ->
        assertThat(r.event().title()).isEqualTo("Työryhmä, Åbo \"hyte\""));
  }

  @Test
  void columnsMayComeInAnyOrderWithOptionalTermAndCrLf() {
    List<ActivityEventCsv.Row> rows = parse("title,date,type,goalLevels,organizerRole,officials,"
        + "electedOfficials,ngoRepresentatives,privateSector,term\r\n"
        + "Vertaisryhmä,2019-03-01,OTHER,INDIVIDUAL,PARTICIPATION,,,7,,PEER_SUPPORT\r\n");
    EventRecord e = rows.get(0).event();
    assertThat(e.termCode()).isEqualTo("PEER_SUPPORT");
    assertThat(e.officials()).isZero();
    assertThat(e.ngoRepresentatives()).isEqualTo(7);
  }

  @Test
  void reportsEveryBadRowWithItsNumberAndColumn() {
    List<RowError> errors = errors(HEADER
        + "2018-01-15,SEMINAR,REGION,OWN,1,0,0,0,ok\n"
        + "2018-13-01,SEMINAR,REGION,OWN,1,0,0,0,bad date\n"
        + "2018-01-16,WEBINAR,REGION,OWN,1,0,0,0,bad type\n"
        + "2018-01-17,SEMINAR,REGION;GLOBAL,OWN,1,0,0,0,bad level\n"
        + "2018-01-18,SEMINAR,REGION,HOST,1,0,0,0,bad role\n"
        + "2018-01-19,SEMINAR,REGION,OWN,-3,0,x,0,negative\n"
        + "2018-01-20,SEMINAR,,OWN,1,0,0,0,\n"
        + "2018-01-21,SEMINAR,REGION,OWN,1,0,0,0,unknown term\n");
    assertThat(errors).extracting(RowError::row, RowError::field).containsExactly(
        org.assertj.core.groups.Tuple.tuple(3, "date"),
        org.assertj.core.groups.Tuple.tuple(4, "type"),
        org.assertj.core.groups.Tuple.tuple(5, "goalLevels"),
        org.assertj.core.groups.Tuple.tuple(6, "organizerRole"),
        org.assertj.core.groups.Tuple.tuple(7, "officials"),
        org.assertj.core.groups.Tuple.tuple(7, "ngoRepresentatives"),
        org.assertj.core.groups.Tuple.tuple(8, "goalLevels"),
        org.assertj.core.groups.Tuple.tuple(8, "title"));
    assertThat(errors.get(1).message()).contains("WEBINAR").contains("SEMINAR");
    assertThat(errors.get(4).message()).contains("negatiivinen");
  }

  @Test
  void refusesUnknownTermsInTheTermColumn() {
    List<RowError> errors = errors("date,type,goalLevels,organizerRole,officials,electedOfficials,"
        + "ngoRepresentatives,privateSector,title,term\n"
        + "2018-01-21,SEMINAR,REGION,OWN,1,0,0,0,x,NO_SUCH_TERM\n");
    assertThat(errors).singleElement().satisfies(e -> {
      assertThat(e.row()).isEqualTo(2);
      assertThat(e.field()).isEqualTo("term");
    });
  }

  @Test
  void refusesAHeaderWithoutARequiredColumnOrWithAnUnknownOne() {
    List<RowError> errors = errors("date,type,goalLevels,organizerRole,officials,"
        + "electedOfficials,ngoRepresentatives,title,colour\n"
        + "2018-01-15,SEMINAR,REGION,OWN,1,0,0,x,red\n");
    assertThat(errors).extracting(RowError::row).containsOnly(1);
    assertThat(errors).extracting(RowError::field).containsExactlyInAnyOrder("colour",
        "privateSector");
  }

  @Test
  void refusesRowsWithMissingOrExtraFields() {
    List<RowError> errors = errors(HEADER
        + "2018-01-15,SEMINAR,REGION,OWN,1,0,0\n"
        + "2018-01-15,SEMINAR,REGION,OWN,1,0,0,0,Sote-info, Turku\n");
    assertThat(errors).extracting(RowError::row).containsExactly(2, 3);
    assertThat(errors.get(1).message()).contains("lainausmerkein");
  }

  @Test
  void refusesEmptyFilesAndHeaderOnlyFilesAndNonUtf8() {
    assertThat(errors("")).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(1));
    assertThat(errors(HEADER)).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(2));
    byte[] latin1 = (HEADER + "2018-01-15,SEMINAR,REGION,OWN,1,0,0,0,Työryhmä\n")
        .getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> ActivityEventCsv.parse(latin1, t -> false))
        .isInstanceOfSatisfying(CsvImportException.class,
            e -> assertThat(e.errors().get(0).message()).contains("UTF-8"));
  }

  @Test
  void skipsBlankLinesButKeepsRowNumbersOfTheFile() {
    List<RowError> errors = errors(HEADER + "\n2018-01-15,SEMINAR,REGION,OWN,1,0,0,0,ok\n\n"
        + "2018-01-15,BAD,REGION,OWN,1,0,0,0,x\n");
    assertThat(errors).singleElement().satisfies(e -> assertThat(e.row()).isEqualTo(5));
  }

  @Test
  void naturalKeyIgnoresCaseAndSpacingOfTheTitleButNotTheOccurrence() {
    EventRecord a = new EventRecord(LocalDate.of(2018, 1, 15), EventType.SEMINAR,
        Set.of(GoalLevel.REGION), OrganizerRole.OWN, 1, 0, 0, 0, "Sote-info  Turku", null);
    EventRecord b = new EventRecord(LocalDate.of(2018, 1, 15), EventType.SEMINAR,
        Set.of(GoalLevel.ORGANIZATION), OrganizerRole.COOPERATION, 9, 0, 0, 0, "sote-info turku",
        null);
    assertThat(a.naturalKey(1)).isEqualTo(b.naturalKey(1)).hasSize(64);
    assertThat(a.naturalKey(1)).isNotEqualTo(a.naturalKey(2));
  }

  @Test
  void streamsValidRowsUntilTheFirstBadRowAndStillListsTheLaterProblems() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 1; i <= 5; i++) {
      csv.append("2019-01-0").append(i).append(",SEMINAR,REGION,OWN,1,0,0,0,Rivi ").append(i).append('\n');
    }
    csv.append("2019-01-06,WEBINAR,REGION,OWN,1,0,0,0,Bad type\n");
    csv.append("2019-01-07,SEMINAR,REGION,OWN,1,0,0,0,After the bad one\n");
    csv.append("2019-01-08,SEMINAR,REGION,OWN,-1,0,0,0,Negative\n");
    List<ActivityEventCsv.Row> seen = new java.util.ArrayList<>();
    assertThatThrownBy(() -> ActivityEventCsv.read(new java.io.ByteArrayInputStream(
        csv.toString().getBytes(StandardCharsets.UTF_8)), t -> false, seen::add))
        .isInstanceOfSatisfying(CsvImportException.class, e -> assertThat(e.errors())
            .extracting(RowError::row).containsExactly(7, 9));
    assertThat(seen).extracting(ActivityEventCsv.Row::row).containsExactly(2, 3, 4, 5, 6);
  }

  @Test
  void listsAtMostAThousandProblems() {
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; i < ActivityEventCsv.MAX_ERRORS + 50; i++) {
      csv.append("2019-01-01,WEBINAR,REGION,OWN,1,0,0,0,Bad ").append(i).append('\n');
    }
    List<RowError> errors = errors(csv.toString());
    assertThat(errors).hasSize(ActivityEventCsv.MAX_ERRORS + 1);
    assertThat(errors.get(ActivityEventCsv.MAX_ERRORS).message()).contains("yli 1000 virhettä");
  }
}

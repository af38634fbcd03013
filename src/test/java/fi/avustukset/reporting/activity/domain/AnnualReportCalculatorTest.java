package fi.avustukset.reporting.activity.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Annual report figures (DOMAIN.md §8) computed from imported CSV. */
class AnnualReportCalculatorTest {

  static List<EventRecord> fixture2018() throws IOException {
    try (InputStream in = AnnualReportCalculatorTest.class
        .getResourceAsStream("/reporting/jsh113-2018-events.csv")) {
      return ActivityEventCsv.parse(in.readAllBytes(), t -> false).stream()
          .map(ActivityEventCsv.Row::event).toList();
    }
  }

  static AnnualReport report(List<EventRecord> events, Integer reportedParticipants,
      List<ContactFigures> contacts, List<FeedbackRatings> feedback) {
    return AnnualReportCalculator.compute(new AnnualReportCalculator.Inputs("JSH-113",
        "JärjestöSotehanke 113", "Yhdistys ry", null, 2018, events, reportedParticipants, null,
        contacts, feedback, List.of(), code -> code.equals("PEER_SUPPORT")
            ? new TermInfo("PEER_SUPPORT", "H1_LIFE_SUPPORT", "Tukea elämäntilanteeseen", "BOTH")
            : null));
  }

  static List<EventRecord> csv(String rows) {
    return ActivityEventCsv.parse((ActivityEventCsvTest.HEADER + rows)
        .getBytes(StandardCharsets.UTF_8), t -> true).stream().map(ActivityEventCsv.Row::event)
        .toList();
  }

  @Test
  void reproducesTheTypeCountsOfSeed004For2018() throws IOException {
    AnnualReport r = report(fixture2018(), null, List.of(), List.of());
    assertThat(r.eventCount()).isEqualTo(325);
    assertThat(r.eventsByType()).containsExactly(
        entry("PERSONAL_MEETING", 64), entry("SEMINAR", 70), entry("WORKING_GROUP", 88),
        entry("PARTNER_MEETING", 34), entry("NGO_COACHING", 28),
        entry("PROJECT_PRESENTATION", 9), entry("OTHER", 32));
    assertThat(r.participantsBySector())
        .isEqualTo(new AnnualReport.Participants(1501, 113, 2657, 143));
    assertThat(r.participantTotal()).isEqualTo(4414);
  }

  @Test
  void goalLevelSharesCountEveryLevelOfAnEventSoTheyMayExceedHundred() throws IOException {
    AnnualReport r = report(fixture2018(), null, List.of(), List.of());
    // 220 region, 84 organisation, 21 individual, 27 region+municipality events of 325
    assertThat(r.goalLevelCount()).containsEntry("REGION", 220).containsEntry("MUNICIPALITY", 27)
        .containsEntry("ORGANIZATION", 84).containsEntry("INDIVIDUAL", 21)
        .containsEntry("NATIONAL", 0);
    assertThat(r.goalLevelShare()).containsEntry("REGION", new BigDecimal("67.7"))
        .containsEntry("ORGANIZATION", new BigDecimal("25.8"))
        .containsEntry("MUNICIPALITY", new BigDecimal("8.3"))
        .containsEntry("INDIVIDUAL", new BigDecimal("6.5"))
        .containsEntry("NATIONAL", new BigDecimal("0.0"));
    BigDecimal sum = r.goalLevelShare().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(sum).isGreaterThan(new BigDecimal("100"));
  }

  @Test
  void organizerRoleSharesArePercentOfEventsWithOneDecimal() throws IOException {
    AnnualReport r = report(fixture2018(), null, List.of(), List.of());
    assertThat(r.organizerRoleShare()).containsExactly(
        entry("OWN", new BigDecimal("25.2")), entry("OWN_WITH_OTHER_PROJECT", new BigDecimal("5.8")),
        entry("COOPERATION", new BigDecimal("30.2")), entry("CONTENT_FOR_OTHERS", new BigDecimal("15.7")),
        entry("PARTICIPATION", new BigDecimal("23.1")));
  }

  @Test
  void smallFileWithSeveralLevels() {
    AnnualReport r = report(csv(""
        + "2018-01-15,SEMINAR,REGION;ORGANIZATION,OWN,12,2,40,1,A\n"
        + "2018-02-15,SEMINAR,REGION,COOPERATION,3,0,5,0,B\n"
        + "2018-03-15,WORKING_GROUP,MUNICIPALITY;REGION;INDIVIDUAL,OWN,1,1,1,1,C\n"), null,
        List.of(), List.of());
    assertThat(r.eventsByType()).containsEntry("SEMINAR", 2).containsEntry("WORKING_GROUP", 1)
        .containsEntry("OTHER", 0);
    assertThat(r.goalLevelShare()).containsEntry("REGION", new BigDecimal("100.0"))
        .containsEntry("ORGANIZATION", new BigDecimal("33.3"))
        .containsEntry("MUNICIPALITY", new BigDecimal("33.3"));
    assertThat(r.organizerRoleShare()).containsEntry("OWN", new BigDecimal("66.7"))
        .containsEntry("COOPERATION", new BigDecimal("33.3"));
    assertThat(r.participantTotal()).isEqualTo(55 + 8 + 4);
    assertThat(r.discrepancies()).isEmpty();
  }

  @Test
  void flagsAReportedTotalThatDisagreesWithTheSectorSplitWithoutCorrectingIt() throws IOException {
    AnnualReport r = report(fixture2018(), 5740, List.of(), List.of());
    assertThat(r.participantTotal()).isEqualTo(4414);
    assertThat(r.reportedParticipantTotal()).isEqualTo(5740);
    assertThat(r.discrepancies()).singleElement().satisfies(d -> {
      assertThat(d.figure()).isEqualTo("participantTotal");
      assertThat(d.reported()).isEqualByComparingTo("5740");
      assertThat(d.computed()).isEqualByComparingTo("4414");
      assertThat(d.difference()).isEqualByComparingTo("1326");
      assertThat(d.message()).contains("5\u00A0740").contains("4\u00A0414");
    });
    assertThat(report(fixture2018(), 4414, List.of(), List.of()).discrepancies()).isEmpty();
  }

  @Test
  void emptyYearHasZeroSharesNotErrors() {
    AnnualReport r = report(List.of(), null, List.of(), List.of());
    assertThat(r.eventCount()).isZero();
    assertThat(r.goalLevelShare().values()).allMatch(v -> v.compareTo(BigDecimal.ZERO) == 0);
    assertThat(r.contacts()).isNull();
  }

  @Test
  void feedbackMeansPerGoalLevelWeightResponses() {
    AnnualReport r = report(List.of(), null, List.of(), List.of(
        new FeedbackRatings(GoalLevel.REGION, 0, 0, 2, 2, 0),
        new FeedbackRatings(GoalLevel.REGION, 0, 0, 0, 0, 1),
        new FeedbackRatings(GoalLevel.MUNICIPALITY, 1, 0, 0, 0, 0)));
    assertThat(r.feedbackByGoalLevel()).containsOnlyKeys("REGION", "MUNICIPALITY");
    assertThat(r.feedbackByGoalLevel().get("REGION").responses()).isEqualTo(5);
    assertThat(r.feedbackByGoalLevel().get("REGION").mean()).isEqualByComparingTo("3.80");
    assertThat(r.feedbackByGoalLevel().get("MUNICIPALITY").mean()).isEqualByComparingTo("1.00");
  }

  @Test
  void contactsOfSeed004AreSummedAndASplitNotAddingUpToHundredIsFlagged() {
    ContactFigures y2018 = new ContactFigures(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31),
        490, 105, 23310, 5520, new BigDecimal("35"), new BigDecimal("58.3"), new BigDecimal("3.9"),
        new BigDecimal("2.9"));
    AnnualReport r = report(List.of(), null, List.of(y2018), List.of());
    assertThat(r.contacts().total()).isEqualTo(490 + 105 + 23310 + 5520);
    assertThat(r.contacts().targetSectorShare()).containsEntry("ngo", new BigDecimal("58.3"));
    assertThat(r.discrepancies()).isEmpty(); // 100.1 % is within rounding

    ContactFigures off = new ContactFigures(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30),
        10, 0, 100, 0, new BigDecimal("50"), new BigDecimal("40"), null, null);
    ContactFigures second = new ContactFigures(LocalDate.of(2018, 7, 1), LocalDate.of(2018, 12, 31),
        5, 0, 300, 0, new BigDecimal("30"), new BigDecimal("70"), null, null);
    AnnualReport two = report(List.of(), null, List.of(off, second), List.of());
    assertThat(two.contacts().phoneCalls()).isEqualTo(15);
    // weighted by e-mails: (50*100 + 30*300) / 400 = 35.0
    assertThat(two.contacts().targetSectorShare()).containsEntry("publicSector", new BigDecimal("35.0"));
    assertThat(two.discrepancies()).singleElement()
        .satisfies(d -> assertThat(d.figure()).isEqualTo("contacts.targetSectorShare"))
        .satisfies(d -> assertThat(d.message()).isEqualTo("Yhteydenottojen kohdesektorien"
            + " osuudet jaksolla 1.1.2018–30.6.2018 ovat yhteensä 90 %, eivät 100 %"));
  }

  @Test
  void classifiedEventsAreGroupedByHeadingAndPartner() {
    AnnualReport r = report(csv("2018-01-15,SEMINAR,REGION,OWN,1,0,0,0,A\n"), null, List.of(),
        List.of());
    assertThat(r.eventsByHeading()).isEmpty();
    assertThat(r.unclassifiedEventCount()).isEqualTo(1);
    List<EventRecord> events = List.of(
        new EventRecord(LocalDate.of(2018, 1, 1), EventType.OTHER, java.util.Set.of(GoalLevel.INDIVIDUAL),
            OrganizerRole.OWN, 0, 0, 3, 0, "Vertaisryhmä", "PEER_SUPPORT"),
        new EventRecord(LocalDate.of(2018, 1, 2), EventType.OTHER, java.util.Set.of(GoalLevel.INDIVIDUAL),
            OrganizerRole.OWN, 0, 0, 3, 0, "Muu", null));
    AnnualReport classified = report(events, null, List.of(), List.of());
    assertThat(classified.eventsByHeading()).isEqualTo(Map.of("H1_LIFE_SUPPORT", 1));
    assertThat(classified.eventsByPartner()).isEqualTo(Map.of("BOTH", 1));
    assertThat(classified.unclassifiedEventCount()).isEqualTo(1);
  }
}

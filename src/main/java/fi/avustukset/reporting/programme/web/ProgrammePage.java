package fi.avustukset.reporting.programme.web;

import fi.avustukset.platform.web.BarChart;
import fi.avustukset.platform.web.BarChart.Bar;
import fi.avustukset.platform.web.Fmt;
import fi.avustukset.reporting.activity.domain.EventType;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.programme.domain.ProgrammeComparison;
import fi.avustukset.reporting.programme.domain.ReportStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the programme comparison page (template {@code programme-comparison.html}, seed 001)
 * shows besides the comparison: the charts and the report-status line in Finnish.
 */
public record ProgrammePage(ProgrammeComparison comparison, String statusLine, BarChart events,
    BarChart participants, List<GoalLevel> goalLevels, List<EventType> eventTypes) {

  static ProgrammePage of(ProgrammeComparison c, Fmt fmt) {
    List<String> parts = new ArrayList<>();
    c.statusCounts().forEach((s, n) -> {
      if (n > 0) {
        parts.add(ReportStatus.valueOf(s).finnish().toLowerCase() + " " + fmt.integer(n));
      }
    });
    List<Bar> events = new ArrayList<>();
    List<Bar> participants = new ArrayList<>();
    for (ProgrammeComparison.ProjectRow p : c.projects()) {
      String label = p.name() == null ? p.projectCode() : p.name();
      events.add(new Bar(label, p.eventCount(), fmt.integer(p.eventCount()) + " kpl"));
      participants.add(new Bar(label, p.participantTotal(),
          fmt.integer(p.participantTotal()) + " hlöä"));
    }
    return new ProgrammePage(c, parts.isEmpty() ? "–" : String.join(", ", parts),
        BarChart.of("Tapahtumat projekteittain", events, 0, "#1565c0"),
        BarChart.of("Osallistujat projekteittain (sektorit yhteensä)", participants, 0, "#ef6c00"),
        Arrays.asList(GoalLevel.values()), Arrays.asList(EventType.values()));
  }

  /** CSS class of a report status: ok, warn (late) or muted. */
  public String statusClass(ReportStatus status) {
    return switch (status) {
      case LATE -> "bad";
      case SUBMITTED, ACCEPTED -> "ok";
      default -> "";
    };
  }
}

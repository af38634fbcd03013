package fi.avustukset.reporting.finalreport.domain;

import fi.avustukset.reporting.activity.domain.AnnualReport;
import fi.avustukset.reporting.activity.domain.AnnualReportCalculator;
import fi.avustukset.reporting.activity.domain.SurveyResult;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the final report (issue 16) from the annual report of every year of the period
 * (each computed by {@link AnnualReportCalculator}, so a year reads the same in both) and the
 * project's surveys. Pure: no database, no engine.
 */
public final class FinalReportCalculator {

  /** One year: its annual report and the first day anything was recorded in it (or null). */
  public record Year(AnnualReport report, LocalDate firstRecord) {}

  public record Inputs(String projectCode, String projectName, String organizationName,
      String programmeCode, String applicationNumber, List<Year> years,
      List<SurveyResult> surveys) {}

  static final List<SurveyResult.Phase> PHASES = List.of(SurveyResult.Phase.MID_TERM,
      SurveyResult.Phase.FINAL, SurveyResult.Phase.OTHER);

  private FinalReportCalculator() {}

  public static FinalReport compute(Inputs in) {
    List<Year> years = in.years().stream()
        .sorted(Comparator.comparingInt(y -> y.report().year())).toList();
    List<FinalReport.Period> periods = new ArrayList<>();
    List<FinalReport.Discrepancy> discrepancies = new ArrayList<>();
    for (int i = 0; i < years.size(); i++) {
      Year y = years.get(i);
      AnnualReport r = y.report();
      LocalDate start = r.from();
      boolean part = false;
      // the first period may be a part year: it starts where the records start (seed 004:
      // "Syyskausi 2017"), when that is after January
      if (i == 0 && y.firstRecord() != null && y.firstRecord().getMonthValue() > 1) {
        start = y.firstRecord();
        part = true;
      }
      periods.add(new FinalReport.Period(r.year(), start, r.to(), part, r.eventCount(),
          r.reportedEventCount(), r.eventsByType(), r.goalLevelCount(), r.goalLevelShare(),
          r.organizerRoleCount(), r.organizerRoleShare(), r.participantsBySector(),
          r.participantTotal(), r.reportedParticipantTotal(), r.contacts(),
          r.feedbackByGoalLevel(), r.discrepancies()));
      for (AnnualReport.Discrepancy d : r.discrepancies()) {
        discrepancies.add(new FinalReport.Discrepancy(r.year(), d.figure(), d.reported(),
            d.computed(), d.difference(), d.message()));
      }
    }
    return new FinalReport(in.projectCode(), in.projectName(), in.organizationName(),
        in.programmeCode(), in.applicationNumber(),
        periods.isEmpty() ? null : periods.get(0).year(),
        periods.isEmpty() ? null : periods.get(periods.size() - 1).year(),
        periods, totals(years), discrepancies, surveys(in.surveys()),
        comparison(in.surveys()), selfAssessments(in.surveys()));
  }

  private static FinalReport.Totals totals(List<Year> years) {
    int events = 0;
    int participants = 0;
    Integer reportedEvents = years.isEmpty() ? null : 0;
    Integer reportedParticipants = years.isEmpty() ? null : 0;
    Map<String, Integer> byType = new LinkedHashMap<>();
    Map<String, Integer> byLevel = new LinkedHashMap<>();
    Map<String, Integer> byRole = new LinkedHashMap<>();
    int officials = 0;
    int elected = 0;
    int ngo = 0;
    int privateSector = 0;
    int phone = 0;
    int text = 0;
    int network = 0;
    int personal = 0;
    Map<String, long[]> feedback = new LinkedHashMap<>();
    Map<String, BigDecimal> feedbackSum = new LinkedHashMap<>();
    for (Year y : years) {
      AnnualReport r = y.report();
      events += r.eventCount();
      participants += r.participantTotal();
      reportedEvents = r.reportedEventCount() == null || reportedEvents == null ? null
          : reportedEvents + r.reportedEventCount();
      reportedParticipants = r.reportedParticipantTotal() == null || reportedParticipants == null
          ? null : reportedParticipants + r.reportedParticipantTotal();
      r.eventsByType().forEach((k, v) -> byType.merge(k, v, Integer::sum));
      r.goalLevelCount().forEach((k, v) -> byLevel.merge(k, v, Integer::sum));
      r.organizerRoleCount().forEach((k, v) -> byRole.merge(k, v, Integer::sum));
      AnnualReport.Participants p = r.participantsBySector();
      officials += p.officials();
      elected += p.electedOfficials();
      ngo += p.ngoRepresentatives();
      privateSector += p.privateSector();
      if (r.contacts() != null) {
        phone += r.contacts().phoneCalls();
        text += r.contacts().textMessages();
        network += r.contacts().networkEmails();
        personal += r.contacts().personalEmails();
      }
      r.feedbackByGoalLevel().forEach((level, m) -> {
        feedback.computeIfAbsent(level, k -> new long[1])[0] += m.responses();
        feedbackSum.merge(level, m.mean().multiply(BigDecimal.valueOf(m.responses())),
            BigDecimal::add);
      });
    }
    Map<String, AnnualReport.FeedbackMean> feedbackMeans = new LinkedHashMap<>();
    feedback.forEach((level, n) -> feedbackMeans.put(level, new AnnualReport.FeedbackMean(
        (int) n[0], feedbackSum.get(level).divide(BigDecimal.valueOf(n[0]), 2,
            RoundingMode.HALF_UP))));
    final int of = events;
    Map<String, BigDecimal> levelShare = new LinkedHashMap<>();
    byLevel.forEach((k, v) -> levelShare.put(k, AnnualReportCalculator.percent(v, of)));
    Map<String, BigDecimal> roleShare = new LinkedHashMap<>();
    byRole.forEach((k, v) -> roleShare.put(k, AnnualReportCalculator.percent(v, of)));
    return new FinalReport.Totals(years.size(), events, reportedEvents, participants,
        reportedParticipants, byType,
        new AnnualReport.Participants(officials, elected, ngo, privateSector), byLevel,
        levelShare, byRole, roleShare,
        new FinalReport.ContactTotals(phone, text, network, personal,
            phone + text + network + personal), feedbackMeans);
  }

  static List<SurveyResult> ordered(List<SurveyResult> surveys) {
    return surveys.stream().sorted(Comparator.comparing(SurveyResult::conductedOn)
        .thenComparing(SurveyResult::code)).toList();
  }

  private static Map<String, Map<String, List<FinalReport.SurveySummary>>> surveys(
      List<SurveyResult> surveys) {
    Map<String, Map<String, List<FinalReport.SurveySummary>>> out = new LinkedHashMap<>();
    for (SurveyResult.Phase phase : PHASES) {
      Map<String, List<FinalReport.SurveySummary>> byAudience = new LinkedHashMap<>();
      for (SurveyResult.Audience audience : SurveyResult.Audience.values()) {
        byAudience.put(audience.name(), ordered(surveys).stream()
            .filter(s -> s.phase() == phase && s.audience() == audience)
            .map(FinalReportCalculator::summary).toList());
      }
      out.put(phase.name(), byAudience);
    }
    return out;
  }

  private static FinalReport.SurveySummary summary(SurveyResult s) {
    return new FinalReport.SurveySummary(s.code(), s.name(), s.audience().name(),
        s.phase().name(), s.conductedOn(), s.conductedOn().getYear(), s.invited(),
        s.respondents(), mean(s), s.statements().stream()
        .map(st -> new FinalReport.Statement(st.text(), st.mean(), st.responses())).toList());
  }

  /** Mean of the statements' means, two decimals (null without statements). */
  static BigDecimal mean(SurveyResult s) {
    if (s.statements().isEmpty()) {
      return null;
    }
    BigDecimal sum = s.statements().stream().map(SurveyResult.Statement::mean)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(s.statements().size()), 2, RoundingMode.HALF_UP);
  }

  private static List<FinalReport.SurveyComparison> comparison(List<SurveyResult> surveys) {
    List<FinalReport.SurveyComparison> out = new ArrayList<>();
    for (SurveyResult.Audience audience : SurveyResult.Audience.values()) {
      List<SurveyResult> mid = ordered(surveys).stream()
          .filter(s -> s.audience() == audience && s.phase() == SurveyResult.Phase.MID_TERM)
          .toList();
      List<SurveyResult> fin = ordered(surveys).stream()
          .filter(s -> s.audience() == audience && s.phase() == SurveyResult.Phase.FINAL)
          .toList();
      for (int i = 0; i < Math.max(mid.size(), fin.size()); i++) {
        SurveyResult m = i < mid.size() ? mid.get(i) : null;
        SurveyResult f = i < fin.size() ? fin.get(i) : null;
        int n = Math.max(m == null ? 0 : m.statements().size(),
            f == null ? 0 : f.statements().size());
        List<FinalReport.StatementComparison> statements = new ArrayList<>();
        for (int k = 0; k < n; k++) {
          SurveyResult.Statement ms = m != null && k < m.statements().size()
              ? m.statements().get(k) : null;
          SurveyResult.Statement fs = f != null && k < f.statements().size()
              ? f.statements().get(k) : null;
          statements.add(new FinalReport.StatementComparison(
              fs != null ? fs.text() : ms.text(), ms == null ? null : ms.text(),
              ms == null ? null : ms.mean(), fs == null ? null : fs.mean()));
        }
        out.add(new FinalReport.SurveyComparison(audience.name(),
            m == null ? null : m.code(), m == null ? null : m.name(), m == null ? null : mean(m),
            f == null ? null : f.code(), f == null ? null : f.name(), f == null ? null : mean(f),
            statements));
      }
    }
    return out;
  }

  private static List<FinalReport.SelfAssessment> selfAssessments(List<SurveyResult> surveys) {
    return ordered(surveys).stream().filter(s -> s.audience() == SurveyResult.Audience.STAFF)
        .map(s -> new FinalReport.SelfAssessment(s.conductedOn().getYear(), s.conductedOn(),
            s.code(), s.name(), s.phase().name(), s.statements().size(), s.respondents(),
            mean(s))).toList();
  }
}

package fi.avustukset.reporting.activity.web;

import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.reporting.project.domain.FundedProject;
import fi.avustukset.reporting.project.web.ProjectAccess;
import fi.avustukset.reporting.project.domain.ProjectService;
import fi.avustukset.reporting.activity.domain.ActivityService;
import fi.avustukset.reporting.activity.domain.ContactFigures;
import fi.avustukset.reporting.activity.domain.EvaluationRecords;
import fi.avustukset.reporting.activity.domain.FeedbackRatings;
import fi.avustukset.reporting.activity.domain.GoalLevel;
import fi.avustukset.reporting.activity.domain.SurveyResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contacts, feedback and surveys of a funded project (DOMAIN.md §8). Same access as the
 * events: project staff, and applicants of the project's own organisation.
 */
@RestController
@RequestMapping("/api/projects/{projectCode}")
public class EvaluationController {

  private final ProjectService projects;
  private final ProjectAccess access;
  private final EvaluationRecords evaluation;

  public EvaluationController(ProjectService projects, ProjectAccess access,
      EvaluationRecords evaluation) {
    this.projects = projects;
    this.access = access;
    this.evaluation = evaluation;
  }

  public record TargetSectorShare(BigDecimal publicSector, BigDecimal ngo,
      BigDecimal privateSector, BigDecimal individuals) {}

  public record ContactsRequest(Integer phoneCalls, Integer textMessages,
      Integer networkEmails, Integer personalEmails, TargetSectorShare targetSectorShare) {}

  /** Records the contacts of a period, e.g. {@code /contacts/2018-01-01/2018-12-31}. */
  @PutMapping("/contacts/{periodStart}/{periodEnd}")
  public ContactFigures putContacts(@PathVariable String projectCode,
      @PathVariable String periodStart, @PathVariable String periodEnd,
      @RequestBody ContactsRequest r) {
    TargetSectorShare s = r.targetSectorShare() == null
        ? new TargetSectorShare(null, null, null, null) : r.targetSectorShare();
    return evaluation.saveContacts(project(projectCode), new ContactFigures(
        date("periodStart", periodStart), date("periodEnd", periodEnd), nz(r.phoneCalls()),
        nz(r.textMessages()), nz(r.networkEmails()), nz(r.personalEmails()), s.publicSector(),
        s.ngo(), s.privateSector(), s.individuals()));
  }

  @GetMapping("/contacts")
  public List<ContactFigures> contacts(@PathVariable String projectCode, @RequestParam int year) {
    ActivityService.checkYear(year);
    return evaluation.contacts(project(projectCode).getProjectCode(), year);
  }

  /** {@code {"ratings": {"1": 0, "2": 1, "3": 10, "4": 5, "5": 2}}}: how many gave each rating. */
  public record FeedbackRequest(Map<String, Integer> ratings) {}

  @PutMapping("/activity-events/{eventId}/feedback/{goalLevel}")
  public FeedbackRatings putFeedback(@PathVariable String projectCode, @PathVariable long eventId,
      @PathVariable String goalLevel, @RequestBody FeedbackRequest r) {
    GoalLevel level;
    try {
      level = GoalLevel.valueOf(goalLevel);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("goalLevel", "tuntematon tavoitetaso " + goalLevel);
    }
    Map<String, Integer> ratings = r.ratings() == null ? Map.of() : r.ratings();
    for (String key : ratings.keySet()) {
      if (!key.matches("[1-5]")) {
        throw new InvalidInputException("ratings", "arviot 1–5, ei '" + key + "'");
      }
    }
    return evaluation.saveFeedback(project(projectCode), eventId, new FeedbackRatings(level,
        nz(ratings.get("1")), nz(ratings.get("2")), nz(ratings.get("3")), nz(ratings.get("4")),
        nz(ratings.get("5"))));
  }

  public record SurveyRequest(String name, SurveyResult.Audience audience,
      SurveyResult.Phase phase, LocalDate conductedOn, Integer invited, Integer respondents,
      List<SurveyResult.Statement> statements) {}

  @PutMapping("/surveys/{surveyCode}")
  public SurveyResult putSurvey(@PathVariable String projectCode, @PathVariable String surveyCode,
      @RequestBody SurveyRequest r) {
    return evaluation.saveSurvey(project(projectCode), new SurveyResult(surveyCode, r.name(),
        r.audience(), r.phase(), r.conductedOn(), r.invited(), nz(r.respondents()),
        r.statements()));
  }

  @GetMapping("/surveys")
  public List<SurveyResult> surveys(@PathVariable String projectCode, @RequestParam int year) {
    ActivityService.checkYear(year);
    return evaluation.surveys(project(projectCode).getProjectCode(), year);
  }

  private FundedProject project(String projectCode) {
    FundedProject project = projects.get(projectCode);
    access.requireRead(project);
    return project;
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }

  private static LocalDate date(String field, String value) {
    try {
      return LocalDate.parse(value);
    } catch (RuntimeException e) {
      throw new InvalidInputException(field, "'" + value + "' ei ole päivämäärä VVVV-KK-PP");
    }
  }
}

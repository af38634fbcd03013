package fi.avustukset.reporting.activity.domain;

import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import fi.avustukset.reporting.project.domain.FundedProject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Contacts per period, feedback ratings per event and goal level, and surveys of a project
 * (DOMAIN.md §8): validated entry, and reading them for the annual report. Access is checked
 * by the callers.
 */
@Service
@Transactional
public class EvaluationRecords {

  static final Pattern SURVEY_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final ContactPeriodRepository contacts;
  private final EventFeedbackRepository feedback;
  private final SurveyRepository surveys;
  private final ActivityEventRepository events;
  private final Clock clock;

  public EvaluationRecords(ContactPeriodRepository contacts, EventFeedbackRepository feedback,
      SurveyRepository surveys, ActivityEventRepository events, Clock clock) {
    this.contacts = contacts;
    this.feedback = feedback;
    this.surveys = surveys;
    this.events = events;
    this.clock = clock;
  }

  // --- reading (annual report) ---

  /** Contacts of the periods that start in the year. */
  @Transactional(readOnly = true)
  public List<ContactFigures> contacts(String projectCode, int year) {
    return contacts.findByProjectCodeAndPeriodStartBetweenOrderByPeriodStart(projectCode,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .map(ContactPeriod::toFigures).toList();
  }

  /** Feedback on the project's events of the year (one query, however many events). */
  @Transactional(readOnly = true)
  public List<FeedbackRatings> feedback(String projectCode, int year) {
    return feedback.findOfEventsBetween(projectCode, LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31)).stream().map(EventFeedback::toRatings).toList();
  }

  /** Surveys conducted in the year. */
  @Transactional(readOnly = true)
  public List<SurveyResult> surveys(String projectCode, int year) {
    return surveys.findByProjectCodeAndConductedOnBetweenOrderByConductedOn(projectCode,
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
        .map(Survey::toResult).toList();
  }

  // --- entry ---

  /** Records (or replaces) the contacts of a period. */
  public ContactFigures saveContacts(FundedProject project, ContactFigures f) {
    List<FieldError> errors = new ArrayList<>();
    if (f.periodStart() == null) {
      errors.add(new FieldError("periodStart", "jakson alkupäivä puuttuu"));
    }
    if (f.periodEnd() == null) {
      errors.add(new FieldError("periodEnd", "jakson loppupäivä puuttuu"));
    }
    if (f.periodStart() != null && f.periodEnd() != null) {
      if (f.periodEnd().isBefore(f.periodStart())) {
        errors.add(new FieldError("periodEnd", "loppu ennen alkua"));
      } else if (f.periodStart().getYear() < ActivityService.MIN_YEAR
          || f.periodEnd().getYear() > ActivityService.MAX_YEAR) {
        errors.add(new FieldError("periodStart", "vuosi " + ActivityService.MIN_YEAR + "–"
            + ActivityService.MAX_YEAR));
      }
    }
    nonNegative(errors, "phoneCalls", f.phoneCalls());
    nonNegative(errors, "textMessages", f.textMessages());
    nonNegative(errors, "networkEmails", f.networkEmails());
    nonNegative(errors, "personalEmails", f.personalEmails());
    share(errors, "publicSectorShare", f.publicSectorShare());
    share(errors, "ngoShare", f.ngoShare());
    share(errors, "privateSectorShare", f.privateSectorShare());
    share(errors, "individualsShare", f.individualsShare());
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    ContactPeriod period = contacts.findByProjectCodeAndPeriodStartAndPeriodEnd(
        project.getProjectCode(), f.periodStart(), f.periodEnd())
        .orElseGet(() -> new ContactPeriod(project.getProjectCode(), f.periodStart(),
            f.periodEnd()));
    period.update(f, Instant.now(clock));
    return contacts.save(period).toFigures();
  }

  /** Records (or replaces) the ratings of an event for one of its goal levels. */
  public FeedbackRatings saveFeedback(FundedProject project, long eventId, FeedbackRatings r) {
    ActivityEvent event = events.findById(eventId)
        .filter(e -> e.getProjectCode().equals(project.getProjectCode()))
        .orElseThrow(() -> new NotFoundException("Projektilla " + project.getProjectCode()
            + " ei ole tapahtumaa " + eventId));
    List<FieldError> errors = new ArrayList<>();
    if (r.goalLevel() == null) {
      errors.add(new FieldError("goalLevel", "tavoitetaso puuttuu"));
    } else if (!event.toRecord().goalLevels().contains(r.goalLevel())) {
      errors.add(new FieldError("goalLevel", "tapahtuma ei palvele tasoa " + r.goalLevel()
          + " (sen tasot: " + event.toRecord().goalLevels() + ")"));
    }
    int[] counts = {r.rating1(), r.rating2(), r.rating3(), r.rating4(), r.rating5()};
    for (int i = 0; i < 5; i++) {
      if (counts[i] < 0 || counts[i] > 100_000) {
        errors.add(new FieldError("ratings." + (i + 1), "vastausten määrä 0–100 000"));
      }
    }
    if (errors.isEmpty() && r.responses() == 0) {
      errors.add(new FieldError("ratings", "vähintään yksi arvio (1–5)"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    EventFeedback f = feedback.findById(new EventFeedback.Key(eventId, r.goalLevel()))
        .orElseGet(() -> new EventFeedback(eventId, r.goalLevel()));
    f.update(r, Instant.now(clock));
    return feedback.save(f).toRatings();
  }

  /** Records (or replaces) a survey and its statements. */
  public SurveyResult saveSurvey(FundedProject project, SurveyResult s) {
    List<FieldError> errors = new ArrayList<>();
    if (s.code() == null || !SURVEY_CODE.matcher(s.code()).matches()) {
      errors.add(new FieldError("surveyCode", "1–40 merkkiä: kirjaimia, numeroita, . _ -"));
    }
    if (s.name() == null || s.name().isBlank() || s.name().length() > 200) {
      errors.add(new FieldError("name", "kyselyn nimi, enintään 200 merkkiä"));
    }
    if (s.audience() == null) {
      errors.add(new FieldError("audience", "TARGET_GROUP, PARTNERS tai STAFF"));
    }
    if (s.phase() == null) {
      errors.add(new FieldError("phase", "MID_TERM, FINAL tai OTHER"));
    }
    if (s.conductedOn() == null) {
      errors.add(new FieldError("conductedOn", "kyselyn päivämäärä puuttuu"));
    }
    if (s.respondents() < 0) {
      errors.add(new FieldError("respondents", "ei voi olla negatiivinen"));
    }
    if (s.invited() != null && s.invited() < s.respondents()) {
      errors.add(new FieldError("invited", "vastaajia enemmän kuin kutsuttuja"));
    }
    if (s.statements() == null || s.statements().isEmpty()) {
      errors.add(new FieldError("statements", "vähintään yksi väittämä"));
    } else {
      for (int i = 0; i < s.statements().size(); i++) {
        SurveyResult.Statement st = s.statements().get(i);
        String at = "statements[" + i + "]";
        if (st.text() == null || st.text().isBlank() || st.text().length() > 500) {
          errors.add(new FieldError(at + ".text", "väittämä, enintään 500 merkkiä"));
        }
        if (st.mean() == null || st.mean().compareTo(BigDecimal.ONE) < 0
            || st.mean().compareTo(BigDecimal.valueOf(5)) > 0) {
          errors.add(new FieldError(at + ".mean", "keskiarvo asteikolla 1–5"));
        }
        if (st.responses() != null && (st.responses() < 0 || st.responses() > s.respondents())) {
          errors.add(new FieldError(at + ".responses", "0–vastaajien määrä"));
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    Survey survey = surveys.findByProjectCodeAndCode(project.getProjectCode(), s.code())
        .orElseGet(() -> new Survey(project.getProjectCode(), s.code()));
    SurveyResult rounded = new SurveyResult(s.code(), s.name().trim(), s.audience(), s.phase(),
        s.conductedOn(), s.invited(), s.respondents(), s.statements().stream()
        .map(st -> new SurveyResult.Statement(st.text().trim(),
            st.mean().setScale(2, java.math.RoundingMode.HALF_UP), st.responses())).toList());
    survey.update(rounded, Instant.now(clock));
    return surveys.save(survey).toResult();
  }

  private static void nonNegative(List<FieldError> errors, String field, int value) {
    if (value < 0) {
      errors.add(new FieldError(field, "ei voi olla negatiivinen"));
    } else if (value > 10_000_000) {
      errors.add(new FieldError(field, "ei ole uskottava"));
    }
  }

  private static void share(List<FieldError> errors, String field, BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      errors.add(new FieldError(field, "prosenttiosuus 0–100"));
    }
  }
}

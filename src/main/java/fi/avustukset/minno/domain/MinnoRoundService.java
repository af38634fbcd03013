package fi.avustukset.minno.domain;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of a MINNO round (DOMAIN.md §10): register, window (M5), steps, close. */
@Service
@Transactional
public class MinnoRoundService {

  public static final int DEFAULT_CAPACITY = 3;
  public static final int MIN_CAPACITY = 2;
  public static final int MAX_CAPACITY = 4;
  static final Pattern ROUND_CODE = Pattern.compile("MINNO-\\d{4}-\\d{1,2}");
  static final BigDecimal MAX_STEP_DAYS = new BigDecimal("60");
  private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private final MinnoStore store;
  private final MinnoSettings settings;
  private final Clock clock;

  public MinnoRoundService(MinnoStore store, MinnoSettings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
  }

  /** What the start of minno-semester gives (CONTRACT.md "MINNO rounds"). */
  public record RoundInput(Object roundName, Object capacity, Object registrationOpens,
      Object registrationCloses, Object steaDeadline) {}

  /**
   * Validates and records a round under the given code, or a generated one: registration
   * opening in January–June → {@code MINNO-YYYY-1} (spring), July–December →
   * {@code MINNO-YYYY-2} (autumn); when that code is taken, the next free number of the year.
   */
  public MinnoRound register(String requestedCode, RoundInput input, String createdBy) {
    List<FieldError> errors = new ArrayList<>();
    String name = Values.text(input.roundName());
    if (name == null) {
      errors.add(new FieldError("roundName", "kierroksen nimi puuttuu"));
    } else if (name.length() > 200) {
      errors.add(new FieldError("roundName", "enintään 200 merkkiä"));
    }
    Integer capacity = parse(errors, "capacity", () -> Values.integer(input.capacity()));
    if (capacity == null && errors.stream().noneMatch(e -> e.field().equals("capacity"))) {
      capacity = DEFAULT_CAPACITY;
    }
    if (capacity != null && (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY)) {
      errors.add(new FieldError("capacity", "kierrokselle otetaan 2–4 järjestöä (M3)"));
    }
    LocalDate[] window = window(errors, input.registrationOpens(), input.registrationCloses());
    LocalDate stea = parse(errors, "steaDeadline", () -> Values.localDate(input.steaDeadline()));
    String code = requestedCode == null || requestedCode.isBlank() ? null : requestedCode.trim();
    if (code != null && !ROUND_CODE.matcher(code).matches()) {
      errors.add(new FieldError("roundCode", "muoto MINNO-VVVV-N, esim. MINNO-2023-1"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (code == null) {
      code = nextCode(window[0]);
    } else if (store.findRound(code).isPresent()) {
      throw new ConflictException("Kierros " + code + " on jo olemassa.");
    }
    MinnoRound round = new MinnoRound(code, name, capacity, window[0], window[1], stea, createdBy,
        Instant.now(clock));
    round.setSteaOverlapWarning(steaOverlap(round));
    round = store.saveRound(round);
    for (MinnoStep step : MinnoStep.values()) {
      store.saveEffort(new StepEffort(code, step));
    }
    return round;
  }

  /** M5: the coordinator moves the registration window; the warning is computed again. */
  public MinnoRound moveWindow(String roundCode, Object opens, Object closes) {
    MinnoRound round = get(roundCode);
    List<FieldError> errors = new ArrayList<>();
    LocalDate[] window = window(errors, opens, closes);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    round.moveWindow(window[0], window[1]);
    round.setSteaOverlapWarning(steaOverlap(round));
    return round;
  }

  /**
   * M5: a warning when the registration window overlaps the last {@code steaMarginDays} days
   * before a STEA application deadline (the round's own or a configured one), when NGOs are
   * busy with their STEA applications; null when there is no clash.
   */
  public String steaOverlap(MinnoRound round) {
    List<LocalDate> deadlines = new ArrayList<>(settings.steaDeadlines());
    if (round.getSteaDeadline() != null && !deadlines.contains(round.getSteaDeadline())) {
      deadlines.add(round.getSteaDeadline());
    }
    List<String> clashes = new ArrayList<>();
    for (LocalDate deadline : deadlines) {
      LocalDate busyFrom = deadline.minusDays(settings.steaMarginDays());
      if (!round.getRegistrationOpens().isAfter(deadline)
          && !round.getRegistrationCloses().isBefore(busyFrom)) {
        clashes.add(FINNISH_DATE.format(deadline));
      }
    }
    if (clashes.isEmpty()) {
      return null;
    }
    return "Ilmoittautumisaika " + FINNISH_DATE.format(round.getRegistrationOpens()) + "–"
        + FINNISH_DATE.format(round.getRegistrationCloses()) + " osuu STEA:n hakuajan päättymisen ("
        + String.join(", ", clashes) + ") alle, jolloin järjestöt valmistelevat STEA-hakemuksiaan"
        + " (M5). Avaa ilmoittautuminen aiemmin tai siirrä sitä.";
  }

  /** Records the coordinator's actual effort of a step when its task is completed. */
  public StepEffort completeStep(String roundCode, MinnoStep step, Object actualDays, String note,
      String by) {
    get(roundCode);
    BigDecimal days;
    try {
      days = Values.decimal(actualDays);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("actualEffortDays", "työpäivät numerona, esim. 0,5");
    }
    if (days == null) {
      throw new InvalidInputException("actualEffortDays", "toteutunut työmäärä puuttuu");
    }
    if (days.signum() < 0 || days.compareTo(MAX_STEP_DAYS) > 0) {
      throw new InvalidInputException("actualEffortDays", "työmäärän on oltava 0–60 työpäivää");
    }
    StepEffort effort = store.effortsOf(roundCode).stream()
        .filter(e -> e.getStep() == step).findFirst()
        .orElseGet(() -> store.saveEffort(new StepEffort(roundCode, step)));
    effort.complete(days, Values.text(note), by, Instant.now(clock));
    return store.saveEffort(effort);
  }

  public MinnoRound cancel(String roundCode) {
    return status(roundCode, RoundStatus.CANCELLED);
  }

  /**
   * Opens the registration and brings in the registrations carried over from earlier rounds
   * (M4): they appear in this round without re-registration, already screened.
   */
  public List<Registration> openRegistration(String roundCode) {
    MinnoRound round = status(roundCode, RoundStatus.REGISTRATION_OPEN);
    List<Registration> carried = new ArrayList<>();
    int number = nextRegistrationNumber(roundCode);
    for (Registration original : store.carriedOverPending()) {
      if (original.getRoundCode().equals(roundCode)) {
        continue;
      }
      MinnoRound from = get(original.getRoundCode());
      if (!from.getRegistrationOpens().isBefore(round.getRegistrationOpens())) {
        continue; // only from earlier rounds
      }
      Registration copy = Registration.carriedInto(original, roundCode, number++, Instant.now(clock));
      store.saveRegistration(original);
      carried.add(store.saveRegistration(copy));
    }
    return carried;
  }

  public MinnoRound closeRegistration(String roundCode) {
    return status(roundCode, RoundStatus.REGISTRATION_CLOSED);
  }

  /** The university records the course: number of students and teams. */
  public MinnoRound recordCourse(String roundCode, Object students, Object teams) {
    MinnoRound round = get(roundCode);
    List<FieldError> errors = new ArrayList<>();
    Integer s = parse(errors, "studentCount", () -> Values.integer(students));
    Integer t = parse(errors, "studentTeams", () -> Values.integer(teams));
    if (s == null && errors.isEmpty()) {
      errors.add(new FieldError("studentCount", "opiskelijamäärä puuttuu"));
    }
    if (s != null && (s < 0 || s > 500)) {
      errors.add(new FieldError("studentCount", "opiskelijoita 0–500"));
    }
    if (t != null && (t < 0 || t > 100)) {
      errors.add(new FieldError("studentTeams", "tiimejä 0–100"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    round.recordCourse(s, t);
    return store.saveRound(round);
  }

  /** Step 7: whether students were awarded at MINNO-fest. */
  public MinnoRound recordAwards(String roundCode, boolean awarded) {
    MinnoRound round = get(roundCode);
    round.setStudentAwards(awarded);
    return store.saveRound(round);
  }

  public MinnoRound close(String roundCode) {
    return status(roundCode, RoundStatus.CLOSED);
  }

  @Transactional(readOnly = true)
  public MinnoRound get(String roundCode) {
    return store.findRound(roundCode)
        .orElseThrow(() -> new NotFoundException("MINNO-kierrosta " + roundCode + " ei ole"));
  }

  int nextRegistrationNumber(String roundCode) {
    return store.registrationsOf(roundCode).stream()
        .mapToInt(Registration::getRegistrationNumber).max().orElse(0) + 1;
  }

  private MinnoRound status(String roundCode, RoundStatus status) {
    MinnoRound round = get(roundCode);
    round.changeStatus(status, Instant.now(clock));
    return store.saveRound(round);
  }

  private String nextCode(LocalDate opens) {
    String prefix = "MINNO-" + opens.getYear() + "-";
    List<String> taken = store.roundCodesStartingWith(prefix);
    int n = opens.getMonthValue() <= 6 ? 1 : 2;
    while (taken.contains(prefix + n)) {
      n++;
    }
    return prefix + n;
  }

  private static LocalDate[] window(List<FieldError> errors, Object opensValue, Object closesValue) {
    LocalDate opens = parse(errors, "registrationOpens", () -> Values.localDate(opensValue));
    LocalDate closes = parse(errors, "registrationCloses", () -> Values.localDate(closesValue));
    if (opens == null && errors.stream().noneMatch(e -> e.field().equals("registrationOpens"))) {
      errors.add(new FieldError("registrationOpens", "ilmoittautumisen alkamispäivä puuttuu"));
    }
    if (closes == null && errors.stream().noneMatch(e -> e.field().equals("registrationCloses"))) {
      errors.add(new FieldError("registrationCloses", "ilmoittautumisen päättymispäivä puuttuu"));
    }
    if (opens != null && closes != null && closes.isBefore(opens)) {
      errors.add(new FieldError("registrationCloses", "ilmoittautuminen ei voi päättyä ennen alkuaan"));
    }
    return new LocalDate[] {opens, closes};
  }

  static <T> T parse(List<FieldError> errors, String field, Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }
}

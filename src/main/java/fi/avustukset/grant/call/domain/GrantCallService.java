package fi.avustukset.grant.call.domain;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Use cases of a grant call: register the draft, set criteria, publish, open, close. */
@Service
@Transactional
public class GrantCallService {

  /** The largest appropriation the system accepts for one call; more is surely a typo. */
  static final BigDecimal MAX_APPROPRIATION = new BigDecimal("100000000");

  private final GrantCallRepository calls;
  private final Clock clock;

  public GrantCallService(GrantCallRepository calls, Clock clock) {
    this.calls = calls;
    this.clock = clock;
  }

  /** What the start form of grant-call gives (CONTRACT.md). */
  public record CallInput(String callName, String grantType, Object appropriation,
      Object applicationStart, Object applicationDeadline) {}

  /**
   * Validates the call's basic data and records it as a draft under a new call code
   * ({@code <year>-<TI|KU>-<n>}) unless a code is given.
   */
  public GrantCall register(String requestedKey, CallInput input, String createdBy) {
    List<FieldError> errors = new ArrayList<>();
    String name = Values.text(input.callName());
    if (name == null) {
      errors.add(new FieldError("callName", "haun nimi puuttuu"));
    } else if (name.length() > 200) {
      errors.add(new FieldError("callName", "enintään 200 merkkiä"));
    }
    GrantType type = null;
    try {
      type = GrantType.valueOf(String.valueOf(input.grantType()));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("grantType", "sallitut arvot: OPERATING_INNOVATION, PARTNERSHIP"));
    }
    BigDecimal appropriation = parse(errors, "appropriation", () -> Values.decimal(input.appropriation()));
    if (appropriation == null && errors.stream().noneMatch(e -> e.field().equals("appropriation"))) {
      errors.add(new FieldError("appropriation", "määräraha puuttuu"));
    } else if (appropriation != null && (appropriation.signum() <= 0
        || appropriation.compareTo(MAX_APPROPRIATION) > 0)) {
      errors.add(new FieldError("appropriation", "määrärahan on oltava 1–100 000 000 euroa"));
    }
    LocalDate start = parse(errors, "applicationStart", () -> Values.localDate(input.applicationStart()));
    LocalDate deadline = parse(errors, "applicationDeadline",
        () -> Values.localDate(input.applicationDeadline()));
    if (start == null && errors.stream().noneMatch(e -> e.field().equals("applicationStart"))) {
      errors.add(new FieldError("applicationStart", "hakuajan alku puuttuu"));
    }
    if (deadline == null && errors.stream().noneMatch(e -> e.field().equals("applicationDeadline"))) {
      errors.add(new FieldError("applicationDeadline", "hakuajan päättyminen puuttuu"));
    }
    if (start != null && deadline != null && deadline.isBefore(start)) {
      errors.add(new FieldError("applicationDeadline", "hakuaika ei voi päättyä ennen alkuaan"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String key = requestedKey != null && !requestedKey.isBlank() ? requestedKey : nextKey(start, type);
    if (calls.existsById(key)) {
      throw new InvalidInputException("callKey", "haku " + key + " on jo olemassa");
    }
    return calls.save(new GrantCall(key, name, type, appropriation, start, deadline, createdBy,
        Instant.now(clock)));
  }

  /** Sets the call text and the scoring weights (DOMAIN.md §4): 0–100 each, sum 100. */
  public GrantCall draft(String callKey, String description, Map<Criterion, Object> weights) {
    GrantCall call = get(callKey);
    List<FieldError> errors = new ArrayList<>();
    Map<Criterion, Integer> parsed = new EnumMap<>(Criterion.class);
    int sum = 0;
    for (Criterion criterion : Criterion.values()) {
      Object raw = weights.get(criterion);
      Integer weight = raw == null ? criterion.defaultWeight()
          : parse(errors, criterion.weightVariable(), () -> Values.integer(raw));
      if (weight == null) {
        continue;
      }
      if (weight < 0 || weight > 100) {
        errors.add(new FieldError(criterion.weightVariable(), "painon on oltava 0–100"));
      }
      parsed.put(criterion, weight);
      sum += weight;
    }
    if (errors.isEmpty() && sum != 100) {
      // a whole sentence: "Painot: painojen summan …" would say the same word twice
      errors.add(new FieldError("weights", "Painojen summan on oltava 100 (nyt " + sum + ")"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    call.setDescription(Values.text(description));
    call.setWeights(parsed);
    return call;
  }

  public GrantCall publish(String callKey) {
    GrantCall call = get(callKey);
    call.publish(Instant.now(clock));
    return call;
  }

  public GrantCall open(String callKey) {
    GrantCall call = get(callKey);
    call.open();
    return call;
  }

  public GrantCall close(String callKey) {
    GrantCall call = get(callKey);
    call.close(Instant.now(clock));
    return call;
  }

  /**
   * The call, row-locked until the transaction ends. Applications that report "all ready" or
   * "all final" take this lock before counting, so the last two of a call cannot both miss
   * each other's change (each count runs after the other's commit, READ COMMITTED).
   */
  public GrantCall lock(String callKey) {
    return calls.findForUpdate(callKey)
        .orElseThrow(() -> new NotFoundException("Hakua " + callKey + " ei ole"));
  }

  /** The call, if it exists (query API for other features; they never use the repository). */
  public java.util.Optional<GrantCall> find(String callKey) {
    return calls.findById(callKey);
  }

  /** The call row-locked until the transaction ends, if it exists (see {@link #lock}). */
  public java.util.Optional<GrantCall> findLocked(String callKey) {
    return calls.findForUpdate(callKey);
  }

  /** The calls of the given keys (unknown keys are left out). */
  public List<GrantCall> findAll(java.util.Collection<String> callKeys) {
    return calls.findAllById(callKeys);
  }

  @Transactional(readOnly = true)
  public GrantCall get(String callKey) {
    return calls.findById(callKey)
        .orElseThrow(() -> new NotFoundException("Hakua " + callKey + " ei ole"));
  }

  /** The calls that accept applications today, the one closing first first (start form). */
  @Transactional(readOnly = true)
  public List<GrantCall> acceptingApplications() {
    LocalDate today = LocalDate.now(clock);
    return calls.findAll().stream().filter(c -> c.acceptsApplicationsOn(today))
        .sorted(java.util.Comparator.comparing(GrantCall::getApplicationDeadline)
            .thenComparing(GrantCall::getCallKey))
        .toList();
  }

  private String nextKey(LocalDate start, GrantType type) {
    String prefix = start.getYear() + "-" + type.codePart() + "-";
    return prefix + (calls.countByCallKeyStartingWith(prefix) + 1);
  }

  private static <T> T parse(List<FieldError> errors, String field,
      java.util.function.Supplier<T> parser) {
    try {
      return parser.get();
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(field, e.getMessage()));
      return null;
    }
  }
}

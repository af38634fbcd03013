package fi.avustukset.minno.domain;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.TextRules;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.platform.errors.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** An NGO's registration and the M1/M2 screening of its challenges (DOMAIN.md §10). */
@Service
@Transactional
public class RegistrationService {

  static final int MAX_CHALLENGES = 5;
  static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

  private final MinnoStore store;
  private final MinnoRoundService rounds;
  private final Clock clock;

  public RegistrationService(MinnoStore store, MinnoRoundService rounds, Clock clock) {
    this.store = store;
    this.rounds = rounds;
    this.clock = clock;
  }

  /** The body of {@code POST /api/minno/{roundCode}/registrations} (CONTRACT.md). */
  public record RegistrationInput(String organizationName, String contactEmail,
      List<ChallengeInput> challenges) {}

  public record ChallengeInput(String title, String description, String language,
      String studentField) {}

  /** What screening a registration's challenges came to. */
  public record ScreeningResult(int suitable, int redirected, String redirectedTitles) {}

  /**
   * Validates and records a registration while the round's registration is open. Bad input is
   * refused naming the field (e.g. {@code challenges[1].language}); a closed round is a conflict.
   */
  public Registration register(String roundCode, RegistrationInput input, String businessId,
      String registeredBy) {
    MinnoRound round = rounds.get(roundCode);
    List<FieldError> errors = new ArrayList<>();
    String organization = Values.text(input.organizationName());
    String email = Values.text(input.contactEmail());
    if (organization == null) {
      errors.add(new FieldError("organizationName", "järjestön nimi puuttuu"));
    } else if (TextRules.check("organizationName", organization, 200, true) != null) {
      errors.add(TextRules.check("organizationName", organization, 200, true));
    }
    if (email == null) {
      errors.add(new FieldError("contactEmail", "yhteyshenkilön sähköposti puuttuu"));
    } else if (!TextRules.isEmail(email)) {
      errors.add(new FieldError("contactEmail", "virheellinen sähköpostiosoite"));
    }
    List<Challenge> challenges = new ArrayList<>();
    if (input.challenges() == null || input.challenges().isEmpty()) {
      errors.add(new FieldError("challenges", "ainakin yksi haaste tarvitaan"));
    } else if (input.challenges().size() > MAX_CHALLENGES) {
      errors.add(new FieldError("challenges", "enintään " + MAX_CHALLENGES + " haastetta"));
    } else {
      for (int i = 0; i < input.challenges().size(); i++) {
        Challenge challenge = challenge(errors, "challenges[" + i + "]", input.challenges().get(i));
        if (challenge != null) {
          challenges.add(challenge);
        }
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (!round.acceptsRegistrations()) {
      throw new ConflictException("Kierroksen " + roundCode + " ilmoittautuminen ei ole auki ("
          + round.getRegistrationOpens() + "–" + round.getRegistrationCloses() + ")");
    }
    store.lockRound(roundCode); // numbering one registration at a time (issue 9.3)
    Registration registration = new Registration(roundCode, rounds.nextRegistrationNumber(roundCode),
        organization, email, businessId, registeredBy, Instant.now(clock));
    challenges.forEach(registration::addChallenge);
    return store.saveRegistration(registration);
  }

  private static Challenge challenge(List<FieldError> errors, String path, ChallengeInput in) {
    if (in == null) {
      errors.add(new FieldError(path, "haaste puuttuu"));
      return null;
    }
    int before = errors.size();
    String title = Values.text(in.title());
    String description = Values.text(in.description());
    if (title == null) {
      errors.add(new FieldError(path + ".title", "otsikko puuttuu"));
    } else if (TextRules.check(path + ".title", title, 200, true) != null) {
      errors.add(TextRules.check(path + ".title", title, 200, true));
    }
    if (description == null) {
      errors.add(new FieldError(path + ".description", "kuvaus puuttuu"));
    } else if (TextRules.check(path + ".description", description, 4000, false) != null) {
      errors.add(TextRules.check(path + ".description", description, 4000, false));
    }
    ChallengeLanguage language = null;
    try {
      language = ChallengeLanguage.valueOf(String.valueOf(in.language()));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(path + ".language", "sallitut arvot: FI, EN"));
    }
    StudentField field = null;
    try {
      field = StudentField.valueOf(String.valueOf(in.studentField()));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError(path + ".studentField", "sallitut arvot: SOCIAL_HEALTH, BUSINESS"));
    }
    return errors.size() > before ? null : new Challenge(title, description, language, field);
  }

  /** Task_PreScreenChallenges: the advisory M1 suggestion per challenge; the challenge count. */
  public int preScreen(Long registrationId) {
    Registration registration = get(registrationId);
    for (Challenge challenge : registration.getChallenges()) {
      ProgrammeFit.Suggestion suggestion =
          ProgrammeFit.assess(challenge.getTitle(), challenge.getDescription());
      challenge.suggest(suggestion.fits(), String.join("; ", suggestion.hints()));
    }
    store.saveRegistration(registration);
    return registration.getChallenges().size();
  }

  /** The challenge a screening task is about: index 0.. in registration order. */
  @Transactional(readOnly = true)
  public Challenge challengeAt(Long registrationId, int index) {
    List<Challenge> challenges = get(registrationId).getChallenges();
    if (index < 0 || index >= challenges.size()) {
      throw new NotFoundException("Ilmoittautumisella " + registrationId + " ei ole haastetta " + index);
    }
    return challenges.get(index);
  }

  /** The coordinator's M1 decision on one challenge. */
  public Challenge screen(Long registrationId, Long challengeId, Object fitsProgramme,
      Object suitsMinno, String note, String by) {
    Challenge challenge = challenge(get(registrationId), challengeId);
    Boolean fits;
    Boolean suits;
    try {
      fits = Values.bool(fitsProgramme);
      suits = Values.bool(suitsMinno);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("fitsProgramme", "kyllä/ei");
    }
    challenge.screen(Boolean.TRUE.equals(fits), Boolean.TRUE.equals(suits), Values.text(note), by);
    store.saveRegistration(challenge.getRegistration());
    return challenge;
  }

  /** Task_ConcludeScreening: every challenge screened; how many suit and how many failed M1. */
  public ScreeningResult concludeScreening(Long registrationId) {
    Registration registration = get(registrationId);
    if (registration.getChallenges().stream().anyMatch(c -> !c.isScreened())) {
      throw new IllegalStateException("registration " + registrationId + " has unscreened challenges");
    }
    registration.screened();
    store.saveRegistration(registration);
    List<Challenge> redirected = registration.getChallenges().stream()
        .filter(c -> c.getStatus() == ChallengeStatus.REDIRECTED).toList();
    return new ScreeningResult((int) registration.suitableChallenges(), redirected.size(),
        String.join("; ", redirected.stream().map(Challenge::getTitle).toList()));
  }

  /** M2: what the NGO was told about other funding for its challenges that failed M1. */
  public Registration recordRedirectAdvice(Long registrationId, String advice) {
    String text = Values.text(advice);
    if (text == null) {
      throw new InvalidInputException("redirectAdvice", "kirjaa, mihin rahoitukseen järjestö ohjattiin (M2)");
    }
    if (text.length() > 2000) {
      throw new InvalidInputException("redirectAdvice", "enintään 2000 merkkiä");
    }
    Registration registration = get(registrationId);
    registration.getChallenges().stream()
        .filter(c -> c.getStatus() == ChallengeStatus.REDIRECTED)
        .forEach(c -> c.setRedirectAdvice(text));
    return store.saveRegistration(registration);
  }

  /** Records the registration's one outcome; the NGO is told (notifiedAt). */
  public Registration decide(Long registrationId, Outcome outcome, String reason) {
    Registration registration = get(registrationId);
    if (registration.getOutcome() != null) {
      throw new IllegalStateException("registration " + registrationId + " already has outcome "
          + registration.getOutcome());
    }
    registration.decide(outcome, Values.text(reason), Instant.now(clock));
    return store.saveRegistration(registration);
  }

  /** Project applications a challenge led to, entered later (DOMAIN.md §10 "Measures"). */
  public Challenge setProjectApplications(String roundCode, Long challengeId, Integer count) {
    if (count == null || count < 0 || count > 100) {
      throw new InvalidInputException("count", "hankehakemusten määrä 0–100");
    }
    for (Registration registration : store.registrationsOf(roundCode)) {
      for (Challenge challenge : registration.getChallenges()) {
        if (challenge.getId().equals(challengeId)) {
          challenge.setProjectApplications(count);
          store.saveRegistration(registration);
          return challenge;
        }
      }
    }
    throw new NotFoundException("Kierroksella " + roundCode + " ei ole haastetta " + challengeId);
  }

  @Transactional(readOnly = true)
  public List<Registration> ofRound(String roundCode) {
    rounds.get(roundCode);
    return store.registrationsOf(roundCode);
  }

  /** The registrations of the given organisations (Y-tunnus), newest first; read-only. */
  @Transactional(readOnly = true)
  public List<Registration> ofOrganizations(List<String> businessIds) {
    return store.allRounds().stream().flatMap(r -> store.registrationsOf(r.getRoundCode()).stream())
        .filter(r -> r.getBusinessId() != null && businessIds.contains(r.getBusinessId()))
        .sorted(java.util.Comparator.comparing(Registration::getRegisteredAt).reversed())
        .toList();
  }

  @Transactional(readOnly = true)
  public Registration get(Long registrationId) {
    return store.findRegistration(registrationId)
        .orElseThrow(() -> new NotFoundException("Ilmoittautumista " + registrationId + " ei ole"));
  }

  private static Challenge challenge(Registration registration, Long challengeId) {
    return registration.getChallenges().stream()
        .filter(c -> c.getId().equals(challengeId)).findFirst()
        .orElseThrow(() -> new NotFoundException("Haastetta " + challengeId + " ei ole"));
  }
}

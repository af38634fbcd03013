package fi.avustukset.minno.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.ConflictException;
import fi.avustukset.platform.errors.InvalidInputException;
import fi.avustukset.minno.domain.RegistrationService.ChallengeInput;
import fi.avustukset.minno.domain.RegistrationService.RegistrationInput;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round registration (code, capacity M3, window), the M5 check and registration validation. */
class MinnoRoundServiceTest {

  InMemoryMinnoStore store = new InMemoryMinnoStore();
  Clock clock = Clock.fixed(Instant.parse("2027-01-02T10:00:00Z"), ZoneId.of("Europe/Helsinki"));

  MinnoRoundService service(List<LocalDate> steaDeadlines) {
    return new MinnoRoundService(store, new MinnoSettings(steaDeadlines, 14), clock);
  }

  MinnoRound register(MinnoRoundService rounds, String code, String opens, String closes, String stea) {
    return rounds.register(code, new MinnoRoundService.RoundInput("Kierros", null, opens, closes, stea),
        "coordinator");
  }

  @Test
  void codeIsGeneratedFromTheSemesterOfTheOpeningDateAndSkipsTakenNumbers() {
    MinnoRoundService rounds = service(List.of());
    assertThat(register(rounds, null, "2027-01-10", "2027-02-10", null).getRoundCode()).isEqualTo("MINNO-2027-1");
    assertThat(register(rounds, null, "2027-08-20", "2027-09-20", null).getRoundCode()).isEqualTo("MINNO-2027-2");
    assertThat(register(rounds, null, "2027-03-01", "2027-03-20", null).getRoundCode()).isEqualTo("MINNO-2027-3");
    assertThat(register(rounds, " MINNO-2022-4 ", "2022-09-01", "2022-09-30", null).getRoundCode())
        .isEqualTo("MINNO-2022-4");
    assertThat(rounds.get("MINNO-2027-1").getCapacity()).isEqualTo(MinnoRoundService.DEFAULT_CAPACITY);
    assertThat(store.effortsOf("MINNO-2027-1")).hasSize(10)
        .extracting(StepEffort::getPlannedDays).map(d -> d.doubleValue()).containsExactly(
            1.0, 1.0, 0.5, 1.0, 1.0, 2.0, 1.0, 1.0, 0.0, 0.5);
  }

  @Test
  void badStartDataNamesEveryField() {
    MinnoRoundService rounds = service(List.of());
    assertThatThrownBy(() -> rounds.register("MINNO-27-1",
        new MinnoRoundService.RoundInput(" ", 5, "2027-02-10", "2027-01-10", "huomenna"), "c"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(fieldError -> fieldError.field())
            .containsExactlyInAnyOrder("roundName", "capacity", "registrationCloses", "steaDeadline",
                "roundCode"));
    register(rounds, "MINNO-2027-1", "2027-01-10", "2027-02-10", null);
    assertThatThrownBy(() -> register(rounds, "MINNO-2027-1", "2027-01-10", "2027-02-10", null))
        .isInstanceOf(ConflictException.class).hasMessageContaining("on jo olemassa");
  }

  @Test
  void windowInTheLastTwoWeeksBeforeASteaDeadlineIsWarnedAbout() {
    MinnoRoundService rounds = service(List.of(LocalDate.parse("2027-05-31")));
    // ends the day before the busy fortnight (17.5.–31.5.) begins: fine
    assertThat(register(rounds, "MINNO-2027-1", "2027-04-01", "2027-05-16", null).getSteaOverlapWarning()).isNull();
    // touches its first day: warned
    assertThat(register(rounds, "MINNO-2027-3", "2027-04-01", "2027-05-17", null).getSteaOverlapWarning())
        .contains("31.5.2027").contains("M5");
    // opens after the deadline: fine
    assertThat(register(rounds, "MINNO-2027-4", "2027-06-01", "2027-06-30", null).getSteaOverlapWarning()).isNull();
    // the round's own deadline counts as well
    MinnoRound own = register(rounds, "MINNO-2027-2", "2027-09-01", "2027-09-30", "2027-09-15");
    assertThat(own.getSteaOverlapWarning()).contains("15.9.2027");
    assertThat(rounds.moveWindow("MINNO-2027-2", "2027-08-01", "2027-08-31").getSteaOverlapWarning()).isNull();
  }

  @Test
  void registrationNamesBadChallengeFieldsAndIsRefusedWhenNotOpen() {
    MinnoRoundService rounds = service(List.of());
    RegistrationService registrations = new RegistrationService(store, rounds, clock);
    register(rounds, "MINNO-2027-1", "2027-01-10", "2027-02-10", null);
    RegistrationInput good = new RegistrationInput("Yhdistys ry", "a@b.fi",
        List.of(new ChallengeInput("Otsikko", "Kuvaus", "FI", "BUSINESS")));
    assertThatThrownBy(() -> registrations.register("MINNO-2027-1", good, null, "c"))
        .isInstanceOf(ConflictException.class);
    rounds.openRegistration("MINNO-2027-1");
    RegistrationInput bad = new RegistrationInput("Yhdistys ry", "a@b", List.of(
        new ChallengeInput("Otsikko", "Kuvaus", "FI", "BUSINESS"),
        new ChallengeInput(null, "Kuvaus", "SE", "ART")));
    assertThatThrownBy(() -> registrations.register("MINNO-2027-1", bad, null, "c"))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
            .extracting(fieldError -> fieldError.field())
            .containsExactlyInAnyOrder("contactEmail", "challenges[1].title", "challenges[1].language",
                "challenges[1].studentField"));
    Registration saved = registrations.register("MINNO-2027-1", good, null, "c");
    assertThat(saved.businessKey()).isEqualTo("MINNO-2027-1-01");
    assertThat(registrations.register("MINNO-2027-1", good, null, "c").businessKey()).isEqualTo("MINNO-2027-1-02");
  }
}

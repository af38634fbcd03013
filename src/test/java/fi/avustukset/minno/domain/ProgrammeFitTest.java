package fi.avustukset.minno.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The advisory M1 pre-screening. */
class ProgrammeFitTest {

  @Test
  void wellDescribedChallengeOnAProgrammeThemeIsSuggested() {
    ProgrammeFit.Suggestion s = ProgrammeFit.assess("Digitaalinen vertaistuki",
        "Miten voisimme lisätä ikääntyneiden osallisuutta digitaalisten palvelujen avulla niin,"
            + " että vapaaehtoiset jaksavat?");
    assertThat(s.fits()).isTrue();
    assertThat(s.hints()).anyMatch(h -> h.contains("digi")).anyMatch(h -> h.contains("osallis"));
  }

  @Test
  void shortOrOffThemeChallengeIsNotSuggested() {
    assertThat(ProgrammeFit.assess("Digi", "Lyhyt.").fits()).isFalse();
    ProgrammeFit.Suggestion offTheme = ProgrammeFit.assess("Kesäjuhlat",
        "Järjestämme jäsenillemme kesäjuhlat ja tarvitsemme ideoita ohjelmaan, tarjoiluun ja"
            + " paikan valintaan. Kaikki ideat ovat tervetulleita.");
    assertThat(offTheme.fits()).isFalse();
    assertThat(offTheme.hints()).anyMatch(h -> h.contains("ei viittausta"));
  }
}

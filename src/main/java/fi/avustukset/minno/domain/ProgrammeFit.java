package fi.avustukset.minno.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Advisory M1 pre-screening of a challenge against the ERDF/ESF+ programme "Uudistuva ja osaava
 * Suomi 2021–2027" and MINNO: the coordinator decides, this only points out what to look at.
 * A challenge is suggested to fit when it is described well enough for students to ideate on
 * (at least {@value #MIN_DESCRIPTION} characters) and touches a theme of the programme
 * (innovation, digitalisation, skills and employment, inclusion, equality, wellbeing).
 */
public final class ProgrammeFit {

  static final int MIN_DESCRIPTION = 80;

  /** Stems of the programme's themes in Finnish and English. */
  static final List<String> THEMES = List.of(
      "innovaat", "innovat", "kehit", "develop", "digi", "osaam", "skill", "koulut", "learn",
      "työllis", "employ", "osallis", "inclusi", "participat", "yhdenvert", "equal", "syrjäyt",
      "exclusion", "hyvinvoin", "wellbeing", "well-being", "terveyt", "health", "yrittäj",
      "entrepreneur", "vihreä", "green", "vähähiili", "low-carbon");

  public record Suggestion(boolean fits, List<String> hints) {}

  public static Suggestion assess(String title, String description) {
    List<String> hints = new ArrayList<>();
    String text = ((title == null ? "" : title) + " " + (description == null ? "" : description))
        .toLowerCase(Locale.ROOT);
    boolean described = description != null && description.trim().length() >= MIN_DESCRIPTION;
    if (!described) {
      hints.add("kuvaus on lyhyt (alle " + MIN_DESCRIPTION + " merkkiä): opiskelijoiden on vaikea ideoida");
    }
    List<String> themes = THEMES.stream().filter(text::contains).toList();
    if (themes.isEmpty()) {
      hints.add("ei viittausta ohjelman teemoihin (innovaatiot, digitalisaatio, osaaminen, työllisyys, osallisuus)");
    } else {
      hints.add("ohjelman teemoja: " + String.join(", ", themes));
    }
    return new Suggestion(described && !themes.isEmpty(), hints);
  }

  private ProgrammeFit() {}
}

package fi.avustukset.reporting.programme.domain;

import fi.avustukset.platform.errors.Concurrent;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's programme (seed 001): Järjestö 2.0, {@code JARJESTO-2.0}, funded by STEA
 * and coordinated by SOSTE, so the README walkthrough's projects can name it. Registered once;
 * an edit made afterwards is kept.
 */
@Component
@Profile("demo")
public class DemoProgrammes implements ApplicationRunner {

  public static final String JARJESTO_2_0 = "JARJESTO-2.0";

  private final ProgrammeRegistry registry;

  public DemoProgrammes(ProgrammeRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void run(ApplicationArguments args) {
    // several nodes starting at once: the loser of the insert finds the winner's row
    Concurrent.retryOnRace(() -> {
      registry.ensure(JARJESTO_2_0, new ProgrammeRegistry.ProgrammeData("Järjestö 2.0", "STEA",
          "SOSTE – Suomen sosiaali ja terveys ry"));
      return null;
    });
  }
}

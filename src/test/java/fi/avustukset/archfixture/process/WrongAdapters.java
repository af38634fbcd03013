package fi.avustukset.archfixture.process;

import fi.avustukset.grant.application.domain.GrantApplication;
import org.camunda.bpm.engine.RuntimeService;

/**
 * Deliberately wrong adapters (never run, not part of the application): ArchitectureTest shows
 * that its rules fail on them, so a rule that can no longer fail is noticed.
 */
final class WrongAdapters {

  /** A delegate that correlates a message itself instead of through its adapter. */
  static void correlatesItself(RuntimeService runtimeService) {
    runtimeService.createMessageCorrelation("decision-proposal").correlateAll();
  }

  /** A delegate that changes an application itself instead of through its service. */
  static void changesTheApplication(GrantApplication application) {
    application.sendToCommittee();
  }

  /** A record whose status is set from outside. */
  static final class WrongRecord {
    private String status;

    public void setStatus(String status) {
      this.status = status;
    }
  }

  private WrongAdapters() {}
}

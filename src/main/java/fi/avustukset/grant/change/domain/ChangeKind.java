package fi.avustukset.grant.change.domain;

/** What a change application (muutoshakemus) asks for (CONTRACT.md "Attachments, changes …"). */
public enum ChangeKind {
  /** Longer agreement period (newEndDate), within the grant type's maximum duration. */
  PERIOD_EXTENSION("Sopimuskauden pidentäminen"),
  /** Money moved between budget lines (budgetLines), never above the grant (E9). */
  BUDGET_REALLOCATION("Talousarvion muutos"),
  /** The content of the activity changes (contentDescription). */
  CONTENT_CHANGE("Toiminnan sisällön muutos");

  private final String finnishName;

  ChangeKind(String finnishName) {
    this.finnishName = finnishName;
  }

  public String finnishName() { return finnishName; }
}

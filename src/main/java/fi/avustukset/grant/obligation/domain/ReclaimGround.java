package fi.avustukset.grant.obligation.domain;

/**
 * Grounds of a reclaim (takaisinperintä) as in valtionavustuslaki 688/2001 §21–22 practice
 * (DOMAIN.md §7, not in sources).
 */
public enum ReclaimGround {
  /** Käyttämätön avustus: the grant or part of it was not used (§21). */
  UNUSED,
  /** Avustusta käytetty olennaisesti muuhun tarkoitukseen (§22). */
  MISUSED,
  /** Virheelliset tai puutteelliset tiedot (§22). */
  INCORRECT_INFORMATION,
  /** Avustuksen ehtojen rikkominen, e.g. the reporting obligation not met (§22). */
  CONDITIONS_BREACHED
}

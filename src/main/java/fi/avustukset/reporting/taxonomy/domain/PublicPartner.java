package fi.avustukset.reporting.taxonomy.domain;

/** The public partner of an activity after the reform (DOMAIN.md §9, seed 003). */
public enum PublicPartner {
  MUNICIPALITY,
  WELLBEING_COUNTY,
  BOTH
}

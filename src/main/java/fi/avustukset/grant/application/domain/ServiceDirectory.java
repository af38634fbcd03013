package fi.avustukset.grant.application.domain;

/** Public service directories of rule E6. */
public enum ServiceDirectory {
  HYVINVOINTITARJOTIN, LAHELLA, PTV, NONE
}

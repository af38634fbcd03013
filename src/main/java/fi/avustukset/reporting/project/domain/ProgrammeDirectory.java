package fi.avustukset.reporting.project.domain;

/**
 * Which programme codes a project may name (issue 9: an unknown programme is refused). The
 * programme registry ({@code reporting.programme}) answers; it is asked through this port so
 * that the programme feature, which reads the projects, stays the only one that knows both.
 */
public interface ProgrammeDirectory {

  /** Whether {@code programmeCode} is a registered programme. */
  boolean isRegistered(String programmeCode);
}

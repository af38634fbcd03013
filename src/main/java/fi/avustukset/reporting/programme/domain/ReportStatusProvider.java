package fi.avustukset.reporting.programme.domain;

/**
 * Tells the status of a project's annual report (E10). The default,
 * {@link DerivedReportStatusProvider}, derives it from the recorded activity; the
 * reporting-obligation process may supply its own implementation as a {@code @Primary}
 * bean (submitted / late / accepted from its own records), and the programme view uses it.
 */
public interface ReportStatusProvider {

  ReportStatus status(String projectCode, int year);
}

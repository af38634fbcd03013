package fi.avustukset.reporting.activity.domain;

/**
 * The activity taxonomy as reporting needs it (DOMAIN.md §9); implemented by the taxonomy
 * feature, so reporting does not depend on how terms are kept.
 */
public interface ActivityTerms {

  /** Whether a term with this code exists (and may classify new events). */
  boolean exists(String termCode);

  /** The term with its heading and public partner, or null when unknown. */
  TermInfo info(String termCode);

  /** The active terms as a form offers them: code → Finnish name, in the taxonomy's order. */
  java.util.Map<String, String> activeTermNames();
}

package fi.avustukset.grant.agreement.domain;

/** Life of a grant agreement (DOMAIN.md §7). */
public enum AgreementStatus {
  /** The preparer drafts (or redrafts after a return). */
  DRAFT,
  /** Drafted; the applicant organisation accepts it or asks for changes. */
  AWAITING_ACCEPTANCE,
  /** Accepted by the applicant; the service area signs it or returns it. */
  AWAITING_SIGNATURE,
  /** Signed by both parties: in force, paid and reported on. */
  SIGNED,
  /** Every instalment paid and every report handled. */
  CLOSED
}

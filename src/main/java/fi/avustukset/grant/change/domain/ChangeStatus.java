package fi.avustukset.grant.change.domain;

/** Life of a change application. */
public enum ChangeStatus {
  /** Filed: the preparer assesses it, then the committee decides. */
  SUBMITTED,
  /** Accepted: the agreement (and its reports) follow the change. */
  ACCEPTED,
  /** Refused: the agreement stays as it was. */
  REFUSED
}

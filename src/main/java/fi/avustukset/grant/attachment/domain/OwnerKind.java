package fi.avustukset.grant.attachment.domain;

/**
 * What an attachment belongs to. Every owner is part of one application's case, whose access
 * rules decide who reads the file: the application itself, the applicant's completion response
 * (an upload while a completion request is open), the agreement, a report or a change
 * application.
 */
public enum OwnerKind {
  APPLICATION, COMPLETION, AGREEMENT, REPORT, CHANGE
}

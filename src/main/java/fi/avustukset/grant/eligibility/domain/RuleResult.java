package fi.avustukset.grant.eligibility.domain;

/** One rule's outcome with its reason in Finnish, as the preparer and applicant read it. */
public record RuleResult(Rule rule, Outcome outcome, String reason) {}

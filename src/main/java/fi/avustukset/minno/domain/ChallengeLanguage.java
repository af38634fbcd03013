package fi.avustukset.minno.domain;

/** Language of the student group that works on a challenge (DOMAIN.md §10). */
public enum ChallengeLanguage { FI, EN }

package fi.avustukset.minno.domain;

/** Students a challenge is meant for: social and health care or business (DOMAIN.md §10). */
public enum StudentField { SOCIAL_HEALTH, BUSINESS }

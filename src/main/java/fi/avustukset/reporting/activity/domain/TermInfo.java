package fi.avustukset.reporting.activity.domain;

/** What a report needs of an activity-taxonomy term (DOMAIN.md §9). */
public record TermInfo(String code, String headingCode, String headingName, String partner) {}

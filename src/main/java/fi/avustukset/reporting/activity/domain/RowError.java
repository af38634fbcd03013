package fi.avustukset.reporting.activity.domain;

/**
 * One refused row of an imported file: its number (the header is row 1, the first event
 * row 2), the column (CONTRACT.md name, or null for the whole row) and why, in Finnish.
 */
public record RowError(int row, String field, String message) {}

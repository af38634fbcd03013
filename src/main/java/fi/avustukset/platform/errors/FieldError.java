package fi.avustukset.platform.errors;

/** One refused input field: its name (as in CONTRACT.md) and why, in Finnish. */
public record FieldError(String field, String message) {}

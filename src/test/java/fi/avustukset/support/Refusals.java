package fi.avustukset.support;

import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;

/** The fields a rule refuses, for rule tests: {@code "negotiationNotes"}, {@code "a,b"}. */
public final class Refusals {

  public static String refusedFields(Runnable action) {
    try {
      action.run();
    } catch (InvalidInputException e) {
      return String.join(",", e.errors().stream().map(FieldError::field).toList());
    }
    throw new AssertionError("not refused");
  }

  private Refusals() {}
}

package fi.avustukset.platform.errors;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input that a user can fix: answered 400 with the fields named. {@link #sentence()} is what a
 * person reads (Finnish sentences without technical keys, {@link FieldError#sentence()}); the
 * exception's message keeps the field keys for developers and logs.
 */
public class InvalidInputException extends RuntimeException {

  private final List<FieldError> errors;

  public InvalidInputException(List<FieldError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public InvalidInputException(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** The field of the first refusal (what a form marks), or null. */
  public String field() {
    return errors.isEmpty() ? null : errors.get(0).field();
  }

  /** The refusal as Finnish sentence(s) for a person: no field keys, no technical words. */
  public String sentence() {
    return sentence(errors);
  }

  public static String sentence(List<FieldError> errors) {
    if (errors.isEmpty()) {
      return "Tarkista syötetyt tiedot.";
    }
    return errors.stream().map(FieldError::sentence).distinct().collect(Collectors.joining(" "));
  }

  private static String summary(List<FieldError> errors) {
    StringBuilder sb = new StringBuilder("Virheellinen syöte: ");
    for (int i = 0; i < errors.size(); i++) {
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(errors.get(i).field()).append(": ").append(errors.get(i).message());
    }
    return sb.toString();
  }
}

package fi.avustukset.platform.errors;

import java.util.List;

/** Bad input that a user can fix: answered 400 with the fields named. */
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

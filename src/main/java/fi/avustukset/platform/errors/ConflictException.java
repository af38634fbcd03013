package fi.avustukset.platform.errors;

/** The request is valid but the state does not allow it (e.g. the call has closed): 409. */
public class ConflictException extends RuntimeException {
  public ConflictException(String message) {
    super(message);
  }

  public ConflictException(String message, Throwable cause) {
    super(message, cause);
  }
}

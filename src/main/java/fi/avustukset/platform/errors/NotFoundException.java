package fi.avustukset.platform.errors;

/** A named thing does not exist (or the user may not know it does): 404. */
public class NotFoundException extends RuntimeException {
  public NotFoundException(String message) {
    super(message);
  }
}

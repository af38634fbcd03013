package fi.avustukset.platform.errors;

import java.util.List;
import java.util.Optional;

/**
 * A client's mistake as it is answered: HTTP status, one Finnish sentence, the field it
 * concerns (or null) and every refused field. {@link #of(Throwable)} finds the project's own
 * refusals anywhere in a cause chain (the engine wraps what listeners and delegates throw).
 */
public record Refusal(int status, String message, String field, List<FieldError> errors) {

  public Refusal {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static Refusal badRequest(String field, String sentence) {
    return new Refusal(400, sentence, field,
        field == null ? List.of() : List.of(new FieldError(field, sentence)));
  }

  public static Optional<Refusal> of(Throwable thrown) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 32; t = t.getCause(), depth++) {
      if (t instanceof InvalidInputException invalid) {
        return Optional.of(new Refusal(400, invalid.sentence(), invalid.field(), invalid.errors()));
      }
      if (t instanceof ConflictException conflict) {
        return Optional.of(new Refusal(409, sentence(conflict.getMessage()), null, List.of()));
      }
      if (t instanceof NotFoundException notFound) {
        return Optional.of(new Refusal(404, sentence(notFound.getMessage()), null, List.of()));
      }
      if (t instanceof ForbiddenException forbidden) {
        return Optional.of(new Refusal(403, sentence(forbidden.getMessage()), null, List.of()));
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }

  /** A message as a sentence: capital first letter, ends with a full stop. */
  public static String sentence(String message) {
    return new FieldError(null, message).sentence();
  }
}

package fi.avustukset.reporting.activity.domain;

import java.util.List;

/** An import refused as a whole (nothing stored): answered 400 with every bad row. */
public class CsvImportException extends RuntimeException {

  private final List<RowError> errors;

  public CsvImportException(List<RowError> errors) {
    super("Tiedostossa on virheitä " + errors.size() + " kohdassa; mitään ei tallennettu");
    this.errors = List.copyOf(errors);
  }

  public List<RowError> errors() {
    return errors;
  }
}

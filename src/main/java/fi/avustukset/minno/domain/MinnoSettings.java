package fi.avustukset.minno.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Configuration of MINNO rounds (application.yaml {@code grants.minno.*}): the STEA application
 * deadlines a registration window must not clash with (M5) and how many days before such a
 * deadline NGOs are busy with their STEA applications.
 */
@Component
public class MinnoSettings {

  private final List<LocalDate> steaDeadlines;
  private final int steaMarginDays;

  @Autowired
  public MinnoSettings(@Value("${grants.minno.stea-deadlines:}") String steaDeadlines,
      @Value("${grants.minno.stea-margin-days:14}") int steaMarginDays) {
    this(parse(steaDeadlines), steaMarginDays);
  }

  public MinnoSettings(List<LocalDate> steaDeadlines, int steaMarginDays) {
    this.steaDeadlines = List.copyOf(steaDeadlines);
    this.steaMarginDays = steaMarginDays;
  }

  public List<LocalDate> steaDeadlines() { return steaDeadlines; }
  public int steaMarginDays() { return steaMarginDays; }

  private static List<LocalDate> parse(String text) {
    List<LocalDate> dates = new ArrayList<>();
    if (text == null) {
      return dates;
    }
    for (String part : text.split(",")) {
      if (!part.isBlank()) {
        try {
          dates.add(LocalDate.parse(part.trim()));
        } catch (DateTimeParseException e) {
          throw new IllegalStateException("grants.minno.stea-deadlines: not an ISO date: " + part, e);
        }
      }
    }
    return dates;
  }
}

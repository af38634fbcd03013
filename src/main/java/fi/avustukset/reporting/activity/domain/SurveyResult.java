package fi.avustukset.reporting.activity.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A survey of a project (DOMAIN.md §8: mid-term and final evaluation, for the target group or
 * for partners): statements rated 1–5, each with its mean and number of responses.
 */
public record SurveyResult(String code, String name, Audience audience, Phase phase,
    LocalDate conductedOn, Integer invited, int respondents, List<Statement> statements) {

  public enum Audience { TARGET_GROUP, PARTNERS, STAFF }

  public enum Phase { MID_TERM, FINAL, OTHER }

  public record Statement(String text, BigDecimal mean, Integer responses) {}
}

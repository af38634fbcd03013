package fi.avustukset.reporting;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Contacts, feedback and surveys of a project as the annual report reads them
 * (DOMAIN.md §8).
 */
@Component
public class EvaluationRecords {

  public List<ContactFigures> contacts(String projectCode, int year) {
    return List.of();
  }

  public List<FeedbackRatings> feedback(List<Long> eventIds) {
    return List.of();
  }

  public List<SurveyResult> surveys(String projectCode, int year) {
    return List.of();
  }
}

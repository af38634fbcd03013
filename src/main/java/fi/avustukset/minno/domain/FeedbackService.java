package fi.avustukset.minno.domain;

import fi.avustukset.platform.domain.Values;
import fi.avustukset.platform.errors.FieldError;
import fi.avustukset.platform.errors.InvalidInputException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Step 10: feedback from NGOs, students and university staff, 1–5 plus free text. */
@Service
@Transactional
public class FeedbackService {

  private final MinnoStore store;
  private final MinnoRoundService rounds;
  private final Clock clock;

  public FeedbackService(MinnoStore store, MinnoRoundService rounds, Clock clock) {
    this.store = store;
    this.rounds = rounds;
    this.clock = clock;
  }

  public Feedback add(String roundCode, Object respondent, Object rating, String freeText,
      String givenBy) {
    rounds.get(roundCode);
    List<FieldError> errors = new ArrayList<>();
    Respondent who = null;
    try {
      who = Respondent.valueOf(String.valueOf(respondent));
    } catch (IllegalArgumentException e) {
      errors.add(new FieldError("respondent", "sallitut arvot: NGO, STUDENT, UNIVERSITY"));
    }
    Integer value = null;
    try {
      value = Values.integer(rating);
    } catch (IllegalArgumentException e) {
      // reported below
    }
    if (value == null || value < 1 || value > 5) {
      errors.add(new FieldError("rating", "arvio kokonaislukuna 1–5"));
    }
    String text = Values.text(freeText);
    if (text != null && text.length() > 2000) {
      errors.add(new FieldError("comment", "enintään 2000 merkkiä"));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return store.saveFeedback(new Feedback(roundCode, who, value, text, givenBy, Instant.now(clock)));
  }
}

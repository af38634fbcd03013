package fi.avustukset.reporting.activity.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;

/**
 * One activity event as imported or entered (DOMAIN.md §8), validated. {@code termCode} is
 * the optional activity-taxonomy term (DOMAIN.md §9).
 */
public record EventRecord(LocalDate date, EventType type, Set<GoalLevel> goalLevels,
    OrganizerRole organizerRole, int officials, int electedOfficials, int ngoRepresentatives,
    int privateSector, String title, String termCode) {

  public EventRecord {
    goalLevels = goalLevels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(goalLevels));
  }

  public int participants() {
    return officials + electedOfficials + ngoRepresentatives + privateSector;
  }

  /**
   * The identity of an event within its project: date, type and title (case and spacing
   * ignored) plus its occurrence among identical rows of one file (1 for the first). Importing
   * a file again finds the same keys, so nothing is duplicated; a corrected file (other counts,
   * levels, role or term) updates the events it names.
   */
  public String naturalKey(int occurrence) {
    String normalizedTitle = title.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    String key = date + "|" + type + "|" + normalizedTitle + "|" + occurrence;
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The same identity without the occurrence: rows sharing it are counted 1, 2, …. */
  String identity() {
    return date + "|" + type + "|" + title.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}

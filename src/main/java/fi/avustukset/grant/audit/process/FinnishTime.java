package fi.avustukset.grant.audit.process;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;

/** d.M.yyyy klo H.mm in Helsinki time, for details written into the trail. */
final class FinnishTime {

  private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy 'klo' H.mm");
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

  private FinnishTime() {}

  static String of(Date date) {
    return date == null ? "–" : TIME.format(date.toInstant().atZone(HELSINKI));
  }

  static String date(Date date) {
    return date == null ? "–" : DATE.format(date.toInstant().atZone(HELSINKI));
  }
}

package fi.avustukset.grant.audit.web;

import fi.avustukset.grant.audit.domain.AuditTrail.Line;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit trail for Finnish Excel (CONTRACT.md "Languages and browsers"): UTF-8 with a
 * byte-order mark, semicolons, {@code Aika;Käyttäjä;Toimenpide;Tiedot}, time as
 * {@code 1.12.2026 14.30} in Helsinki time; a cell that would start a formula is written as text.
 */
final class AuditCsv {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d.M.yyyy H.mm.ss").withZone(ZoneId.of("Europe/Helsinki"));

  private AuditCsv() {}

  static String write(List<Line> lines) {
    StringBuilder b = new StringBuilder("\uFEFF");
    row(b, "Aika", "Käyttäjä", "Toimenpide", "Tiedot");
    for (Line l : lines) {
      row(b, TIME.format(l.at()), l.user(), l.action(), l.details());
    }
    return b.toString();
  }

  private static void row(StringBuilder b, String... cells) {
    for (int i = 0; i < cells.length; i++) {
      if (i > 0) {
        b.append(';');
      }
      String c = cells[i] == null ? "" : cells[i];
      if (!c.isEmpty() && "=+-@".indexOf(c.charAt(0)) >= 0) {
        c = "'" + c;
      }
      if (c.contains(";") || c.contains("\"") || c.contains("\n") || c.contains("\r")) {
        c = "\"" + c.replace("\"", "\"\"") + "\"";
      }
      b.append(c);
    }
    b.append("\r\n");
  }
}

package fi.avustukset.reporting.taxonomy.domain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration V32: loads the activity taxonomy (DOMAIN.md §9) from
 * {@code taxonomy/hyte-activity-taxonomy.json}. Inserts only what is missing, so it is
 * harmless on a database that already has terms. The file is the initial content only —
 * afterwards administrators edit terms through {@code /api/taxonomy}; the migration has no
 * checksum, so editing the file later does not break start-up. (A Spring bean: Spring Boot
 * hands every {@link JavaMigration} bean to Flyway.)
 */
@Component
public class SeedActivityTaxonomy implements JavaMigration {

  static final String RESOURCE = "/taxonomy/hyte-activity-taxonomy.json";

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("32");
  }

  @Override
  public String getDescription() {
    return "seed activity taxonomy";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    JsonNode root;
    try (InputStream in = SeedActivityTaxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the classpath");
      }
      root = new ObjectMapper().readTree(in);
    }
    Connection c = context.getConnection();
    Set<String> headings = codes(c, "select code from taxonomy_heading");
    Set<String> terms = codes(c, "select code from taxonomy_term");
    Timestamp now = Timestamp.from(Instant.now());
    int headingPosition = 0;
    for (JsonNode heading : root.path("headings")) {
      headingPosition++;
      String headingCode = heading.path("code").asText();
      if (headings.add(headingCode)) {
        try (PreparedStatement ps = c.prepareStatement(
            "insert into taxonomy_heading (code, position, name_fi, name_en) values (?, ?, ?, ?)")) {
          ps.setString(1, headingCode);
          ps.setInt(2, headingPosition);
          ps.setString(3, heading.path("nameFi").asText());
          ps.setString(4, heading.path("nameEn").asText(null));
          ps.executeUpdate();
        }
      }
      int termPosition = 0;
      for (JsonNode term : heading.path("terms")) {
        termPosition++;
        String code = term.path("code").asText();
        if (!terms.add(code)) {
          continue;
        }
        PublicPartner partner = PublicPartner.valueOf(term.path("partner").asText());
        try (PreparedStatement ps = c.prepareStatement("insert into taxonomy_term (code,"
            + " heading_code, position, name_fi, name_en, description, partner, active,"
            + " updated_at, updated_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, code);
          ps.setString(2, headingCode);
          ps.setInt(3, termPosition);
          ps.setString(4, term.path("nameFi").asText());
          ps.setString(5, term.path("nameEn").asText(null));
          ps.setString(6, term.path("description").asText(null));
          ps.setString(7, partner.name());
          ps.setBoolean(8, true);
          ps.setTimestamp(9, now);
          ps.setString(10, "seed");
          ps.executeUpdate();
        }
      }
    }
  }

  private static Set<String> codes(Connection c, String sql) throws Exception {
    Set<String> codes = new HashSet<>();
    try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        codes.add(rs.getString(1));
      }
    }
    return codes;
  }
}

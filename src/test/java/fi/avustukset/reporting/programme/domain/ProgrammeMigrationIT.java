package fi.avustukset.reporting.programme.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.avustukset.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Flyway V60 on an install that already has projects with programme codes: every distinct
 * code is registered (name = code), so its projects and comparisons keep working; afterwards a
 * project can no longer name an unregistered programme even by SQL (foreign key).
 */
@Tag("postgres")
class ProgrammeMigrationIT {

  @Test
  void existingProgrammeCodesAreRegisteredAndAnUnknownOneIsRefusedAfterwards() throws Exception {
    TestDatabase db = TestDatabase.get().another("v60");
    flyway(db, "50").migrate();
    try (Connection c = DriverManager.getConnection(db.url, db.username, db.password);
        Statement s = c.createStatement()) {
      s.execute("insert into funded_project (project_code, name, organization_name,"
          + " programme_code, created_at, updated_at) values"
          + " ('OLD-1', 'Vanha 1', 'Yhdistys ry', 'OLD-PROG', now(), now()),"
          + " ('OLD-2', 'Vanha 2', 'Yhdistys ry', 'OLD-PROG', now(), now()),"
          + " ('OLD-3', 'Vanha 3', 'Yhdistys ry', 'JARJESTO-2.0', now(), now()),"
          + " ('OLD-4', 'Vanha 4', 'Yhdistys ry', null, now(), now())");
    }

    flyway(db, "60").migrate();

    try (Connection c = DriverManager.getConnection(db.url, db.username, db.password);
        Statement s = c.createStatement()) {
      List<String> rows = new ArrayList<>();
      try (ResultSet r = s.executeQuery("select code, name from programme order by code")) {
        while (r.next()) {
          rows.add(r.getString(1) + "=" + r.getString(2));
        }
      }
      assertThat(rows).containsExactly("JARJESTO-2.0=JARJESTO-2.0", "OLD-PROG=OLD-PROG");
      assertThatThrownBy(() -> s.execute("insert into funded_project (project_code, name,"
          + " organization_name, programme_code, created_at, updated_at) values"
          + " ('NEW-1', 'Uusi', 'Yhdistys ry', 'NO-SUCH', now(), now())"))
          .isInstanceOf(SQLException.class).hasMessageContaining("fk_funded_project_programme");
    }
  }

  private static Flyway flyway(TestDatabase db, String target) {
    return Flyway.configure().dataSource(db.url, db.username, db.password)
        .locations("classpath:db/migration").outOfOrder(true).target(target).load();
  }
}

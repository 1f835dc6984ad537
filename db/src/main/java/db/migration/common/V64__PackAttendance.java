package db.migration.common;

import dev.rituals.db.repository.AttendanceRollup;
import java.sql.Connection;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Fills {@code attendance_packed} (created by V63) from the attendance rows already stored: packing
 * is Java (varints), so this step is a Java migration. It runs in Flyway's transaction.
 */
public class V64__PackAttendance extends BaseJavaMigration {
  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    SQLDialect dialect =
        connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(java.util.Locale.ROOT)
                .contains("postgres")
            ? SQLDialect.POSTGRES
            : SQLDialect.H2;
    AttendanceRollup.packEverything(DSL.using(connection, dialect));
  }
}

package dev.rituals.db.testing;

import static dev.rituals.db.jooq.Tables.INBOUND_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import dev.rituals.db.Vendor;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TestDatabasesTest {

  private static final TenantRef TENANT = new TenantRef(Platform.SLACK, "T1");
  private static final Instant AT = Instant.parse("2025-03-07T07:00:00Z");

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void everyCallGivesAFreshMigratedDatabaseOfThatVendor(Vendor vendor) {
    try (Database first = TestDatabases.of(vendor);
        Database second = TestDatabases.of(vendor)) {
      JooqRepositories.of(first).inboundEvents().firstTime(TENANT, "Ev1", AT);

      assertThat(first.vendor()).isEqualTo(vendor);
      assertThat(first.dsl().fetchCount(INBOUND_EVENT)).isEqualTo(1);
      assertThat(second.dsl().fetchCount(INBOUND_EVENT)).isZero();
    }
  }

  @ParameterizedTest
  @EnumSource(Vendor.class)
  void wipeEmptiesEveryTableButKeepsTheSchema(Vendor vendor) {
    try (Database database = TestDatabases.of(vendor)) {
      JooqRepositories repositories = JooqRepositories.of(database);
      repositories.inboundEvents().firstTime(TENANT, "Ev1", AT);

      TestDatabases.wipe(database);

      assertThat(database.dsl().fetchCount(INBOUND_EVENT)).isZero();
      assertThat(repositories.inboundEvents().firstTime(TENANT, "Ev1", AT)).isTrue();
    }
  }
}

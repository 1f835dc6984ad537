package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.INSTALLATION;

import dev.rituals.core.model.Installation;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.port.InstallationRepository;
import dev.rituals.db.jooq.tables.records.InstallationRecord;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** Installations keyed by (platform, tenant id). */
public final class JooqInstallationRepository implements InstallationRepository {

  private final DSLContext dsl;

  public JooqInstallationRepository(DSLContext dsl) {
    this.dsl = dsl;
  }

  @Override
  public void save(Installation installation) {
    InstallationRecord row = new InstallationRecord();
    row.setPlatform(installation.tenant().platform().name());
    row.setTenantId(installation.tenant().tenantId());
    row.setName(installation.name());
    row.setBotUserId(installation.botUserId());
    row.setInstalledAt(installation.installedAt());
    row.setEnabled(installation.enabled());
    dsl.insertInto(INSTALLATION)
        .set(row)
        .onConflict(INSTALLATION.PLATFORM, INSTALLATION.TENANT_ID)
        .doUpdate()
        .set(row)
        .execute();
  }

  @Override
  public Optional<Installation> find(TenantRef tenant) {
    return dsl.selectFrom(INSTALLATION)
        .where(is(tenant))
        .fetchOptional()
        .map(
            row ->
                new Installation(
                    Columns.tenant(row.getPlatform(), row.getTenantId()),
                    row.getName(),
                    row.getBotUserId(),
                    row.getInstalledAt(),
                    row.getEnabled()));
  }

  @Override
  public void disable(TenantRef tenant) {
    dsl.update(INSTALLATION).set(INSTALLATION.ENABLED, false).where(is(tenant)).execute();
  }

  private static Condition is(TenantRef tenant) {
    return Columns.isTenant(INSTALLATION.PLATFORM, INSTALLATION.TENANT_ID, tenant);
  }
}

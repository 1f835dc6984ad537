package dev.rituals.teams;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.jooq.impl.SQLDataType;

/**
 * Each tenant's Rituals admins and first installer (tables from V31__teams_admins.sql). Every query
 * names the tenant: one tenant never reads or changes another's admins.
 */
final class TenantAdminStore {
  private static final Table<Record> INSTALLER = table(name("teams_tenant_installer"));
  private static final Table<Record> ADMIN = table(name("teams_tenant_admin"));
  private static final Field<String> I_TENANT = column(INSTALLER, "tenant_id");
  private static final Field<String> I_AAD = column(INSTALLER, "aad_object_id");
  private static final Field<OffsetDateTime> I_AT = timestamp(INSTALLER, "installed_at");
  private static final Field<String> TENANT = column(ADMIN, "tenant_id");
  private static final Field<String> AAD = column(ADMIN, "aad_object_id");
  private static final Field<String> NAME = column(ADMIN, "display_name");
  private static final Field<String> ADDED_BY = column(ADMIN, "added_by");
  private static final Field<OffsetDateTime> ADDED_AT = timestamp(ADMIN, "added_at");
  private static final int MAX_NAME = 256;

  /** One admin as stored; {@code addedBy} is empty for the tenant's first installer. */
  record StoredAdmin(
      String aadObjectId,
      Optional<String> displayName,
      Optional<String> addedBy,
      Instant addedAt) {}

  enum Removal {
    REMOVED,
    NOT_AN_ADMIN,
    /** Refused: the tenant would be left with no admin at all. */
    LAST_ADMIN
  }

  private final DSLContext dsl;
  private final Clock clock;

  TenantAdminStore(DSLContext dsl, Clock clock) {
    this.dsl = Objects.requireNonNull(dsl, "dsl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records the tenant's first installer and makes them admin, in one transaction. False when the
   * tenant already had an installer: later installs change nothing.
   */
  boolean recordFirstInstaller(String tenantId, String aadObjectId, String displayName) {
    try {
      return dsl.transactionResult(
          cfg -> {
            DSLContext tx = cfg.dsl();
            int inserted =
                tx.insertInto(INSTALLER)
                    .set(I_TENANT, tenantId)
                    .set(I_AAD, aadObjectId)
                    .set(I_AT, now())
                    .onConflict(I_TENANT)
                    .doNothing()
                    .execute();
            if (inserted == 0) {
              return false;
            }
            tx.insertInto(ADMIN)
                .set(TENANT, tenantId)
                .set(AAD, aadObjectId)
                .set(NAME, blankToNull(displayName))
                .set(ADDED_AT, now())
                .onConflict(TENANT, AAD)
                .doNothing()
                .execute();
            return true;
          });
    } catch (IntegrityConstraintViolationException concurrentInstall) {
      // H2 emulates ON CONFLICT with MERGE, which fails when a concurrent install won the race.
      return false;
    }
  }

  Optional<String> installer(String tenantId) {
    return dsl.select(I_AAD).from(INSTALLER).where(I_TENANT.eq(tenantId)).fetchOptional(I_AAD);
  }

  boolean isAdmin(String tenantId, String aadObjectId) {
    return dsl.fetchExists(ADMIN, TENANT.eq(tenantId).and(AAD.eq(aadObjectId)));
  }

  /** False when they already were an admin (their entry is left as it was). */
  boolean add(String tenantId, String aadObjectId, String displayName, String addedBy) {
    try {
      return dsl.insertInto(ADMIN)
              .set(TENANT, tenantId)
              .set(AAD, aadObjectId)
              .set(NAME, blankToNull(displayName))
              .set(ADDED_BY, addedBy)
              .set(ADDED_AT, now())
              .onConflict(TENANT, AAD)
              .doNothing()
              .execute()
          == 1;
    } catch (IntegrityConstraintViolationException concurrentAdd) {
      return false;
    }
  }

  /**
   * Removes one admin unless that leaves the tenant with none. The tenant's rows are locked while
   * counting, so two admins removing each other at once cannot both succeed.
   *
   * @param othersConfigured whether the configuration names an admin of this tenant, who stays
   */
  Removal remove(String tenantId, String aadObjectId, boolean othersConfigured) {
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          List<String> admins =
              tx.select(AAD).from(ADMIN).where(TENANT.eq(tenantId)).forUpdate().fetch(AAD);
          if (!admins.contains(aadObjectId)) {
            return Removal.NOT_AN_ADMIN;
          }
          if (admins.size() == 1 && !othersConfigured) {
            return Removal.LAST_ADMIN;
          }
          tx.deleteFrom(ADMIN).where(TENANT.eq(tenantId).and(AAD.eq(aadObjectId))).execute();
          return Removal.REMOVED;
        });
  }

  /** Oldest first: the installer leads the list. */
  List<StoredAdmin> list(String tenantId) {
    return dsl.select(AAD, NAME, ADDED_BY, ADDED_AT)
        .from(ADMIN)
        .where(TENANT.eq(tenantId))
        .orderBy(ADDED_AT, AAD)
        .fetch(
            r ->
                new StoredAdmin(
                    r.get(AAD),
                    Optional.ofNullable(r.get(NAME)),
                    Optional.ofNullable(r.get(ADDED_BY)),
                    r.get(ADDED_AT).toInstant()));
  }

  /** Names are only for the list; one longer than the column is cut, not refused. */
  private static String blankToNull(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String name = text.strip();
    return name.length() <= MAX_NAME ? name : name.substring(0, MAX_NAME);
  }

  private static Field<String> column(Table<?> table, String column) {
    return field(name(table.getName(), column), String.class);
  }

  private static Field<OffsetDateTime> timestamp(Table<?> table, String column) {
    return field(name(table.getName(), column), SQLDataType.TIMESTAMPWITHTIMEZONE);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
  }
}

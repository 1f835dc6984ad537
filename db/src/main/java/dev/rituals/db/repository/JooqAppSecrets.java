package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.APP_SECRET;

import java.time.Instant;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/**
 * Secrets the app made for itself, by name. The first node to start stores one; every other node
 * (and every restart) reads that one, so links signed on one node open on all.
 */
public final class JooqAppSecrets {
  private final DSLContext dsl;

  public JooqAppSecrets(DSLContext dsl) {
    this.dsl = dsl;
  }

  /** The stored secret {@code name}, stored from {@code generate} first if there is none yet. */
  public String getOrCreate(String name, Supplier<String> generate, Instant now) {
    // ON CONFLICT DO NOTHING: two nodes starting at once both insert, one wins, both read it.
    dsl.insertInto(APP_SECRET)
        .set(APP_SECRET.NAME, name)
        .set(APP_SECRET.SECRET_VALUE, generate.get())
        .set(APP_SECRET.CREATED_AT, now)
        .onConflictDoNothing()
        .execute();
    return dsl.select(APP_SECRET.SECRET_VALUE)
        .from(APP_SECRET)
        .where(APP_SECRET.NAME.eq(name))
        .fetchSingle(APP_SECRET.SECRET_VALUE);
  }
}

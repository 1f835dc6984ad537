package dev.rituals.bench.support;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** What the app's outbox holds, by state, with one error seen per state: evidence for results. */
public final class Outbox {
  private Outbox() {}

  public static Map<String, Object> states(DSLContext dsl) {
    var state = field(name("state"), String.class);
    var error = field(name("last_error"), String.class);
    Map<String, Object> out = new LinkedHashMap<>();
    dsl.select(state, count(), max(error))
        .from(table(name("outbox")))
        .groupBy(state)
        .orderBy(state)
        .fetch()
        .forEach(
            r ->
                out.put(
                    r.value1(),
                    r.value3() == null
                        ? r.value2()
                        : Map.of("count", r.value2(), "lastError", r.value3())));
    return out;
  }

  /**
   * Every one of {@code occurrences} opened and nothing pending (all sent or failed): waiting for
   * more deliveries is pointless.
   */
  public static boolean nothingLeft(DSLContext dsl, int occurrences) {
    return dsl.fetchCount(table(name("occurrence"))) >= occurrences
        && dsl.fetchCount(table(name("outbox")), field(name("state"), String.class).eq("PENDING"))
            == 0;
  }

  public static String summary(DSLContext dsl) {
    StringBuilder text = new StringBuilder("outbox: ");
    states(dsl)
        .forEach(
            (state, value) -> {
              text.append(state).append(' ');
              if (value instanceof Map<?, ?> m) {
                text.append(m.get("count")).append(" (\"").append(m.get("lastError")).append("\")");
              } else {
                text.append(value);
              }
              text.append("; ");
            });
    return text.toString().replaceAll("; $", "");
  }

  /**
   * When the messages were enqueued, in seconds after {@code due} (first, median, last): how fast
   * Quartz and the engine fired the occurrences, apart from how fast they were delivered. Empty
   * when nothing was enqueued.
   */
  public static Map<String, Double> enqueued(DSLContext dsl, Instant due) {
    List<OffsetDateTime> at =
        dsl.select(field(name("created_at"), OffsetDateTime.class))
            .from(table(name("outbox")))
            .orderBy(field(name("created_at")))
            .fetch(r -> r.value1());
    Map<String, Double> out = new LinkedHashMap<>();
    if (!at.isEmpty()) {
      out.put("first", seconds(at.get(0), due));
      out.put("median", seconds(at.get(at.size() / 2), due));
      out.put("last", seconds(at.get(at.size() - 1), due));
    }
    return out;
  }

  /** How many messages are in {@code state} (PENDING: still queued; FAILED: given up on). */
  public static int inState(DSLContext dsl, String state) {
    return dsl.fetchCount(table(name("outbox")), field(name("state"), String.class).eq(state));
  }

  /**
   * Why {@code n - delivered} prompts had not arrived when the benchmark stopped waiting: still
   * queued, not fired yet (no outbox row), or failed for good. Only the failed ones are lost.
   */
  public static String undelivered(DSLContext dsl, int n, int delivered, Duration waited) {
    if (delivered >= n) {
      return "";
    }
    int rows = dsl.fetchCount(table(name("outbox")));
    return String.format(
        "; %d not delivered when the bench stopped waiting (%d s after the minute): %d still"
            + " queued, %d not fired yet, %d failed",
        n - delivered,
        waited.toSeconds(),
        inState(dsl, "PENDING"),
        Math.max(0, n - rows),
        inState(dsl, "FAILED"));
  }

  /** A note telling firing from delivery, for a fan-out's results. */
  public static String enqueuedNote(Map<String, Double> enqueued) {
    return enqueued.isEmpty()
        ? "Nothing was enqueued in the outbox."
        : String.format(
            "Prompts were enqueued (occurrences fired by Quartz and opened by the engine) from"
                + " %.1f s to %.1f s after the minute (median %.1f s); the rest of each prompt's"
                + " delay is delivery through the outbox.",
            enqueued.get("first"), enqueued.get("last"), enqueued.get("median"));
  }

  private static double seconds(OffsetDateTime at, Instant due) {
    return (at.toInstant().toEpochMilli() - due.toEpochMilli()) / 1000.0;
  }
}

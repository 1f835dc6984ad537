package dev.rituals.bench.support;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.LinkedHashMap;
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
}

package dev.rituals.core.usecase;

import java.util.Map;

/**
 * The fields of the "add a ritual" form as the person filled them in (Slack modal, Teams card),
 * unvalidated strings keyed by {@link Field}. Missing fields are absent or blank.
 */
public record ScheduleForm(Map<Field, String> values) {
  /** Form fields; the adapters use {@link #id()} as block/input ids so errors map back. */
  public enum Field {
    KIND("kind"),
    DAYS("days"),
    TIME("time"),
    ZONE("zone"),
    QUESTION("question"),
    BANK_TAG("bank_tag"),
    WINDOW("window");

    private final String id;

    Field(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }
  }

  public ScheduleForm {
    values = Map.copyOf(values);
  }

  public String get(Field field) {
    String value = values.get(field);
    return value == null ? "" : value.strip();
  }
}

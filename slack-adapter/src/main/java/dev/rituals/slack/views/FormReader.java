package dev.rituals.slack.views;

import com.slack.api.model.view.ViewState;
import dev.rituals.core.usecase.ScheduleForm;
import dev.rituals.core.usecase.ScheduleForm.Field;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads submitted modal inputs as plain strings, whatever element each one is. */
final class FormReader {
  private FormReader() {}

  static ScheduleForm schedule(ViewState state) {
    Map<Field, String> values = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      String value = value(state, field.id());
      if (!value.isBlank()) {
        values.put(field, value);
      }
    }
    return new ScheduleForm(values);
  }

  /** The value of the input whose block_id and action_id are both {@code id}; "" when absent. */
  static String value(ViewState state, String id) {
    if (state == null || state.getValues() == null) {
      return "";
    }
    Map<String, ViewState.Value> block = state.getValues().get(id);
    ViewState.Value value = block == null ? null : block.get(id);
    if (value == null) {
      return "";
    }
    if (value.getValue() != null) {
      return value.getValue();
    }
    if (value.getSelectedOption() != null) {
      return value.getSelectedOption().getValue();
    }
    if (value.getSelectedOptions() != null) {
      return value.getSelectedOptions().stream()
          .map(ViewState.SelectedOption::getValue)
          .collect(Collectors.joining(","));
    }
    if (value.getSelectedTime() != null) {
      return value.getSelectedTime();
    }
    return value.getSelectedDate() == null ? "" : value.getSelectedDate();
  }
}

package dev.rituals.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.usecase.ScheduleForm;
import dev.rituals.core.usecase.ScheduleForm.Field;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The "add a ritual" form as an Adaptive Card. Input ids are {@link Field#id()}, so the values of a
 * submit and the errors of {@code FormResult.Invalid} map straight back to the fields; each error
 * is shown right under its field.
 */
final class ScheduleFormCard {
  static final String ACTION = "schedule_add";

  /** Shown above a fresh form; core's reply text ("Opening the schedule form…") is for chat. */
  static final String INTRO =
      "The ritual runs in *this channel*. Give days and a time, and either a question or a"
          + " question-bank tag.";

  private ScheduleFormCard() {}

  static ObjectNode render(String intro, Map<Field, String> values, Map<Field, String> errors) {
    List<ObjectNode> body = new ArrayList<>();
    body.add(Cards.heading("Add a ritual"));
    if (!intro.isBlank()) {
      body.add(Cards.text(TeamsText.markdown(intro)));
    }
    for (Field field : Field.values()) {
      ObjectNode input = input(field);
      String value = values.getOrDefault(field, "");
      if (!value.isBlank()) {
        input.put("value", value);
      }
      body.add(input);
      String error = errors.get(field);
      if (error != null) {
        body.add(Cards.attention(field.id() + "_error", error));
      }
    }
    return Cards.card(body, List.of(Cards.submit("Add ritual", ACTION, Cards.object())));
  }

  /** A card that replaces the form once it is saved, so it cannot be submitted twice. */
  static ObjectNode saved(String message) {
    return Cards.card(
        List.of(Cards.heading("Ritual added"), Cards.text(TeamsText.markdown(message))), List.of());
  }

  /** The form values of a submit (Action.Submit value or Action.Execute data). */
  static ScheduleForm read(JsonNode data) {
    Map<Field, String> values = new EnumMap<>(Field.class);
    for (Field field : Field.values()) {
      JsonNode value = data.get(field.id());
      if (value != null && value.isValueNode() && !value.asText().isBlank()) {
        values.put(field, value.asText().strip());
      }
    }
    return new ScheduleForm(values);
  }

  private static ObjectNode input(Field field) {
    return switch (field) {
      case KIND -> {
        ObjectNode kind = Cards.input("Input.ChoiceSet", field.id(), "Kind");
        kind.put("style", "compact");
        kind.put("value", "prompt");
        ArrayNode choices = kind.putArray("choices");
        choices.add(Cards.choice("Prompt (one question, open for a window)", "prompt"));
        choices.add(Cards.choice("Live chat (Q1..Qn in one hour)", "live_chat"));
        choices.add(Cards.choice("Slow chat (a question a day)", "slow_chat"));
        yield kind;
      }
      case DAYS -> {
        ObjectNode days = Cards.input("Input.ChoiceSet", field.id(), "Days");
        days.put("isMultiSelect", true);
        days.put("style", "expanded");
        ArrayNode choices = days.putArray("choices");
        for (String day : List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun")) {
          choices.add(Cards.choice(Character.toUpperCase(day.charAt(0)) + day.substring(1), day));
        }
        yield days;
      }
      case TIME -> Cards.input("Input.Time", field.id(), "Time");
      case ZONE -> placeholder(Cards.input("Input.Text", field.id(), "Time zone"), "Europe/London");
      case QUESTION -> {
        ObjectNode question = Cards.input("Input.Text", field.id(), "Question");
        question.put("isMultiline", true);
        yield placeholder(question, "What worked in your classroom this week?");
      }
      case BANK_TAG ->
          placeholder(
              Cards.input("Input.Text", field.id(), "Or draw questions from the bank tag"),
              "assessment");
      case WINDOW -> placeholder(Cards.input("Input.Text", field.id(), "Open for"), "3d or 60m");
    };
  }

  private static ObjectNode placeholder(ObjectNode input, String text) {
    input.put("placeholder", text);
    return input;
  }
}

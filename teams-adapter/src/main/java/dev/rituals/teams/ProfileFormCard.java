package dev.rituals.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.usecase.ProfileField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The pairing profile as an Adaptive Card with Action.Submit. Input ids are {@link
 * ProfileField#key()}, so a submit's values and core's per-field errors map straight back; the
 * inputs are pre-filled, so a submit without changes keeps everything.
 */
final class ProfileFormCard {
  static final String ACTION = "profile_edit";

  private ProfileFormCard() {}

  static ObjectNode render(
      String intro, Map<ProfileField, String> values, Map<ProfileField, String> errors) {
    List<ObjectNode> body = new ArrayList<>();
    body.add(Cards.heading("Your pairing profile"));
    if (!intro.isBlank()) {
      body.add(Cards.text(TeamsText.markdown(intro)));
    }
    for (ProfileField field : ProfileField.values()) {
      ObjectNode input = input(field);
      String value = values.getOrDefault(field, "");
      if (!value.isBlank()) {
        input.put("value", value);
      }
      body.add(input);
      String error = errors.get(field);
      if (error != null) {
        body.add(Cards.attention(field.key() + "_error", error));
      }
    }
    return Cards.card(body, List.of(Cards.submit("Save", ACTION, Cards.object())));
  }

  /** Replaces the form once saved, so the same card is not submitted twice. */
  static ObjectNode saved(String message) {
    return Cards.card(
        List.of(Cards.heading("Profile saved"), Cards.text(TeamsText.markdown(message))),
        List.of());
  }

  /** Every field of a submit; a missing or emptied input is "" (it clears the field). */
  static Map<ProfileField, String> read(JsonNode data) {
    Map<ProfileField, String> values = new EnumMap<>(ProfileField.class);
    for (ProfileField field : ProfileField.values()) {
      JsonNode value = data.get(field.key());
      values.put(field, value != null && value.isValueNode() ? value.asText().strip() : "");
    }
    return values;
  }

  private static ObjectNode input(ProfileField field) {
    if (field == ProfileField.PAIRING) {
      ObjectNode pairing = Cards.input("Input.ChoiceSet", field.key(), field.label());
      pairing.put("style", "compact");
      pairing.put("value", "no");
      ArrayNode choices = pairing.putArray("choices");
      choices.add(Cards.choice("Yes, pair me", "yes"));
      choices.add(Cards.choice("Not now", "no"));
      return pairing;
    }
    ObjectNode text = Cards.input("Input.Text", field.key(), field.label());
    text.put("maxLength", 500);
    return text;
  }
}

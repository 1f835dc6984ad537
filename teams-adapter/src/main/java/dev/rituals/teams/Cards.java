package dev.rituals.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import java.util.List;

/** Small builders for Adaptive Card JSON (schema 1.4, what Teams renders everywhere). */
final class Cards {
  static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

  /** The key in Action.Submit / Action.Execute data that says which of our cards it came from. */
  static final String ACTION_KEY = "rituals";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Cards() {}

  static ObjectNode card(List<ObjectNode> body, List<ObjectNode> actions) {
    ObjectNode card = NODES.objectNode();
    card.put("type", "AdaptiveCard");
    card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
    card.put("version", "1.4");
    ArrayNode bodyArray = card.putArray("body");
    body.forEach(bodyArray::add);
    if (!actions.isEmpty()) {
      ArrayNode actionArray = card.putArray("actions");
      actions.forEach(actionArray::add);
    }
    return card;
  }

  static ObjectNode text(String text) {
    ObjectNode block = NODES.objectNode();
    block.put("type", "TextBlock");
    block.put("text", text);
    block.put("wrap", true);
    return block;
  }

  static ObjectNode heading(String text) {
    ObjectNode block = text(text);
    block.put("weight", "Bolder");
    block.put("size", "Large");
    return block;
  }

  static ObjectNode subtle(String text) {
    ObjectNode block = text(text);
    block.put("isSubtle", true);
    block.put("size", "Small");
    return block;
  }

  static ObjectNode attention(String id, String text) {
    ObjectNode block = text(text);
    block.put("id", id);
    block.put("color", "Attention");
    block.put("size", "Small");
    return block;
  }

  static ObjectNode input(String type, String id, String label) {
    ObjectNode input = NODES.objectNode();
    input.put("type", type);
    input.put("id", id);
    input.put("label", label);
    return input;
  }

  static ObjectNode choice(String title, String value) {
    ObjectNode choice = NODES.objectNode();
    choice.put("title", title);
    choice.put("value", value);
    return choice;
  }

  static ObjectNode submit(String title, String action, ObjectNode data) {
    ObjectNode submit = NODES.objectNode();
    submit.put("type", "Action.Submit");
    submit.put("title", title);
    ObjectNode withAction = NODES.objectNode();
    withAction.put(ACTION_KEY, action);
    withAction.setAll(data);
    submit.set("data", withAction);
    return submit;
  }

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static Attachment attachment(ObjectNode card) {
    Attachment attachment = new Attachment();
    attachment.setContentType(CONTENT_TYPE);
    attachment.setContent(card);
    return attachment;
  }

  /** A message carrying one card; {@code summary} is what notifications and feeds show. */
  static Activity message(ObjectNode card, String summary) {
    Activity activity = Activity.createMessageActivity();
    activity.setAttachments(List.of(attachment(card)));
    activity.setSummary(summary);
    return activity;
  }
}

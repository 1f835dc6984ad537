package dev.rituals.db.repository;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;

/**
 * {@link Destination} as JSON text: a {@code type} and the full references of that type, e.g.
 * {@code {"type":"thread","message":{"platform":"SLACK","tenant":"T1","channel":"C1","id":"1.2"}}}.
 * Every reference carries its own platform and tenant, so nothing depends on defaults.
 */
final class DestinationJson {

  private DestinationJson() {}

  static String write(Destination destination) {
    // Java 17: no pattern matching for switch yet, so instanceof in the order of the sealed list.
    ObjectNode node = Json.object();
    if (destination instanceof Destination.Channel d) {
      node.put("type", "channel").set("channel", channel(d.channel()));
    } else if (destination instanceof Destination.Thread d) {
      node.put("type", "thread").set("message", message(d.parent()));
    } else if (destination instanceof Destination.Direct d) {
      node.put("type", "direct").set("user", Json.user(d.user()));
    } else if (destination instanceof Destination.Private d) {
      node.put("type", "private").set("channel", channel(d.channel()));
      node.set("user", Json.user(d.user()));
    } else if (destination instanceof Destination.Update d) {
      node.put("type", "update").set("message", message(d.message()));
    } else {
      throw new IllegalArgumentException("unknown destination " + destination.getClass());
    }
    return Json.write(node);
  }

  static Destination read(String json) {
    JsonNode node = Json.read(json);
    String type = node.get("type").asText();
    return switch (type) {
      case "channel" -> new Destination.Channel(readChannel(node.get("channel")));
      case "thread" -> new Destination.Thread(readMessage(node.get("message")));
      case "direct" -> new Destination.Direct(Json.readUser(node.get("user")));
      case "private" ->
          new Destination.Private(
              readChannel(node.get("channel")), Json.readUser(node.get("user")));
      case "update" -> new Destination.Update(readMessage(node.get("message")));
      default -> throw new IllegalStateException("unknown stored destination type " + type);
    };
  }

  private static ObjectNode channel(ChannelRef channel) {
    return Json.object()
        .put("platform", channel.platform().name())
        .put("tenant", channel.tenant().tenantId())
        .put("id", channel.channelId());
  }

  private static ChannelRef readChannel(JsonNode node) {
    return ChannelRef.of(
        Platform.valueOf(node.get("platform").asText()),
        node.get("tenant").asText(),
        node.get("id").asText());
  }

  private static ObjectNode message(MessageRef message) {
    ChannelRef channel = message.channel();
    return Json.object()
        .put("platform", channel.platform().name())
        .put("tenant", channel.tenant().tenantId())
        .put("channel", channel.channelId())
        .put("id", message.messageId());
  }

  private static MessageRef readMessage(JsonNode node) {
    return new MessageRef(
        ChannelRef.of(
            Platform.valueOf(node.get("platform").asText()),
            node.get("tenant").asText(),
            node.get("channel").asText()),
        node.get("id").asText());
  }
}

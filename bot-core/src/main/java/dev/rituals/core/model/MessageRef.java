package dev.rituals.core.model;

import java.util.Objects;

/**
 * A message the platform stored: Slack's channel + {@code ts}, or Teams' conversation + activity
 * id. Thread replies point at their parent through it.
 */
public record MessageRef(ChannelRef channel, String messageId) {
  public MessageRef {
    Objects.requireNonNull(channel, "channel");
    messageId = Ids.requireToken(messageId, "messageId");
  }
}

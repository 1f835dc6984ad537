package dev.rituals.core.service;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Prompt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Builds the outgoing messages that post a prompt into every channel of a community. */
final class PromptMessages {
  static final String PROMPT_ID = "promptId";
  static final String NUMBER = "number";
  static final String QUESTION = "question";
  static final String CLOSES_AT = "closesAt";
  static final String COMMUNITY = "community";

  private PromptMessages() {}

  static List<OutboxMessage> forChannels(
      Community community, Occurrence occurrence, Prompt prompt, Instant now) {
    MessageBody body =
        new MessageBody(
            MessageKind.PROMPT,
            "*Q" + prompt.number() + "* " + prompt.text(),
            Map.of(
                PROMPT_ID, prompt.id().toString(),
                NUMBER, Integer.toString(prompt.number()),
                QUESTION, prompt.text(),
                CLOSES_AT, occurrence.closesAt().toString(),
                COMMUNITY, community.name()));
    return community.channels().stream()
        .sorted(
            java.util.Comparator.comparing(
                c -> c.platform() + ":" + c.tenant().tenantId() + ":" + c.channelId()))
        .map(
            channel ->
                OutboxMessage.pending(
                    "prompt:" + prompt.id() + ":" + channel.platform() + ":" + channel.channelId(),
                    Optional.of(community.id()),
                    new Destination.Channel(channel),
                    body,
                    prompt.postAt().isAfter(now) ? prompt.postAt() : now))
        .toList();
  }
}

package dev.rituals.core.service.commands;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Replies that carry a person's download links must reach only that person. A Slack command reply
 * is ephemeral and a direct chat is private, but a Teams reply in a channel is seen by everyone:
 * there the text goes to the person's personal chat instead.
 */
final class PrivateReplies {
  private final Ports ports;
  private final Clock clock;

  PrivateReplies(Ports ports, Clock clock) {
    this.ports = ports;
    this.clock = clock;
  }

  CommandReply send(CommandContext ctx, String text) {
    boolean seenByChannel =
        ctx.request().channel().isPresent() && ctx.request().user().platform() == Platform.TEAMS;
    if (!seenByChannel) {
      return CommandReply.ok(text);
    }
    ports
        .transactions()
        .inTransaction(
            () ->
                ports
                    .outbox()
                    .enqueue(
                        List.of(
                            OutboxMessage.pending(
                                "private-reply:" + UUID.randomUUID(),
                                ctx.community().map(Community::id),
                                new Destination.Direct(ctx.request().user()),
                                MessageBody.text(text),
                                clock.instant()))));
    return CommandReply.ok("I've sent it to you in our personal chat, so only you see the links.");
  }
}

package dev.rituals.slack.events;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.methods.SlackApiException;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.slack.SlackUsers;
import dev.rituals.slack.Tenants;
import dev.rituals.slack.render.Mrkdwn;
import java.io.IOException;
import java.util.Optional;

/**
 * A person's message in their direct chat with the bot (channel_type "im") is read like a command
 * typed there, as in Teams' personal chat: "help", "host pick 2", or, from a member invited to
 * host, their question itself. Core's reply goes back into the same direct chat.
 */
public final class DirectMessages {
  /** Slack's channel_type for the direct chat between a person and the bot. */
  public static final String IM = "im";

  private final HandleCommandUseCase commands;
  private final SlackUsers users;

  public DirectMessages(HandleCommandUseCase commands, SlackUsers users) {
    this.commands = commands;
    this.users = users;
  }

  public void posted(String teamId, MessageEvents.Posted message, EventContext ctx)
      throws IOException, SlackApiException {
    if (message.botId() != null
        || message.user() == null
        || message.text() == null
        || message.text().isBlank()
        || message.threadTs() != null) {
      return; // our own messages, edits' bookkeeping and thread replies are not addressed to us
    }
    Optional<SlackUsers.Person> person = users.find(teamId, message.user());
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                Tenants.user(teamId, message.user()),
                person.map(SlackUsers.Person::displayName).orElse(message.user()),
                Optional.empty(),
                message.text(),
                person.map(SlackUsers.Person::admin).orElse(false),
                person.flatMap(SlackUsers.Person::zone)));
    ctx.client()
        .chatPostMessage(r -> r.channel(message.channel()).text(Mrkdwn.escape(reply.text())));
  }
}

package dev.rituals.slack.events;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.slack.SlackUsers;
import dev.rituals.slack.Tenants;
import java.time.Clock;
import java.util.Optional;

/**
 * Channel messages to core's answer recording: thread replies under a prompt and "A2 ..." messages
 * become answers, edits update them, deletions retract them. The source key is channel + ":" + ts,
 * the one identity a message keeps through edits, deletes and redeliveries.
 */
public final class MessageEvents {
  private final RecordAnswerUseCase answers;
  private final SlackUsers users;
  private final Clock clock;

  public MessageEvents(RecordAnswerUseCase answers, SlackUsers users, Clock clock) {
    this.answers = answers;
    this.users = users;
    this.clock = clock;
  }

  /** A person's message, as the fields every message-like event shares. */
  public record Posted(
      String channel, String user, String botId, String text, String ts, String threadTs) {}

  public void posted(String teamId, Posted message, EventContext ctx) {
    if (message.botId() != null || message.user() == null || message.ts() == null) {
      return; // bots (including us) never answer
    }
    ChannelRef channel = Tenants.channel(teamId, message.channel());
    Optional<MessageRef> parent =
        Optional.ofNullable(message.threadTs())
            .filter(thread -> !thread.equals(message.ts()))
            .map(thread -> new MessageRef(channel, thread));
    String name =
        users
            .find(teamId, message.user())
            .map(SlackUsers.Person::displayName)
            .orElse(message.user());
    answers.onMessage(
        new IncomingMessage(
            Tenants.user(teamId, message.user()),
            name,
            message.text(),
            new MessageRef(channel, message.ts()),
            parent,
            sourceKey(message.channel(), message.ts()),
            Tenants.instantOf(message.ts(), clock)));
  }

  public void changed(String teamId, MessageChangedEvent event, EventContext ctx) {
    MessageChangedEvent.Message message = event.getMessage();
    // Link unfurls and thread bookkeeping also arrive as message_changed; only a person's edit
    // carries "edited".
    if (message == null || message.getBotId() != null || message.getEdited() == null) {
      return;
    }
    answers.onEdit(
        Tenants.tenant(teamId),
        sourceKey(event.getChannel(), message.getTs()),
        message.getText(),
        Tenants.instantOf(message.getEdited().getTs(), clock));
  }

  public void deleted(String teamId, MessageDeletedEvent event, EventContext ctx) {
    if (event.getDeletedTs() == null) {
      return;
    }
    answers.onDelete(Tenants.tenant(teamId), sourceKey(event.getChannel(), event.getDeletedTs()));
  }

  static String sourceKey(String channel, String ts) {
    return channel + ":" + ts;
  }
}

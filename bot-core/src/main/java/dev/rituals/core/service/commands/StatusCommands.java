package dev.rituals.core.service.commands;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MissedOccurrence;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code status}: the community's messages that did not go out, newest first, with why and what a
 * moderator can do about it. Moderators only: the list quotes prompts and names members.
 */
final class StatusCommands {
  static final int SHOWN = 10;
  static final int QUOTE = 60;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);

  /** What a moderator can do about each permanent error; the others need no action. */
  private static final Map<String, String> FIXES =
      Map.of(
          "channel_not_found", "the channel was deleted or archived",
          "not_in_channel", "invite the bot to the channel",
          "account_inactive", "reinstall Rituals in the workspace",
          "invalid_auth", "reinstall Rituals in the workspace",
          "Teams answered 403", "add Rituals back to the team or chat",
          "Teams answered 404", "the conversation no longer exists");

  private final Ports ports;

  StatusCommands(Ports ports) {
    this.ports = ports;
  }

  CommandReply status(Community community, CommandContext ctx) {
    if (!ctx.canConfigure()) {
      return ctx.moderatorsOnly("see undelivered messages");
    }
    List<OutboxMessage> undelivered = ports.outbox().undelivered(community.id(), SHOWN + 1);
    StringBuilder text = new StringBuilder();
    if (undelivered.isEmpty()) {
      text.append("Every message of *").append(community.name()).append("* has been delivered.");
    } else {
      text.append("Messages of *")
          .append(community.name())
          .append("* not delivered")
          .append(undelivered.size() > SHOWN ? " (the newest " + SHOWN + ")" : "")
          .append(":\n");
      for (OutboxMessage m : undelivered.subList(0, Math.min(SHOWN, undelivered.size()))) {
        text.append("• ").append(line(m, community)).append('\n');
      }
    }
    List<MissedOccurrence> missed = ports.occurrences().findMissed(community.id(), SHOWN);
    if (!missed.isEmpty()) {
      text.append("\nRounds skipped because Rituals was down until after their window closed:\n");
      for (MissedOccurrence m : missed) {
        text.append("• ")
            .append(WHEN.format(m.scheduledFor().atZone(community.zone())))
            .append(
                ports
                    .rituals()
                    .findById(m.ritualId())
                    .map(r -> " (schedule " + r.number() + ")")
                    .orElse(""))
            .append('\n');
      }
    }
    return CommandReply.ok(text.toString().stripTrailing());
  }

  private static String line(OutboxMessage m, Community community) {
    String error = m.lastError().orElse("unknown error");
    String state =
        m.state() == OutboxState.FAILED
            ? "not sent, no more tries: " + error + fix(error)
            : "retrying "
                + WHEN.format(m.notBefore().atZone(community.zone()))
                + " (after: "
                + error
                + ")";
    return WHEN.format(m.createdAt().atZone(community.zone()))
        + " "
        + where(m.destination())
        + " “"
        + quote(m.body().text())
        + "” — "
        + state;
  }

  private static String fix(String error) {
    return FIXES.entrySet().stream()
        .filter(e -> error.startsWith(e.getKey()))
        .map(e -> " (" + e.getValue() + ")")
        .findFirst()
        .orElse("");
  }

  static String where(Destination to) {
    if (to instanceof Destination.Channel c) {
      return "to channel " + c.channel().channelId();
    } else if (to instanceof Destination.Thread t) {
      return "reply in channel " + t.parent().channel().channelId();
    } else if (to instanceof Destination.Direct d) {
      return "direct message to " + d.user().userId();
    } else if (to instanceof Destination.Private p) {
      return "private note to " + p.user().userId();
    }
    return "update in channel " + ((Destination.Update) to).message().channel().channelId();
  }

  private static String quote(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() <= QUOTE ? line : line.substring(0, QUOTE - 1) + "…";
  }
}

package dev.rituals.core.service.commands;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MissedOccurrence;
import dev.rituals.core.model.OutboxId;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code status}: the community's messages that did not go out, newest first, with why and what a
 * moderator can do about it, each with a short code; {@code status retry} sends failed ones again
 * and {@code status dismiss} gives up on them. Moderators only: the list quotes prompts and names
 * members.
 */
final class StatusCommands {
  static final int SHOWN = 10;
  static final int QUOTE = 60;

  /** Messages a retry or dismiss looks through: far more than a community ever has stuck. */
  static final int ACTIONABLE = 500;

  /** Hex digits of a message id shown as its code. */
  static final int CODE = 6;

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
  private final Clock clock;

  StatusCommands(Ports ports, Clock clock) {
    this.ports = ports;
    this.clock = clock;
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
        text.append("• `").append(code(m)).append("` ").append(line(m, community)).append('\n');
      }
      text.append("`status retry <code>` sends a failed one again once its cause is fixed;")
          .append(" `status dismiss <code>` (or `all`) stops trying.\n");
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

  CommandReply retry(Community community, Optional<String> code, CommandContext ctx) {
    if (!ctx.canConfigure()) {
      return ctx.moderatorsOnly("send undelivered messages again");
    }
    List<OutboxMessage> failed =
        ports.outbox().undelivered(community.id(), ACTIONABLE).stream()
            .filter(m -> m.state() == OutboxState.FAILED)
            .toList();
    List<OutboxMessage> chosen;
    try {
      chosen = pick(failed, code);
    } catch (IllegalArgumentException e) {
      return CommandReply.usage(e.getMessage());
    }
    if (chosen.isEmpty() && code.isEmpty()) {
      return CommandReply.ok("*" + community.name() + "* has no failed message to send again.");
    }
    if (chosen.isEmpty()) {
      return CommandReply.notFound(
          "No failed message of *"
              + community.name()
              + "* has the code `"
              + code.get()
              + "`. `status` lists them with their codes; one still being retried needs nothing"
              + " from you.");
    }
    int n = ports.outbox().retry(community.id(), ids(chosen), clock.instant());
    // Due now: the outbox's regular poll sends it within a second or so.
    return CommandReply.ok(
        "Sending "
            + count(n)
            + " again now. If the cause is still there (for example the bot is not in the"
            + " channel), it shows under `status` again.");
  }

  CommandReply dismiss(Community community, Optional<String> code, CommandContext ctx) {
    if (!ctx.canConfigure()) {
      return ctx.moderatorsOnly("dismiss undelivered messages");
    }
    List<OutboxMessage> undelivered = ports.outbox().undelivered(community.id(), ACTIONABLE);
    List<OutboxMessage> chosen;
    try {
      chosen = pick(undelivered, code);
    } catch (IllegalArgumentException e) {
      return CommandReply.usage(e.getMessage());
    }
    if (chosen.isEmpty() && code.isEmpty()) {
      return CommandReply.ok("Every message of *" + community.name() + "* has been delivered.");
    }
    if (chosen.isEmpty()) {
      return CommandReply.notFound(
          "No undelivered message of *"
              + community.name()
              + "* has the code `"
              + code.get()
              + "`. `status` lists them with their codes.");
    }
    int n = ports.outbox().dismiss(community.id(), ids(chosen));
    return CommandReply.ok(
        "Dismissed " + count(n) + ": never sent, and no longer listed under `status`.");
  }

  /** All of them without a code; else the one whose code starts with it (two: say so). */
  private static List<OutboxMessage> pick(List<OutboxMessage> messages, Optional<String> code) {
    if (code.isEmpty()) {
      return messages;
    }
    List<OutboxMessage> matching =
        messages.stream()
            .filter(m -> m.id().value().toString().replace("-", "").startsWith(code.get()))
            .toList();
    if (matching.size() > 1) {
      throw new IllegalArgumentException(
          "More than one message has a code starting with `"
              + code.get()
              + "`: give more of it, as `status` shows it.");
    }
    return matching;
  }

  private static List<OutboxId> ids(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::id).toList();
  }

  private static String count(int n) {
    return n == 1 ? "1 message" : n + " messages";
  }

  static String code(OutboxMessage m) {
    return m.id().value().toString().substring(0, CODE);
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

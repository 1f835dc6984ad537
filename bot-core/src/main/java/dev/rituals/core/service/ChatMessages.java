package dev.rituals.core.service;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The opening message of a live or slow chat: what is coming and how to take part. */
final class ChatMessages {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private ChatMessages() {}

  static List<OutboxMessage> welcome(
      Community community, Ritual ritual, Occurrence occurrence, int questions, Instant now) {
    ZoneId zone = ritual.schedule().zone();
    String text;
    if (ritual.kind() == RitualKind.LIVE_CHAT) {
      text =
          "Welcome to the *"
              + community.name()
              + "* live chat! "
              + questions
              + (questions == 1 ? " question" : " questions")
              + ", one every "
              + ritual.plan().every().toMinutes()
              + " minutes, until "
              + TIME.format(occurrence.closesAt().atZone(zone))
              + " ("
              + zone.getId()
              + "). Answer each question in its thread, or write `A1 your answer`, `A2 ...`"
              + " in the channel. Q1 follows now.";
    } else {
      text =
          "A slow chat of *"
              + community.name()
              + "* starts today: one question a day, "
              + questions
              + " in all, open until "
              + DAY.format(occurrence.closesAt().atZone(zone))
              + " ("
              + zone.getId()
              + "). Each question has its own thread: answer there whenever suits you.";
    }
    MessageBody body =
        new MessageBody(
            MessageKind.WELCOME,
            text,
            Map.of(
                "occurrenceId",
                occurrence.id().toString(),
                PromptMessages.COMMUNITY,
                community.name(),
                "questions",
                Integer.toString(questions),
                PromptMessages.CLOSES_AT,
                occurrence.closesAt().toString()));
    return community.channels().stream()
        .sorted(Comparator.comparing(c -> c.platform() + ":" + c.channelId()))
        .map(
            channel ->
                OutboxMessage.pending(
                    "chat-welcome:"
                        + occurrence.id()
                        + ":"
                        + channel.platform()
                        + ":"
                        + channel.channelId(),
                    Optional.of(community.id()),
                    new Destination.Channel(channel),
                    body,
                    now))
        .toList();
  }
}

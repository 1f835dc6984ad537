package dev.rituals.core.service;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.Ritual;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The direct messages of a host rotation: the invitation and the missed-deadline note. */
final class HostMessages {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private HostMessages() {}

  static OutboxMessage invitation(
      Community community,
      Ritual ritual,
      Hosting hosting,
      Member host,
      Instant deadline,
      List<Question> suggestions,
      Instant now) {
    ZoneId zone = ritual.schedule().zone();
    String prefix = prefix(host);
    StringBuilder text =
        new StringBuilder("Hi ")
            .append(host.displayName())
            .append(", it's your turn to host *")
            .append(community.name())
            .append("* (ritual #")
            .append(ritual.number())
            .append(", ")
            .append(WHEN.format(hosting.scheduledFor().atZone(zone)))
            .append(' ')
            .append(zone.getId())
            .append("): choose the question everyone answers.\nWrite your own: `")
            .append(prefix)
            .append("host question \"...\"`");
    if (!suggestions.isEmpty()) {
      text.append("\nOr pick one from the bank with `").append(prefix).append("host pick <n>`:");
      suggestions.forEach(q -> text.append("\n").append(q.number()).append(". ").append(q.text()));
    }
    text.append("\nIf you haven't chosen by ")
        .append(WHEN.format(deadline.atZone(zone)))
        .append(", the bank's next question is used. Thank you for hosting!");
    return direct(
        "host-invite:" + key(hosting), community, host, text.toString(), hosting, now, "invite");
  }

  static OutboxMessage missed(Community community, Hosting hosting, Member host, Instant now) {
    String text =
        "No question came for *"
            + community.name()
            + "* in time, so the bank's next question will be used. You'll get another turn"
            + " later.";
    return direct("host-missed:" + key(hosting), community, host, text, hosting, now, "missed");
  }

  private static OutboxMessage direct(
      String key,
      Community community,
      Member host,
      String text,
      Hosting hosting,
      Instant now,
      String what) {
    return OutboxMessage.pending(
        key,
        Optional.of(community.id()),
        new Destination.Direct(host.user()),
        new MessageBody(
            MessageKind.TEXT,
            text,
            Map.of(
                "hosting", what,
                "ritualId", hosting.ritualId().toString(),
                "scheduledFor", hosting.scheduledFor().toString())),
        now);
  }

  static String prefix(Member member) {
    return member.user().platform() == Platform.SLACK ? "/rituals " : "@Rituals ";
  }

  private static String key(Hosting hosting) {
    return hosting.ritualId() + ":" + hosting.scheduledFor().getEpochSecond();
  }
}

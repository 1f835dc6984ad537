package dev.rituals.core.service;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The private nudge before an occurrence closes: one direct message to each member who has not
 * answered and has nudges on. The idempotency key (occurrence, member) means never a second one,
 * however often the step runs.
 */
final class Reminders {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);

  private final Ports ports;

  Reminders(Ports ports) {
    this.ports = ports;
  }

  List<OutboxMessage> nudges(Occurrence occurrence, Instant now) {
    if (!occurrence.isOpenAt(now)) {
      return List.of();
    }
    Community community = ports.communities().findById(occurrence.communityId()).orElseThrow();
    List<Prompt> posted =
        ports.occurrences().findPrompts(occurrence.id()).stream()
            .filter(p -> !p.postAt().isAfter(now))
            .toList();
    if (posted.isEmpty()) {
      return List.of();
    }
    Set<UserRef> answered =
        ports.answers().findByOccurrence(occurrence.id()).stream()
            .filter(a -> !a.retracted())
            .map(Answer::author)
            .collect(Collectors.toSet());
    // A direct message can only reach people in a tenant the community meets in.
    Set<TenantRef> tenants =
        community.channels().stream()
            .map(ChannelRef::tenant)
            .collect(Collectors.toCollection(HashSet::new));
    tenants.add(community.owner());
    return ports.members().findByCommunity(community.id()).stream()
        .filter(Member::nudgesEnabled)
        .filter(m -> !answered.contains(m.user()) && tenants.contains(m.user().tenant()))
        .map(m -> nudge(community, occurrence, posted, m, now))
        .toList();
  }

  private OutboxMessage nudge(
      Community community, Occurrence occurrence, List<Prompt> posted, Member member, Instant now) {
    ZoneId zone = community.zone();
    Prompt latest = posted.stream().max(Comparator.comparingInt(Prompt::number)).orElseThrow();
    String prefix = member.user().platform() == Platform.SLACK ? "/rituals " : "@Rituals ";
    String what =
        posted.size() == 1
            ? "this question is open until " + WHEN.format(occurrence.closesAt().atZone(zone))
            : posted.size()
                + " questions are open until "
                + WHEN.format(occurrence.closesAt().atZone(zone));
    String text =
        "Hi "
            + member.displayName()
            + ", a gentle nudge from *"
            + community.name()
            + "*: "
            + what
            + " ("
            + zone.getId()
            + ").\n*Q"
            + latest.number()
            + "* "
            + latest.text()
            + "\nEvery voice helps: answer in the question's thread. (No more of these: `"
            + prefix
            + "nudges off`.)";
    Map<String, String> fields = new HashMap<>();
    fields.put("occurrenceId", occurrence.id().toString());
    fields.put(PromptMessages.PROMPT_ID, latest.id().toString());
    fields.put(PromptMessages.NUMBER, Integer.toString(latest.number()));
    fields.put(PromptMessages.QUESTION, latest.text());
    fields.put(PromptMessages.CLOSES_AT, occurrence.closesAt().toString());
    fields.put(PromptMessages.COMMUNITY, community.name());
    return OutboxMessage.pending(
        key(occurrence, member.user()),
        Optional.of(community.id()),
        new Destination.Direct(member.user()),
        new MessageBody(MessageKind.REMINDER, text, fields),
        now);
  }

  static String key(Occurrence occurrence, UserRef user) {
    return "reminder:"
        + occurrence.id()
        + ":"
        + user.platform()
        + ":"
        + user.tenant().tenantId()
        + ":"
        + user.userId();
  }
}

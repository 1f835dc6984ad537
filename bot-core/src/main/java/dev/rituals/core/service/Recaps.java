package dev.rituals.core.service;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.AnswerRepository.MemberAnswerCount;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The message posted when an occurrence closes: who took part (thanked by name), first-time voices
 * welcomed, two or three highlights and the links people shared.
 *
 * <p>Highlights are the answers with the most replies in their own thread (other people's replies
 * only); among answers with as many replies, the longer one first, as the more developed thought,
 * then the earlier. So when nobody replied to anything, highlights are the longest answers.
 */
final class Recaps {
  static final int MAX_NAMES = 8;
  static final int MAX_LINKS = 5;
  static final int SNIPPET = 140;

  private final Ports ports;

  Recaps(Ports ports) {
    this.ports = ports;
  }

  /** What a recap says, before it is written for a platform. */
  record Recap(
      List<String> people,
      int answers,
      List<String> firstTimers,
      List<String> highlights,
      List<String> links) {}

  List<OutboxMessage> recapMessages(Occurrence occurrence, Instant now) {
    Community community = ports.communities().findById(occurrence.communityId()).orElseThrow();
    Recap recap = recap(community, occurrence);
    return community.channels().stream()
        .sorted(Comparator.comparing(c -> c.platform() + ":" + c.channelId()))
        .map(
            channel ->
                OutboxMessage.pending(
                    "recap:"
                        + occurrence.id()
                        + ":"
                        + channel.platform()
                        + ":"
                        + channel.channelId(),
                    Optional.of(community.id()),
                    new Destination.Channel(channel),
                    body(community, occurrence, recap, channel),
                    now))
        .toList();
  }

  Recap recap(Community community, Occurrence occurrence) {
    List<Answer> answers =
        ports.answers().findByOccurrence(occurrence.id()).stream()
            .filter(a -> !a.retracted())
            .toList();
    Set<UserRef> people = new LinkedHashSet<>();
    answers.forEach(a -> people.add(a.author()));
    Set<UserRef> answeredBefore =
        ports.answers().countByMember(community.id(), Instant.EPOCH, occurrence.opensAt()).stream()
            .map(MemberAnswerCount::author)
            .collect(Collectors.toSet());
    Map<AnswerId, Integer> replies = ports.answers().replyCounts(occurrence.id());
    int highlightCount = answers.size() >= 5 ? 3 : answers.size() >= 2 ? 2 : 0;
    List<String> highlights =
        answers.stream()
            .sorted(
                Comparator.comparing((Answer a) -> replies.getOrDefault(a.id(), 0))
                    .reversed()
                    .thenComparing(
                        Comparator.comparingInt((Answer a) -> a.text().length()).reversed())
                    .thenComparing(Answer::answeredAt))
            .limit(highlightCount)
            .map(a -> highlight(community, a, replies.getOrDefault(a.id(), 0)))
            .toList();
    return new Recap(
        people.stream().map(u -> name(community, u)).toList(),
        answers.size(),
        people.stream()
            .filter(u -> !answeredBefore.contains(u))
            .map(u -> name(community, u))
            .toList(),
        highlights,
        Links.in(answers.stream().map(Answer::text).toList()));
  }

  private MessageBody body(
      Community community, Occurrence occurrence, Recap recap, ChannelRef channel) {
    String prefix = channel.platform() == Platform.SLACK ? "/rituals " : "@Rituals ";
    return new MessageBody(
        MessageKind.RECAP,
        text(community, recap, prefix),
        Map.of(
            "occurrenceId", occurrence.id().toString(),
            "community", community.name(),
            "participants", Integer.toString(recap.people().size()),
            "answers", Integer.toString(recap.answers()),
            "firstTimeVoices", String.join(", ", recap.firstTimers()),
            "resources", String.join("\n", recap.links())));
  }

  private static String text(Community community, Recap recap, String prefix) {
    if (recap.people().isEmpty()) {
      return "This round of *"
          + community.name()
          + "* has closed. No answers this time — the next question is coming soon.";
    }
    int people = recap.people().size();
    String who = people <= MAX_NAMES ? String.join(", ", recap.people()) : people + " colleagues";
    StringBuilder text =
        new StringBuilder("This round of *")
            .append(community.name())
            .append("* has closed: ")
            .append(people)
            .append(people == 1 ? " person" : " people")
            .append(" shared ")
            .append(recap.answers())
            .append(recap.answers() == 1 ? " answer" : " answers")
            .append(". Thank you, ")
            .append(who)
            .append("!");
    if (!recap.firstTimers().isEmpty()) {
      text.append("\nA warm welcome to our first-time ")
          .append(recap.firstTimers().size() == 1 ? "voice: " : "voices: ")
          .append(join(recap.firstTimers()))
          .append(" — so glad you joined in.");
    }
    if (!recap.highlights().isEmpty()) {
      text.append("\n*Highlights*");
      recap.highlights().forEach(h -> text.append("\n• ").append(h));
    }
    if (!recap.links().isEmpty()) {
      text.append("\n*Resources shared*");
      recap.links().stream().limit(MAX_LINKS).forEach(l -> text.append("\n• ").append(l));
      if (recap.links().size() > MAX_LINKS) {
        text.append("\n• …and ").append(recap.links().size() - MAX_LINKS).append(" more");
      }
    }
    text.append("\nThe whole conversation is in the archive: `").append(prefix).append("archive`.");
    return text.toString();
  }

  private String highlight(Community community, Answer answer, int replies) {
    String text = answer.text().replaceAll("\\s+", " ");
    String snippet = text.length() <= SNIPPET ? text : text.substring(0, SNIPPET - 1) + "…";
    return name(community, answer.author())
        + ": “"
        + snippet
        + "”"
        + (replies == 0 ? "" : " (" + replies + (replies == 1 ? " reply)" : " replies)"));
  }

  private String name(Community community, UserRef user) {
    return ports
        .members()
        .find(community.id(), user)
        .map(m -> m.displayName())
        .orElse(user.userId());
  }

  private static String join(List<String> names) {
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + " and "
        + names.get(names.size() - 1);
  }
}

package dev.rituals.core.service;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The message posted when an occurrence closes: who took part, thanked by name. */
final class Recaps {
  private final Ports ports;

  Recaps(Ports ports) {
    this.ports = ports;
  }

  List<OutboxMessage> recapMessages(Occurrence occurrence, Instant now) {
    Community community = ports.communities().findById(occurrence.communityId()).orElseThrow();
    List<Answer> answers =
        ports.answers().findByOccurrence(occurrence.id()).stream()
            .filter(a -> !a.retracted())
            .toList();
    Set<UserRef> people = new LinkedHashSet<>();
    answers.forEach(a -> people.add(a.author()));
    String text = recapText(community, people, answers.size());
    MessageBody body =
        new MessageBody(
            MessageKind.RECAP,
            text,
            Map.of(
                "occurrenceId", occurrence.id().toString(),
                "participants", Integer.toString(people.size()),
                "answers", Integer.toString(answers.size())));
    return community.channels().stream()
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
                    body,
                    now))
        .toList();
  }

  private String recapText(Community community, Set<UserRef> people, int answerCount) {
    if (people.isEmpty()) {
      return "This round of *"
          + community.name()
          + "* has closed. No answers this time — "
          + "the next question is coming soon.";
    }
    List<String> names =
        people.stream()
            .map(
                user ->
                    ports
                        .members()
                        .find(community.id(), user)
                        .map(m -> m.displayName())
                        .orElse(user.userId()))
            .toList();
    String who = names.size() <= 8 ? String.join(", ", names) : names.size() + " colleagues";
    return "This round of *"
        + community.name()
        + "* has closed: "
        + people.size()
        + (people.size() == 1 ? " person" : " people")
        + " shared "
        + answerCount
        + (answerCount == 1 ? " answer" : " answers")
        + ". Thank you, "
        + who
        + "!";
  }
}

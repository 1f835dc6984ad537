package dev.rituals.core.testing;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries;
import dev.rituals.core.port.ParticipationQueries.PersonPart;
import dev.rituals.core.port.ParticipationQueries.RangeParticipation;
import dev.rituals.core.port.ParticipationQueries.Slot;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The participation aggregates computed by brute force over the in-memory answers. */
public final class InMemoryParticipation implements ParticipationQueries {
  private final InMemoryOccurrences occurrences;
  private final InMemoryAnswers answers;

  InMemoryParticipation(InMemoryOccurrences occurrences, InMemoryAnswers answers) {
    this.occurrences = occurrences;
    this.answers = answers;
  }

  @Override
  public RangeParticipation participation(CommunityId community, Instant from, Instant to) {
    List<Occurrence> inRange =
        occurrences.findByCommunity(community, from, to).stream()
            .sorted(
                java.util.Comparator.comparing(Occurrence::opensAt)
                    .thenComparing(o -> o.id().value()))
            .toList();
    Map<OccurrenceId, Integer> slotOf = new HashMap<>();
    List<Slot> slots = new java.util.ArrayList<>();
    for (Occurrence o : inRange) {
      slotOf.put(o.id(), slots.size());
      slots.add(new Slot(o.id(), o.ritualId(), o.opensAt(), o.closesAt()));
    }
    // (person, slot) -> {answers, lastAnswered, replies, lastReplied}
    Map<UserRef, Map<Integer, long[]>> parts = new LinkedHashMap<>();
    for (Occurrence o : inRange) {
      for (Answer a : counted(o.id())) {
        long[] e =
            parts
                .computeIfAbsent(a.author(), u -> new java.util.TreeMap<>())
                .computeIfAbsent(slotOf.get(o.id()), k -> new long[4]);
        e[0]++;
        e[1] = Math.max(e[1], PersonPart.microsOf(a.answeredAt()));
      }
    }
    Map<AnswerId, Answer> byId =
        answers.all().stream().collect(Collectors.toMap(Answer::id, Function.identity()));
    for (InMemoryAnswers.Reply reply : answers.allReplies()) {
      Answer answered = byId.get(reply.answer());
      if (answered == null
          || !slotOf.containsKey(answered.occurrenceId())
          || answered.author().equals(reply.author())) {
        continue;
      }
      long[] e =
          parts
              .computeIfAbsent(reply.author(), u -> new java.util.TreeMap<>())
              .computeIfAbsent(slotOf.get(answered.occurrenceId()), k -> new long[4]);
      e[2]++;
      e[3] = Math.max(e[3], PersonPart.microsOf(reply.at()));
    }
    List<PersonPart> people = new java.util.ArrayList<>();
    parts.forEach(
        (person, entries) -> {
          PersonPart part = new PersonPart(person);
          entries.forEach((slot, e) -> part.add(slot, (int) e[0], e[1], (int) e[2], e[3]));
          people.add(part);
        });
    return new RangeParticipation(slots, people);
  }

  @Override
  public Set<UserRef> firstAnsweredSince(CommunityId community, Instant since) {
    Map<UserRef, Instant> first = new HashMap<>();
    answers.all().stream()
        .filter(a -> a.communityId().equals(community) && !a.retracted())
        .forEach(a -> first.merge(a.author(), a.answeredAt(), (x, y) -> x.isBefore(y) ? x : y));
    return first.entrySet().stream()
        .filter(e -> !e.getValue().isBefore(since))
        .map(Map.Entry::getKey)
        .collect(Collectors.toSet());
  }

  @Override
  public List<String> answerTextsWithLinks(
      CommunityId community, Instant from, Instant to, int limit) {
    return occurrences.findByCommunity(community, from, to).stream()
        .flatMap(o -> counted(o.id()).stream())
        .filter(a -> a.text().contains("http"))
        .sorted(java.util.Comparator.comparing(Answer::answeredAt).reversed())
        .limit(limit)
        .map(Answer::text)
        .toList();
  }

  private List<Answer> counted(OccurrenceId occurrence) {
    return answers.findByOccurrence(occurrence).stream().filter(a -> !a.retracted()).toList();
  }
}

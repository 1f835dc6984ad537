package dev.rituals.core.testing;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Each person's part in a range, computed by brute force over the in-memory answers. */
public final class InMemoryParticipation implements ParticipationQueries {
  private final InMemoryOccurrences occurrences;
  private final InMemoryAnswers answers;

  InMemoryParticipation(InMemoryOccurrences occurrences, InMemoryAnswers answers) {
    this.occurrences = occurrences;
    this.answers = answers;
  }

  /**
   * Per occurrence of the range (oldest first, ties by id) and per person: their counted answers,
   * and their replies in the threads of other people's answers (also of retracted ones, as the
   * database counts them). Replies to one's own answers are not to peers.
   */
  @Override
  public RangeParticipation participation(CommunityId community, Instant from, Instant to) {
    List<Occurrence> inRange =
        occurrences.findByCommunity(community, from, to).stream()
            .sorted(
                Comparator.comparing(Occurrence::opensAt)
                    .thenComparing(o -> o.id().value().toString()))
            .toList();
    Map<AnswerId, Answer> byId =
        answers.all().stream().collect(Collectors.toMap(Answer::id, Function.identity()));
    Map<UserRef, PersonPart> parts = new LinkedHashMap<>();
    List<Slot> slots = new ArrayList<>();
    for (Occurrence o : inRange) {
      int slot = slots.size();
      slots.add(new Slot(o.id(), o.ritualId(), o.opensAt(), o.closesAt()));
      Map<UserRef, List<Instant>> answered = new LinkedHashMap<>();
      for (Answer a : counted(o.id())) {
        answered.computeIfAbsent(a.author(), u -> new ArrayList<>()).add(a.answeredAt());
      }
      Map<UserRef, List<Instant>> replied = new LinkedHashMap<>();
      for (InMemoryAnswers.Reply reply : answers.allReplies()) {
        Answer repliedTo = byId.get(reply.answer());
        if (repliedTo != null
            && repliedTo.occurrenceId().equals(o.id())
            && !repliedTo.author().equals(reply.author())) {
          replied.computeIfAbsent(reply.author(), u -> new ArrayList<>()).add(reply.at());
        }
      }
      Set<UserRef> people = new LinkedHashSet<>(answered.keySet());
      people.addAll(replied.keySet());
      for (UserRef person : people) {
        List<Instant> given = answered.getOrDefault(person, List.of());
        List<Instant> replies = replied.getOrDefault(person, List.of());
        parts
            .computeIfAbsent(person, PersonPart::new)
            .add(slot, given.size(), latestMicros(given), replies.size(), latestMicros(replies));
      }
    }
    return new RangeParticipation(slots, List.copyOf(parts.values()));
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
        .sorted(Comparator.comparing(Answer::answeredAt).reversed())
        .limit(limit)
        .map(Answer::text)
        .toList();
  }

  private static long latestMicros(List<Instant> times) {
    return times.stream().map(PersonPart::microsOf).max(Long::compare).orElse(0L);
  }

  private List<Answer> counted(OccurrenceId occurrence) {
    return answers.findByOccurrence(occurrence).stream().filter(a -> !a.retracted()).toList();
  }
}

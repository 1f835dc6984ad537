package dev.rituals.core.testing;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries;
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
  public List<OccurrenceTurnout> turnout(CommunityId community, Instant from, Instant to) {
    return occurrences.findByCommunity(community, from, to).stream()
        .map(
            o ->
                new OccurrenceTurnout(
                    o.id(),
                    o.ritualId(),
                    o.opensAt(),
                    o.closesAt(),
                    (int) counted(o.id()).stream().map(Answer::author).distinct().count()))
        .toList();
  }

  @Override
  public List<Attendance> attendance(CommunityId community, Instant from, Instant to) {
    return occurrences.findByCommunity(community, from, to).stream()
        .flatMap(
            o ->
                counted(o.id()).stream()
                    .collect(
                        Collectors.groupingBy(
                            Answer::author, LinkedHashMap::new, Collectors.toList()))
                    .entrySet()
                    .stream()
                    .map(
                        e ->
                            new Attendance(
                                e.getKey(),
                                o.id(),
                                e.getValue().size(),
                                e.getValue().stream()
                                    .map(Answer::answeredAt)
                                    .max(Instant::compareTo)
                                    .orElseThrow())))
        .toList();
  }

  @Override
  public List<PeerReplies> repliesToPeers(CommunityId community, Instant from, Instant to) {
    Set<OccurrenceId> inRange =
        occurrences.findByCommunity(community, from, to).stream()
            .map(Occurrence::id)
            .collect(Collectors.toSet());
    Map<AnswerId, Answer> byId =
        answers.all().stream().collect(Collectors.toMap(Answer::id, Function.identity()));
    Map<UserRef, PeerReplies> out = new HashMap<>();
    for (InMemoryAnswers.Reply reply : answers.allReplies()) {
      Answer answered = byId.get(reply.answer());
      if (answered == null
          || !inRange.contains(answered.occurrenceId())
          || answered.author().equals(reply.author())) {
        continue;
      }
      out.merge(
          reply.author(),
          new PeerReplies(reply.author(), 1, reply.at()),
          (a, b) ->
              new PeerReplies(
                  a.replier(),
                  a.replies() + 1,
                  a.lastRepliedAt().isAfter(b.lastRepliedAt())
                      ? a.lastRepliedAt()
                      : b.lastRepliedAt()));
    }
    return List.copyOf(out.values());
  }

  @Override
  public Set<UserRef> newVoices(CommunityId community, Instant from, Instant to) {
    Set<UserRef> before =
        answers.all().stream()
            .filter(a -> a.communityId().equals(community) && !a.retracted())
            .filter(a -> a.answeredAt().isBefore(from))
            .map(Answer::author)
            .collect(Collectors.toSet());
    return attendance(community, from, to).stream()
        .map(Attendance::member)
        .filter(u -> !before.contains(u))
        .collect(Collectors.toSet());
  }

  private List<Answer> counted(OccurrenceId occurrence) {
    return answers.findByOccurrence(occurrence).stream().filter(a -> !a.retracted()).toList();
  }
}

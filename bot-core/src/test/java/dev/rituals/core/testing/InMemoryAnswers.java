package dev.rituals.core.testing;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.AnswerRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Answers in memory, unique per (tenant, source key) like the database. */
public final class InMemoryAnswers implements AnswerRepository {
  private record Key(TenantRef tenant, String sourceKey) {}

  /** A reply in an answer's thread, as stored. */
  record Reply(AnswerId answer, UserRef author, Instant at) {}

  private final Map<Key, Answer> rows = new ConcurrentHashMap<>();
  private final Map<Key, Reply> replies = new ConcurrentHashMap<>();

  @Override
  public boolean insertIfAbsent(Answer answer) {
    return rows.putIfAbsent(new Key(answer.author().tenant(), answer.sourceKey()), answer) == null;
  }

  @Override
  public Optional<Answer> findBySourceKey(TenantRef tenant, String sourceKey) {
    return Optional.ofNullable(rows.get(new Key(tenant, sourceKey)));
  }

  @Override
  public void update(Answer answer) {
    rows.replace(new Key(answer.author().tenant(), answer.sourceKey()), answer);
  }

  @Override
  public void retract(TenantRef tenant, String sourceKey) {
    rows.computeIfPresent(
        new Key(tenant, sourceKey),
        (k, a) ->
            new Answer(
                a.id(),
                a.communityId(),
                a.occurrenceId(),
                a.promptId(),
                a.author(),
                "(retracted)",
                a.source(),
                a.sourceKey(),
                a.message(),
                a.answeredAt(),
                a.editedAt(),
                a.late(),
                true));
  }

  @Override
  public List<Answer> findByOccurrence(OccurrenceId occurrence) {
    return rows.values().stream()
        .filter(a -> a.occurrenceId().equals(occurrence))
        .sorted(Comparator.comparing(Answer::answeredAt))
        .toList();
  }

  @Override
  public Optional<Answer> findByMessage(MessageRef message) {
    return rows.values().stream().filter(a -> a.message().equals(Optional.of(message))).findFirst();
  }

  @Override
  public boolean addReply(AnswerId answer, UserRef author, String sourceKey, Instant at) {
    return replies.putIfAbsent(new Key(author.tenant(), sourceKey), new Reply(answer, author, at))
        == null;
  }

  @Override
  public boolean removeReply(TenantRef tenant, String sourceKey) {
    return replies.remove(new Key(tenant, sourceKey)) != null;
  }

  @Override
  public Map<AnswerId, Integer> replyCounts(OccurrenceId occurrence) {
    Map<AnswerId, Integer> counts = new HashMap<>();
    replies.values().stream()
        .filter(
            r ->
                rows.values().stream()
                    .anyMatch(
                        a -> a.id().equals(r.answer()) && a.occurrenceId().equals(occurrence)))
        .forEach(r -> counts.merge(r.answer(), 1, Integer::sum));
    return counts;
  }

  @Override
  public List<MemberAnswerCount> countByMember(CommunityId community, Instant from, Instant to) {
    Map<UserRef, List<Answer>> byAuthor = new ConcurrentHashMap<>();
    rows.values().stream()
        .filter(a -> a.communityId().equals(community) && !a.retracted())
        .filter(a -> !a.answeredAt().isBefore(from) && a.answeredAt().isBefore(to))
        .forEach(a -> byAuthor.computeIfAbsent(a.author(), u -> new ArrayList<>()).add(a));
    return byAuthor.entrySet().stream()
        .map(
            e ->
                new MemberAnswerCount(
                    e.getKey(),
                    e.getValue().size(),
                    e.getValue().stream().map(Answer::answeredAt).max(Instant::compareTo).get()))
        .toList();
  }

  /** Every stored answer, for the recognition and privacy fakes. */
  public List<Answer> all() {
    return List.copyOf(rows.values());
  }

  /** Deletes the answers matching, with their replies; returns how many. */
  public int deleteWhere(java.util.function.Predicate<Answer> which) {
    List<Key> keys =
        rows.entrySet().stream()
            .filter(e -> which.test(e.getValue()))
            .map(Map.Entry::getKey)
            .toList();
    keys.forEach(
        k -> {
          Answer gone = rows.remove(k);
          replies.values().removeIf(r -> r.answer().equals(gone.id()));
        });
    return keys.size();
  }

  /** Replaces the answers matching; returns how many. */
  public int replaceWhere(
      java.util.function.Predicate<Answer> which, java.util.function.UnaryOperator<Answer> with) {
    int[] n = {0};
    rows.replaceAll(
        (k, a) -> {
          if (!which.test(a)) {
            return a;
          }
          n[0]++;
          return with.apply(a);
        });
    return n[0];
  }

  /** Forgets replies the person wrote. */
  public void deleteRepliesBy(UserRef author) {
    replies.values().removeIf(r -> r.author().equals(author));
  }

  /** How many replies the person wrote, for erasure tests. */
  public long repliesBy(UserRef author) {
    return replies.values().stream().filter(r -> r.author().equals(author)).count();
  }

  List<Reply> allReplies() {
    return List.copyOf(replies.values());
  }
}

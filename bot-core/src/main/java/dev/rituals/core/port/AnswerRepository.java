package dev.rituals.core.port;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Answers, keyed for idempotency by (tenant, source key). */
public interface AnswerRepository {
  /**
   * Stores the answer unless one with the same tenant and source key exists.
   *
   * @return true if stored, false for a duplicate delivery
   */
  boolean insertIfAbsent(Answer answer);

  Optional<Answer> findBySourceKey(TenantRef tenant, String sourceKey);

  /** Replaces text and edit time of an existing answer. */
  void update(Answer answer);

  /** Marks the answer retracted: it no longer counts, its text is cleared from reports. */
  void retract(TenantRef tenant, String sourceKey);

  List<Answer> findByOccurrence(OccurrenceId occurrence);

  /** The answer that was posted as this platform message, for replies in its thread. */
  Optional<Answer> findByMessage(MessageRef message);

  /**
   * Records that someone replied to an answer (in the answer's thread), once per (replier's tenant,
   * source key).
   *
   * @return true if recorded, false for a duplicate delivery
   */
  boolean addReply(AnswerId answer, UserRef author, String sourceKey, Instant at);

  /**
   * Forgets a reply whose message was deleted.
   *
   * @return whether there was one
   */
  boolean removeReply(TenantRef tenant, String sourceKey);

  /** How many replies each answer of the occurrence got; answers without replies are absent. */
  Map<AnswerId, Integer> replyCounts(OccurrenceId occurrence);

  /** Per-author counts of non-retracted answers given in [from, to). */
  List<MemberAnswerCount> countByMember(CommunityId community, Instant from, Instant to);

  /** One row of a participation report. */
  record MemberAnswerCount(UserRef author, long answers, Instant lastAnsweredAt) {}
}

package dev.rituals.core.port;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.MissedOccurrence;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.RitualId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Occurrences of rituals, their prompts, and where each prompt was posted. */
public interface OccurrenceRepository {
  /**
   * Stores the occurrence unless one exists for the same ritual and schedule instant.
   *
   * @return true if stored, false if it already existed (a retried or duplicate fire)
   */
  boolean insertIfAbsent(Occurrence occurrence);

  Optional<Occurrence> findById(OccurrenceId id);

  Optional<Occurrence> findByRitualAndInstant(RitualId ritual, Instant scheduledFor);

  /** Occurrences of the community open at {@code at}, newest first. */
  List<Occurrence> findOpen(CommunityId community, Instant at);

  /** Occurrences of the community that opened in [from, to), oldest first. */
  List<Occurrence> findByCommunity(CommunityId community, Instant from, Instant to);

  void close(OccurrenceId id);

  void savePrompt(Prompt prompt);

  Optional<Prompt> findPrompt(PromptId id);

  List<Prompt> findPrompts(OccurrenceId occurrence);

  /** Records where a prompt was posted (one ref per channel). Idempotent. */
  void addPromptMessage(PromptId prompt, MessageRef message);

  List<MessageRef> findPromptMessages(PromptId prompt);

  /** The prompt posted as this message, for thread replies. */
  Optional<Prompt> findPromptByMessage(MessageRef message);

  /** Prompts posted in the channel's open occurrences (for "A2 ..." answers). */
  List<Prompt> findOpenPromptsInChannel(ChannelRef channel, Instant at);

  /**
   * Records that a schedule instant was skipped (its window had closed before it could fire).
   * Idempotent per (ritual, instant).
   *
   * @return true if recorded now, false if it was already
   */
  boolean recordMissed(MissedOccurrence missed);

  /** The community's missed instants, newest first, at most {@code limit}. */
  List<MissedOccurrence> findMissed(CommunityId community, int limit);
}

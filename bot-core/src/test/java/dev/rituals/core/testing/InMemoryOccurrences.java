package dev.rituals.core.testing;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.MissedOccurrence;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.port.OccurrenceRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Occurrences, prompts and prompt messages in memory. */
public final class InMemoryOccurrences implements OccurrenceRepository {
  private final Map<OccurrenceId, Occurrence> occurrences = new ConcurrentHashMap<>();
  private final Map<PromptId, Prompt> prompts = new ConcurrentHashMap<>();
  private final Map<MessageRef, PromptId> promptMessages = new ConcurrentHashMap<>();
  private final Map<String, MissedOccurrence> missed = new ConcurrentHashMap<>();
  private final InMemoryCommunities communities;

  InMemoryOccurrences(InMemoryCommunities communities) {
    this.communities = communities;
  }

  @Override
  public synchronized boolean insertIfAbsent(Occurrence occurrence) {
    if (findByRitualAndInstant(occurrence.ritualId(), occurrence.scheduledFor()).isPresent()) {
      return false;
    }
    occurrences.put(occurrence.id(), occurrence);
    return true;
  }

  @Override
  public Optional<Occurrence> findById(OccurrenceId id) {
    return Optional.ofNullable(occurrences.get(id));
  }

  @Override
  public Optional<Occurrence> findByRitualAndInstant(RitualId ritual, Instant scheduledFor) {
    return occurrences.values().stream()
        .filter(o -> o.ritualId().equals(ritual) && o.scheduledFor().equals(scheduledFor))
        .findFirst();
  }

  @Override
  public List<Occurrence> findOpen(CommunityId community, Instant at) {
    return occurrences.values().stream()
        .filter(o -> o.communityId().equals(community) && o.isOpenAt(at))
        .sorted(Comparator.comparing(Occurrence::opensAt).reversed())
        .toList();
  }

  @Override
  public List<Occurrence> findByCommunity(CommunityId community, Instant from, Instant to) {
    return occurrences.values().stream()
        .filter(o -> o.communityId().equals(community))
        .filter(o -> !o.opensAt().isBefore(from) && o.opensAt().isBefore(to))
        .sorted(Comparator.comparing(Occurrence::opensAt))
        .toList();
  }

  @Override
  public void close(OccurrenceId id) {
    occurrences.computeIfPresent(id, (k, o) -> o.closed());
  }

  @Override
  public void savePrompt(Prompt prompt) {
    prompts.put(prompt.id(), prompt);
  }

  @Override
  public Optional<Prompt> findPrompt(PromptId id) {
    return Optional.ofNullable(prompts.get(id));
  }

  @Override
  public List<Prompt> findPrompts(OccurrenceId occurrence) {
    return prompts.values().stream()
        .filter(p -> p.occurrenceId().equals(occurrence))
        .sorted(Comparator.comparingInt(Prompt::number))
        .toList();
  }

  @Override
  public void addPromptMessage(PromptId prompt, MessageRef message) {
    promptMessages.put(message, prompt);
  }

  @Override
  public List<MessageRef> findPromptMessages(PromptId prompt) {
    return promptMessages.entrySet().stream()
        .filter(e -> e.getValue().equals(prompt))
        .map(Map.Entry::getKey)
        .toList();
  }

  @Override
  public Optional<Prompt> findPromptByMessage(MessageRef message) {
    return Optional.ofNullable(promptMessages.get(message)).map(prompts::get);
  }

  @Override
  public List<Prompt> findOpenPromptsInChannel(ChannelRef channel, Instant at) {
    Set<OccurrenceId> open =
        communities
            .findByChannel(channel)
            .map(c -> findOpen(c.id(), at).stream().map(Occurrence::id).toList())
            .map(Set::copyOf)
            .orElse(Set.of());
    return prompts.values().stream().filter(p -> open.contains(p.occurrenceId())).toList();
  }

  @Override
  public boolean recordMissed(MissedOccurrence m) {
    return missed.putIfAbsent(m.ritualId() + "@" + m.scheduledFor(), m) == null;
  }

  @Override
  public List<MissedOccurrence> findMissed(CommunityId community, int limit) {
    return missed.values().stream()
        .filter(m -> m.communityId().equals(community))
        .sorted(Comparator.comparing(MissedOccurrence::scheduledFor).reversed())
        .limit(limit)
        .toList();
  }
}

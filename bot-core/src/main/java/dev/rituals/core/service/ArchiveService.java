package dev.rituals.core.service;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.Transcript;
import dev.rituals.core.usecase.TranscriptUseCase;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The community's history: past and running occurrences, newest first, and each one's transcript
 * grouped by question. Answers are stored as they arrive, so the archive is a query, not a copy.
 */
public final class ArchiveService implements TranscriptUseCase {
  private final Ports ports;

  public ArchiveService(Ports ports) {
    this.ports = ports;
  }

  /** One line of the archive list. */
  public record Entry(
      OccurrenceId id,
      Instant opensAt,
      String title,
      String firstQuestion,
      int questions,
      long people,
      int answers,
      boolean open) {}

  /** Occurrences that opened by {@code now}, newest first; position 1 is the newest. */
  public List<Occurrence> occurrences(CommunityId community, Instant now) {
    return ports
        .occurrences()
        .findByCommunity(community, Instant.EPOCH, now.plusSeconds(1))
        .stream()
        .sorted(Comparator.comparing(Occurrence::opensAt).reversed())
        .toList();
  }

  public List<Entry> list(CommunityId community, Instant now, int limit) {
    return occurrences(community, now).stream().limit(limit).map(this::entry).toList();
  }

  private Entry entry(Occurrence occurrence) {
    List<Prompt> prompts = ports.occurrences().findPrompts(occurrence.id());
    List<Answer> answers = answers(occurrence);
    return new Entry(
        occurrence.id(),
        occurrence.opensAt(),
        title(occurrence),
        prompts.isEmpty() ? "" : prompts.get(0).text(),
        prompts.size(),
        answers.stream().map(Answer::author).distinct().count(),
        answers.size(),
        occurrence.state() == OccurrenceState.OPEN);
  }

  @Override
  public Optional<Transcript> transcript(CommunityId communityId, OccurrenceId id) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Optional<Occurrence> found =
                  ports.occurrences().findById(id).filter(o -> o.communityId().equals(communityId));
              Optional<Community> community = ports.communities().findById(communityId);
              if (found.isEmpty() || community.isEmpty()) {
                return Optional.<Transcript>empty();
              }
              return Optional.of(build(community.get(), found.get()));
            });
  }

  @Override
  public Optional<String> markdown(CommunityId community, OccurrenceId occurrence) {
    return transcript(community, occurrence).map(TranscriptMarkdown::render);
  }

  @Override
  public Optional<String> html(CommunityId community, OccurrenceId occurrence) {
    return transcript(community, occurrence).map(TranscriptHtml::render);
  }

  private Transcript build(Community community, Occurrence occurrence) {
    List<Answer> answers = answers(occurrence);
    Map<AnswerId, Integer> replies = ports.answers().replyCounts(occurrence.id());
    List<Transcript.Question> questions =
        ports.occurrences().findPrompts(occurrence.id()).stream()
            .filter(p -> !p.postAt().isAfter(occurrence.closesAt()))
            .map(
                p ->
                    new Transcript.Question(
                        p.number(),
                        p.text(),
                        p.postAt(),
                        answers.stream()
                            .filter(a -> a.promptId().equals(p.id()))
                            .map(
                                a ->
                                    new Transcript.Answer(
                                        name(community, a.author()),
                                        a.answeredAt(),
                                        a.text(),
                                        a.late(),
                                        replies.getOrDefault(a.id(), 0)))
                            .toList()))
            .toList();
    return new Transcript(
        community.name(),
        title(occurrence),
        community.zone(),
        occurrence.opensAt(),
        occurrence.closesAt(),
        ports
            .hostings()
            .find(occurrence.ritualId(), occurrence.scheduledFor())
            .filter(Hosting::hosted)
            .map(h -> name(community, h.host())),
        questions);
  }

  private List<Answer> answers(Occurrence occurrence) {
    return ports.answers().findByOccurrence(occurrence.id()).stream()
        .filter(a -> !a.retracted())
        .sorted(Comparator.comparing(Answer::answeredAt))
        .toList();
  }

  private String title(Occurrence occurrence) {
    Optional<Ritual> ritual = ports.rituals().findById(occurrence.ritualId());
    if (ritual.isEmpty()) {
      return "Ritual (since deleted)";
    }
    if (ritual.get().isAskNow()) {
      return "Question asked now";
    }
    return switch (ritual.get().kind()) {
      case PROMPT -> "Prompt #" + ritual.get().number();
      case LIVE_CHAT -> "Live chat #" + ritual.get().number();
      case SLOW_CHAT -> "Slow chat #" + ritual.get().number();
      case PAIRING -> "Pairing round #" + ritual.get().number();
    };
  }

  private String name(Community community, UserRef user) {
    return ports
        .members()
        .find(community.id(), user)
        .map(m -> m.displayName())
        .orElse(user.userId());
  }
}

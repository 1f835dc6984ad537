package dev.rituals.core.service;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Records answers idempotently: the same platform message or submit counts once. */
public final class AnswerService implements RecordAnswerUseCase {
  private static final Logger log = LoggerFactory.getLogger(AnswerService.class);

  /** How long after a close an "A2 ..." message still finds its question (recorded late). */
  static final Duration LATE_GRACE = Duration.ofHours(24);

  private final Ports ports;
  private final Clock clock;
  private final ActivityListener listener;

  public AnswerService(Ports ports, Clock clock) {
    this(ports, clock, ActivityListener.NONE);
  }

  public AnswerService(Ports ports, Clock clock, ActivityListener listener) {
    this.ports = ports;
    this.clock = clock;
    this.listener = listener;
  }

  @Override
  public AnswerOutcome onMessage(IncomingMessage message) {
    if (message.text().isBlank()) {
      return AnswerOutcome.IGNORED;
    }
    return ports
        .transactions()
        .inTransaction(
            () -> {
              if (message.threadParent().isPresent()) {
                Optional<Prompt> prompt =
                    ports.occurrences().findPromptByMessage(message.threadParent().get());
                if (prompt.isPresent()) {
                  return record(
                      prompt.get(),
                      message.author(),
                      message.authorName(),
                      message.text(),
                      AnswerSource.THREAD,
                      message.sourceKey(),
                      Optional.of(message.message()),
                      message.at());
                }
                // A thread reply under something else may still be "A2 ..." during a live chat.
              }
              Optional<NumberedAnswer> numbered = NumberedAnswer.parse(message.text());
              if (numbered.isEmpty()) {
                message.threadParent().ifPresent(parent -> recordReply(parent, message));
                return AnswerOutcome.IGNORED;
              }
              Optional<Prompt> prompt =
                  numberedPrompt(
                      message.message().channel(), numbered.get().number(), message.at());
              if (prompt.isEmpty()) {
                return AnswerOutcome.IGNORED;
              }
              return record(
                  prompt.get(),
                  message.author(),
                  message.authorName(),
                  numbered.get().text(),
                  AnswerSource.NUMBERED,
                  message.sourceKey(),
                  Optional.of(message.message()),
                  message.at());
            });
  }

  /**
   * A reply in an answer's own thread (e.g. under an "A3 ..." message) is conversation, not an
   * answer: it is counted for the answer, so recaps can name the most-replied ones. Replying to
   * oneself does not count.
   */
  private void recordReply(MessageRef parent, IncomingMessage message) {
    ports
        .answers()
        .findByMessage(parent)
        .filter(a -> !a.retracted() && !a.author().equals(message.author()))
        .ifPresent(
            a ->
                ports
                    .answers()
                    .addReply(a.id(), message.author(), message.sourceKey(), message.at()));
  }

  /**
   * The prompt "A{number}" answers: the latest one with that number already posted in the channel's
   * open occurrences (a question not yet asked cannot be answered), else the one of the occurrence
   * that closed most recently, within {@link #LATE_GRACE}, so a late "A3" still counts, marked
   * late.
   */
  private Optional<Prompt> numberedPrompt(ChannelRef channel, int number, Instant at) {
    Optional<Prompt> open =
        ports.occurrences().findOpenPromptsInChannel(channel, at).stream()
            .filter(p -> p.number() == number && !p.postAt().isAfter(at))
            .max(Comparator.comparing(Prompt::postAt));
    if (open.isPresent()) {
      return open;
    }
    Optional<Community> community = ports.communities().findByChannel(channel);
    if (community.isEmpty()) {
      return Optional.empty();
    }
    Instant since = at.minus(LATE_GRACE);
    return ports
        .occurrences()
        .findByCommunity(community.get().id(), since.minus(Schedule.MAX_WINDOW), at)
        .stream()
        .filter(o -> !o.isOpenAt(at) && o.closesAt().isAfter(since) && !o.opensAt().isAfter(at))
        .sorted(Comparator.comparing(Occurrence::closesAt).reversed())
        .flatMap(o -> ports.occurrences().findPrompts(o.id()).stream())
        .filter(p -> p.number() == number && !p.postAt().isAfter(at))
        .findFirst();
  }

  @Override
  public AnswerOutcome onSubmit(
      PromptId promptId,
      UserRef author,
      String authorName,
      String text,
      AnswerSource source,
      String sourceKey,
      Instant at) {
    if (text == null || text.isBlank()) {
      return AnswerOutcome.IGNORED;
    }
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Optional<Prompt> prompt = ports.occurrences().findPrompt(promptId);
              if (prompt.isEmpty() || prompt.get().postAt().isAfter(at)) {
                return AnswerOutcome.IGNORED;
              }
              return record(
                  prompt.get(), author, authorName, text, source, sourceKey, Optional.empty(), at);
            });
  }

  private AnswerOutcome record(
      Prompt prompt,
      UserRef author,
      String authorName,
      String text,
      AnswerSource source,
      String sourceKey,
      Optional<MessageRef> message,
      Instant at) {
    Occurrence occurrence = ports.occurrences().findById(prompt.occurrenceId()).orElseThrow();
    var community = ports.communities().findById(occurrence.communityId()).orElseThrow();
    // Tenant isolation: only people from a tenant the community meets in can answer.
    boolean sameTenant =
        community.owner().equals(author.tenant())
            || community.channels().stream().anyMatch(c -> c.tenant().equals(author.tenant()));
    if (!sameTenant) {
      log.warn("Answer from a tenant outside community {} ignored", community.id());
      return AnswerOutcome.IGNORED;
    }
    if (ports.answers().findBySourceKey(author.tenant(), sourceKey).isPresent()) {
      return AnswerOutcome.DUPLICATE;
    }
    boolean late =
        occurrence.state() == OccurrenceState.CLOSED || !at.isBefore(occurrence.closesAt());
    Answer answer =
        new Answer(
            AnswerId.random(),
            community.id(),
            occurrence.id(),
            prompt.id(),
            author,
            truncate(text),
            source,
            sourceKey,
            message,
            at,
            Optional.empty(),
            late,
            false);
    if (!ports.answers().insertIfAbsent(answer)) {
      return AnswerOutcome.DUPLICATE;
    }
    if (ports.members().find(community.id(), author).isEmpty()) {
      ports.members().save(Member.joining(community.id(), author, authorName, clock.instant()));
    }
    listener.answerRecorded(answer);
    return late ? AnswerOutcome.RECORDED_LATE : AnswerOutcome.RECORDED;
  }

  @Override
  public AnswerOutcome onEdit(TenantRef tenant, String sourceKey, String newText, Instant at) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Optional<Answer> existing = ports.answers().findBySourceKey(tenant, sourceKey);
              if (existing.isEmpty() || newText == null || newText.isBlank()) {
                return AnswerOutcome.IGNORED;
              }
              String text = newText;
              if (existing.get().source() == AnswerSource.NUMBERED) {
                text = NumberedAnswer.parse(newText).map(NumberedAnswer::text).orElse(newText);
              }
              ports.answers().update(existing.get().edited(truncate(text), at));
              return AnswerOutcome.UPDATED;
            });
  }

  @Override
  public AnswerOutcome onDelete(TenantRef tenant, String sourceKey) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Optional<Answer> existing = ports.answers().findBySourceKey(tenant, sourceKey);
              if (existing.isEmpty()) {
                ports.answers().removeReply(tenant, sourceKey); // it may have been a reply
                return AnswerOutcome.IGNORED;
              }
              if (existing.get().retracted()) {
                return AnswerOutcome.IGNORED;
              }
              ports.answers().retract(tenant, sourceKey);
              return AnswerOutcome.RETRACTED;
            });
  }

  private static String truncate(String text) {
    String stripped = text.strip();
    return stripped.length() <= Answer.MAX_TEXT
        ? stripped
        : stripped.substring(0, Answer.MAX_TEXT - 1) + "…";
  }
}

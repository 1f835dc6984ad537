package dev.rituals.core.service;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionBank;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.port.RitualScheduler;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fires occurrences of rituals and closes them. Firing is idempotent per (ritual, schedule
 * instant): a retried job, a restarted node or a second cluster node creates nothing new.
 */
public final class OccurrenceService {
  public static final String STEP_CLOSE = "close";
  private static final Logger log = LoggerFactory.getLogger(OccurrenceService.class);

  private final Ports ports;
  private final RitualScheduler scheduler;
  private final Clock clock;
  private final OutboxSignal outboxSignal;
  private final Recaps recaps;

  public OccurrenceService(
      Ports ports, RitualScheduler scheduler, Clock clock, OutboxSignal outboxSignal) {
    this.ports = ports;
    this.scheduler = scheduler;
    this.clock = clock;
    this.outboxSignal = outboxSignal;
    this.recaps = new Recaps(ports);
  }

  /**
   * Opens the occurrence of {@code ritualId} for {@code scheduledFor}: picks the question, stores
   * the occurrence and its prompt, and enqueues the prompt for every channel, in one transaction.
   *
   * @return the occurrence, or empty when nothing was fired (unknown or paused ritual, skip date,
   *     or already fired for this instant)
   */
  public Optional<Occurrence> fire(RitualId ritualId, Instant scheduledFor) {
    Optional<Occurrence> fired =
        ports.transactions().inTransaction(() -> fireInTransaction(ritualId, scheduledFor));
    fired.ifPresent(this::afterOpen);
    return fired;
  }

  private Optional<Occurrence> fireInTransaction(RitualId ritualId, Instant scheduledFor) {
    Optional<Ritual> found = ports.rituals().findById(ritualId);
    if (found.isEmpty()) {
      log.debug("Ritual {} no longer exists; nothing fired", ritualId);
      return Optional.empty();
    }
    Ritual ritual = found.get();
    if (!ritual.isActive()) {
      log.debug("Ritual {} is paused; nothing fired", ritualId);
      return Optional.empty();
    }
    if (ritual.schedule().skips(scheduledFor.atZone(ritual.schedule().zone()).toLocalDate())) {
      log.debug("Ritual {} skips {}", ritualId, scheduledFor);
      return Optional.empty();
    }
    Community community = ports.communities().findById(ritual.communityId()).orElseThrow();
    return open(community, ritual, scheduledFor, Optional.empty());
  }

  /**
   * Posts a question right away in every channel of the community ({@code ask now}), through the
   * community's hidden ask-now ritual so it is archived and reported like any other occurrence.
   */
  public Optional<Occurrence> askNow(Community community, Optional<String> question) {
    Instant now = clock.instant();
    Optional<Occurrence> asked =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  Ritual ritual =
                      ports
                          .rituals()
                          .findByNumber(community.id(), Ritual.ASK_NOW_NUMBER)
                          .orElseGet(() -> createAskNowRitual(community, now));
                  return open(community, ritual, now, question);
                });
    asked.ifPresent(this::afterOpen);
    return asked;
  }

  private Ritual createAskNowRitual(Community community, Instant now) {
    Ritual ritual =
        new Ritual(
            RitualId.random(),
            community.id(),
            Ritual.ASK_NOW_NUMBER,
            RitualKind.PROMPT,
            Schedule.weekly(DayOfWeek.MONDAY, LocalTime.NOON, community.zone(), Duration.ofDays(3)),
            Optional.empty(),
            Optional.empty(),
            RitualState.PAUSED,
            now);
    ports.rituals().save(ritual);
    return ritual;
  }

  private Optional<Occurrence> open(
      Community community, Ritual ritual, Instant scheduledFor, Optional<String> question) {
    Instant now = clock.instant();
    Instant opensAt = scheduledFor;
    Occurrence occurrence =
        new Occurrence(
            OccurrenceId.random(),
            ritual.id(),
            community.id(),
            scheduledFor,
            opensAt,
            opensAt.plus(ritual.schedule().window()),
            OccurrenceState.OPEN);
    if (!ports.occurrences().insertIfAbsent(occurrence)) {
      log.debug("Ritual {} already fired for {}", ritual.id(), scheduledFor);
      return Optional.empty();
    }
    String questionText = question.orElseGet(() -> pickQuestion(ritual, now));
    Prompt prompt = new Prompt(PromptId.random(), occurrence.id(), 1, questionText, opensAt);
    ports.occurrences().savePrompt(prompt);
    List<OutboxMessage> messages =
        new ArrayList<>(PromptMessages.forChannels(community, occurrence, prompt, now));
    ports.outbox().enqueue(messages);
    return Optional.of(occurrence);
  }

  private void afterOpen(Occurrence occurrence) {
    scheduler.scheduleStep(
        STEP_CLOSE + ":" + occurrence.id(),
        STEP_CLOSE,
        occurrence.id().toString(),
        occurrence.closesAt());
    outboxSignal.messagesEnqueued();
    log.info("Opened occurrence {} of ritual {}", occurrence.id(), occurrence.ritualId());
  }

  /** The ritual's fixed question, else the bank's next one (marked used), else a gentle default. */
  private String pickQuestion(Ritual ritual, Instant now) {
    if (ritual.fixedQuestion().isPresent()) {
      return ritual.fixedQuestion().get();
    }
    List<Question> questions = ports.questions().findByCommunity(ritual.communityId());
    Optional<Question> next =
        new QuestionBank(ritual.communityId(), questions).next(ritual.bankTag());
    if (next.isEmpty()) {
      return DEFAULT_QUESTION;
    }
    ports.questions().save(next.get().usedAt(now));
    return next.get().text();
  }

  static final String DEFAULT_QUESTION =
      "What is one thing from your teaching this week you'd like to share with colleagues?";

  /** Closes an open occurrence and posts its recap. Closing twice does nothing the second time. */
  public boolean close(OccurrenceId id) {
    boolean closed =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  Optional<Occurrence> found = ports.occurrences().findById(id);
                  if (found.isEmpty() || found.get().state() == OccurrenceState.CLOSED) {
                    return false;
                  }
                  ports.occurrences().close(id);
                  ports.outbox().enqueue(recaps.recapMessages(found.get(), clock.instant()));
                  return true;
                });
    if (closed) {
      outboxSignal.messagesEnqueued();
      log.info("Closed occurrence {}", id);
    }
    return closed;
  }

  /** Runs a scheduled step of an occurrence (called by the scheduler's step job). */
  public void runStep(String stepType, String occurrenceId, Instant scheduledFor) {
    if (STEP_CLOSE.equals(stepType)) {
      close(OccurrenceId.parse(occurrenceId));
    } else {
      log.warn("Unknown occurrence step type {}; ignored", stepType);
    }
  }
}

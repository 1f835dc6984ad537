package dev.rituals.core.service;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.MissedOccurrence;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.PromptId;
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
 * Fires occurrences of rituals, posts their later questions and closes them. Firing is idempotent
 * per (ritual, schedule instant): a retried job, a restarted node or a second cluster node creates
 * nothing new. Every later step is idempotent too (its messages have fixed idempotency keys).
 *
 * <p>A prompt posts Q1 and closes after its window. A live chat posts a welcome and Q1, then Q2..Qn
 * {@code plan.every} apart (one scheduled step each), then a wrap-up at close. A slow chat posts a
 * welcome and Q1, then one question a school day, each in its own thread.
 */
public final class OccurrenceService {
  public static final String STEP_CLOSE = Steps.CLOSE;
  private static final Logger log = LoggerFactory.getLogger(OccurrenceService.class);

  private final Ports ports;
  private final RitualScheduler scheduler;
  private final Clock clock;
  private final OutboxSignal outboxSignal;
  private final Recaps recaps;
  private final QuestionPicker questions;
  private final Reminders reminders;
  private final HostRotation hosts;
  private final ActivityListener listener;

  public OccurrenceService(
      Ports ports, RitualScheduler scheduler, Clock clock, OutboxSignal outboxSignal) {
    this(ports, scheduler, clock, outboxSignal, ActivityListener.NONE);
  }

  public OccurrenceService(
      Ports ports,
      RitualScheduler scheduler,
      Clock clock,
      OutboxSignal outboxSignal,
      ActivityListener listener) {
    this.listener = listener;
    this.ports = ports;
    this.scheduler = scheduler;
    this.clock = clock;
    this.outboxSignal = outboxSignal;
    this.recaps = new Recaps(ports);
    this.questions = new QuestionPicker(ports);
    this.reminders = new Reminders(ports);
    this.hosts = new HostRotation(ports, scheduler, clock);
  }

  /**
   * Opens the occurrence of {@code ritualId} for {@code scheduledFor}: picks its questions, stores
   * the occurrence and its prompts, and enqueues the opening messages for every channel, in one
   * transaction; then schedules the later questions and the close.
   *
   * @return the occurrence, or empty when nothing was fired (unknown or paused ritual, skip date,
   *     or already fired for this instant)
   */
  public Optional<Occurrence> fire(RitualId ritualId, Instant scheduledFor) {
    Optional<Opened> fired =
        ports.transactions().inTransaction(() -> fireInTransaction(ritualId, scheduledFor));
    fired.ifPresent(this::afterOpen);
    // The next host is invited whether or not this one fired (a skipped date keeps the rotation).
    ports.rituals().findById(ritualId).ifPresent(r -> hosts.planNext(r, scheduledFor));
    return fired.map(Opened::occurrence);
  }

  private Optional<Opened> fireInTransaction(RitualId ritualId, Instant scheduledFor) {
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
    Community community = ports.communities().findById(ritual.communityId()).orElseThrow();
    var day = scheduledFor.atZone(ritual.schedule().zone()).toLocalDate();
    if (ritual.schedule().skips(day) || community.calendar().skips(day)) {
      log.debug("Ritual {} skips {}", ritualId, scheduledFor);
      return Optional.empty();
    }
    if (missedItsWindow(ritual, scheduledFor)) {
      return Optional.empty();
    }
    return open(community, ritual, scheduledFor, hosts.questionFor(ritual, scheduledFor));
  }

  /**
   * Misfire policy: a fire arriving late (the bot was down at the instant) still posts while the
   * occurrence's window is open, and closes when it would have. Once the window has closed there is
   * nothing left to answer, so the instant is skipped and recorded for moderators instead.
   */
  private boolean missedItsWindow(Ritual ritual, Instant scheduledFor) {
    Instant now = clock.instant();
    Instant closesAt = Agenda.of(ritual, scheduledFor, day -> true).closesAt();
    if (now.isBefore(closesAt)
        || ports.occurrences().findByRitualAndInstant(ritual.id(), scheduledFor).isPresent()) {
      return false;
    }
    if (ports
        .occurrences()
        .recordMissed(new MissedOccurrence(ritual.id(), ritual.communityId(), scheduledFor, now))) {
      log.info(
          "Ritual {} missed {}: its window closed before it could fire", ritual.id(), scheduledFor);
    }
    return true;
  }

  /**
   * Posts a question right away in every channel of the community ({@code ask now}), through the
   * community's hidden ask-now ritual so it is archived and reported like any other occurrence.
   */
  public Optional<Occurrence> askNow(Community community, Optional<String> question) {
    Instant now = clock.instant();
    Optional<Opened> asked =
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
    return asked.map(Opened::occurrence);
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

  /** An occurrence just stored, with what must be scheduled once its transaction committed. */
  private record Opened(Occurrence occurrence, List<Prompt> prompts, Optional<Instant> remindAt) {}

  private Optional<Opened> open(
      Community community, Ritual ritual, Instant scheduledFor, Optional<String> question) {
    Instant now = clock.instant();
    Agenda agenda =
        Agenda.of(
            ritual,
            scheduledFor,
            day -> community.calendar().isSchoolDay(day) && !ritual.schedule().skips(day));
    Occurrence occurrence =
        new Occurrence(
            OccurrenceId.random(),
            ritual.id(),
            community.id(),
            scheduledFor,
            agenda.opensAt(),
            agenda.closesAt(),
            OccurrenceState.OPEN);
    if (!ports.occurrences().insertIfAbsent(occurrence)) {
      log.debug("Ritual {} already fired for {}", ritual.id(), scheduledFor);
      return Optional.empty();
    }
    List<String> texts = questions.pick(ritual, agenda.questions(), question, now);
    List<Prompt> prompts = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      Prompt prompt =
          new Prompt(
              PromptId.random(), occurrence.id(), i + 1, texts.get(i), agenda.postTimes().get(i));
      ports.occurrences().savePrompt(prompt);
      prompts.add(prompt);
    }
    List<OutboxMessage> messages = new ArrayList<>();
    if (ritual.kind() == RitualKind.LIVE_CHAT || ritual.kind() == RitualKind.SLOW_CHAT) {
      messages.addAll(ChatMessages.welcome(community, ritual, occurrence, prompts.size(), now));
    }
    messages.addAll(PromptMessages.forChannels(community, occurrence, prompts.get(0), now));
    ports.outbox().enqueue(messages);
    return Optional.of(new Opened(occurrence, prompts, remindAt(ritual, occurrence)));
  }

  private void afterOpen(Opened opened) {
    Occurrence occurrence = opened.occurrence();
    String id = occurrence.id().toString();
    for (Prompt prompt : opened.prompts().subList(1, opened.prompts().size())) {
      scheduler.scheduleStep(
          Steps.questionKey(occurrence.id(), prompt.number()),
          Steps.question(prompt.number()),
          id,
          prompt.postAt());
    }
    opened
        .remindAt()
        .ifPresent(at -> scheduler.scheduleStep(Steps.REMIND + ":" + id, Steps.REMIND, id, at));
    scheduler.scheduleStep(Steps.CLOSE + ":" + id, Steps.CLOSE, id, occurrence.closesAt());
    outboxSignal.messagesEnqueued();
    log.info("Opened occurrence {} of ritual {}", occurrence.id(), occurrence.ritualId());
  }

  static final String DEFAULT_QUESTION = QuestionPicker.DEFAULT_QUESTION;

  /** The ritual's lead before the close, on the local calendar; none when it would not fit. */
  private static Optional<Instant> remindAt(Ritual ritual, Occurrence occurrence) {
    if (ritual.reminderLead().isZero()) {
      return Optional.empty();
    }
    Instant at =
        Agenda.localMinus(
                occurrence.closesAt().atZone(ritual.schedule().zone()), ritual.reminderLead())
            .toInstant();
    return at.isAfter(occurrence.opensAt()) ? Optional.of(at) : Optional.empty();
  }

  /**
   * Sends the private nudges of an open occurrence: one per member who has not answered and has
   * nudges on, never a second one.
   *
   * @return how many nudges were newly enqueued
   */
  public int remind(OccurrenceId id) {
    int sent =
        ports
            .transactions()
            .inTransaction(
                () ->
                    ports
                        .occurrences()
                        .findById(id)
                        .map(o -> ports.outbox().enqueue(reminders.nudges(o, clock.instant())))
                        .orElse(0));
    if (sent > 0) {
      outboxSignal.messagesEnqueued();
      log.info("Nudged {} members of occurrence {}", sent, id);
    }
    return sent;
  }

  /**
   * Posts question {@code number} of an open occurrence in every channel. Posting twice, or after
   * the occurrence closed, does nothing.
   */
  public boolean postQuestion(OccurrenceId id, int number) {
    boolean posted =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  Optional<Occurrence> found = ports.occurrences().findById(id);
                  if (found.isEmpty() || found.get().state() == OccurrenceState.CLOSED) {
                    return false;
                  }
                  Optional<Prompt> prompt =
                      ports.occurrences().findPrompts(id).stream()
                          .filter(p -> p.number() == number)
                          .findFirst();
                  Optional<Community> community =
                      ports.communities().findById(found.get().communityId());
                  if (prompt.isEmpty() || community.isEmpty()) {
                    return false;
                  }
                  return ports
                          .outbox()
                          .enqueue(
                              PromptMessages.forChannels(
                                  community.get(), found.get(), prompt.get(), clock.instant()))
                      > 0;
                });
    if (posted) {
      outboxSignal.messagesEnqueued();
    }
    return posted;
  }

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
                  listener.occurrenceClosed(found.get().closed());
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
    if (Steps.CLOSE.equals(stepType)) {
      close(OccurrenceId.parse(occurrenceId));
    } else if (Steps.REMIND.equals(stepType)) {
      remind(OccurrenceId.parse(occurrenceId));
    } else if (Steps.questionNumber(stepType).isPresent()) {
      postQuestion(OccurrenceId.parse(occurrenceId), Steps.questionNumber(stepType).getAsInt());
    } else if (hosts.runStep(stepType, occurrenceId)) {
      outboxSignal.messagesEnqueued();
    } else {
      log.warn("Unknown occurrence step type {}; ignored", stepType);
    }
  }
}

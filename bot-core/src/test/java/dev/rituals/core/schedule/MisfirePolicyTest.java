package dev.rituals.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.MissedOccurrence;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.usecase.CommandRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;

/**
 * The misfire policy end to end: a real Quartz scheduler finds a slot it missed while "down" and
 * fires once late; the engine, on a clock the test controls, posts late while the occurrence's
 * window is open and otherwise skips the instant and records it for moderators.
 */
class MisfirePolicyTest {
  static final Duration PATIENCE = Duration.ofSeconds(15);
  static final Duration WINDOW = Duration.ofHours(1);
  static final ZoneId ZONE = ZoneId.of("Europe/London");
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");

  final Ports ports = InMemoryPorts.create();
  final MutableClock appClock = new MutableClock(Instant.now());
  Scheduler quartz;
  QuartzRitualScheduler scheduler;
  OccurrenceService occurrences;
  CommandService commands;
  Community community;

  @BeforeEach
  void start() throws Exception {
    // the jobs call the service built just below (Quartz is not started before it exists)
    quartz =
        RamSchedulers.create(
            new RitualJobFactory(
                (ritual, at) -> occurrences.fire(ritual, at),
                (type, occurrence, at) -> occurrences.runStep(type, occurrence, at)));
    scheduler = new QuartzRitualScheduler(quartz, Clock.systemUTC());
    occurrences = new OccurrenceService(ports, scheduler, appClock, OutboxSignal.NONE);
    commands = new CommandService(ports, scheduler, occurrences, appClock);
    var created =
        commands.handle(
            new CommandRequest(
                MODERATOR,
                "Mo",
                Optional.of(CHANNEL),
                "community create \"Maths\"",
                false,
                Optional.empty()));
    community =
        ports.communities().findByChannel(CHANNEL).orElseThrow(() -> new AssertionError(created));
    quartz.start();
  }

  @AfterEach
  void stop() throws Exception {
    quartz.shutdown(true);
  }

  /** A daily ritual whose slot today was 10 s ago, scheduled by a node that was down then. */
  Ritual missedTenSecondsAgo(ZonedDateTime slot) {
    Ritual ritual =
        new Ritual(
            RitualId.random(),
            community.id(),
            1,
            RitualKind.PROMPT,
            new Schedule(
                EnumSet.allOf(DayOfWeek.class), slot.toLocalTime(), ZONE, WINDOW, List.of()),
            Optional.of("What worked this week?"),
            Optional.empty(),
            RitualState.ACTIVE,
            slot.toInstant().minus(Duration.ofDays(1)));
    ports.rituals().save(ritual);
    new QuartzRitualScheduler(quartz, Clock.offset(Clock.systemUTC(), Duration.ofSeconds(-30)))
        .schedule(ritual);
    return ritual;
  }

  static ZonedDateTime tenSecondsAgo() {
    return ZonedDateTime.now(ZONE).minusSeconds(10).truncatedTo(ChronoUnit.SECONDS);
  }

  @Test
  void aLateFireStillPostsWhileTheWindowIsOpenAndClosesOnTime() {
    ZonedDateTime slot = tenSecondsAgo();
    appClock.set(slot.toInstant().plus(Duration.ofMinutes(40)));

    Ritual ritual = missedTenSecondsAgo(slot);

    // The fake's reads don't wait for the firing transaction: wait for its last write, the post.
    await()
        .atMost(PATIENCE)
        .until(
            () ->
                ports
                        .occurrences()
                        .findByRitualAndInstant(ritual.id(), slot.toInstant())
                        .isPresent()
                    && ports.outbox().count(OutboxState.PENDING) == 1);
    Occurrence late =
        ports.occurrences().findByRitualAndInstant(ritual.id(), slot.toInstant()).orElseThrow();
    assertThat(late.closesAt()).isEqualTo(slot.toInstant().plus(WINDOW));
    assertThat(ports.outbox().count(OutboxState.PENDING)).isEqualTo(1);
    assertThat(ports.occurrences().findMissed(community.id(), 10)).isEmpty();

    // The same instant again (a restart re-running the recovered job): still one occurrence.
    assertThat(occurrences.fire(ritual.id(), slot.toInstant())).isEmpty();
    assertThat(ports.outbox().count(OutboxState.PENDING)).isEqualTo(1);
  }

  @Test
  void aFireAfterTheWindowClosedIsSkippedRecordedAndShownInStatus() {
    ZonedDateTime slot = tenSecondsAgo();
    appClock.set(slot.toInstant().plus(WINDOW).plusSeconds(1));

    Ritual ritual = missedTenSecondsAgo(slot);

    await()
        .atMost(PATIENCE)
        .until(() -> !ports.occurrences().findMissed(community.id(), 10).isEmpty());
    assertThat(ports.occurrences().findMissed(community.id(), 10))
        .containsExactly(
            new MissedOccurrence(
                ritual.id(), community.id(), slot.toInstant(), appClock.instant()));
    assertThat(ports.occurrences().findByRitualAndInstant(ritual.id(), slot.toInstant())).isEmpty();
    assertThat(ports.outbox().count(OutboxState.PENDING)).isZero();

    String status =
        commands
            .handle(
                new CommandRequest(
                    MODERATOR, "Mo", Optional.of(CHANNEL), "status", false, Optional.empty()))
            .text();
    assertThat(status)
        .contains("Rounds skipped because Rituals was down until after their window closed")
        .contains("(schedule 1)");
  }
}

package dev.rituals.core.recognition;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.schedule.StepRunner;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The once-a-day recognition run of a community (private invitations, retention), on the
 * scheduler's step hook: a step of type {@link #STEP_TYPE} keyed by the community, which schedules
 * the next day's step when it runs. Rescheduling replaces by key, so there is one chain per
 * community however often it is started.
 */
public final class RecognitionDaily {
  public static final String STEP_TYPE = "recognition-daily";

  /** Mid-morning local time: a friendly hour for a private note, on any continent. */
  static final LocalTime AT = LocalTime.of(10, 0);

  private final RitualScheduler scheduler;
  private final Function<CommunityId, Optional<Community>> communities;
  private final Consumer<Community> daily;
  private final Clock clock;

  RecognitionDaily(
      RitualScheduler scheduler,
      Function<CommunityId, Optional<Community>> communities,
      Consumer<Community> daily,
      Clock clock) {
    this.scheduler = scheduler;
    this.communities = communities;
    this.daily = daily;
    this.clock = clock;
  }

  /** Makes sure the community's daily run is scheduled (at the next 10:00 local time). */
  void ensureScheduled(Community community) {
    ZonedDateTime now = clock.instant().atZone(community.zone());
    ZonedDateTime next = now.with(AT);
    if (!next.isAfter(now)) {
      next = now.plusDays(1).with(AT);
    }
    scheduler.scheduleStep(
        STEP_TYPE + ":" + community.id(), STEP_TYPE, community.id().toString(), next.toInstant());
  }

  /** Runs recognition's steps; hands every other step to {@code others}. */
  public StepRunner runner(StepRunner others) {
    return (type, id, at) -> {
      if (STEP_TYPE.equals(type)) {
        run(CommunityId.parse(id), at);
      } else {
        others.run(type, id, at);
      }
    };
  }

  private void run(CommunityId id, Instant scheduledFor) {
    // A deleted community's chain simply ends.
    communities
        .apply(id)
        .ifPresent(
            c -> {
              daily.accept(c);
              ensureScheduled(c);
            });
  }
}

package dev.rituals.bench.support;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Installation;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.schedule.QuartzRitualScheduler;
import dev.rituals.core.schedule.RitualJobFactory;
import dev.rituals.core.service.Ports;
import dev.rituals.db.Database;
import dev.rituals.db.quartz.QuartzOptions;
import dev.rituals.db.quartz.QuartzSchedulerFactory;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * Fills a Rituals database through the public repositories (the same ports the app's services use),
 * in transactions of a few hundred rows, and stores rituals' Quartz triggers through core's own
 * {@link QuartzRitualScheduler} under the app's scheduler name, so the app fires them.
 */
public final class Seeder {
  /** The app's Quartz scheduler name (RitualsApp: QuartzOptions.standalone("rituals")). */
  public static final String APP_SCHEDULER = "rituals";

  private static final int BATCH = 250;

  private final Ports ports;
  private final Clock clock;

  public Seeder(Ports ports, Clock clock) {
    this.ports = ports;
    this.clock = clock;
  }

  public void installation(TenantRef tenant, String name) {
    ports.installations().save(new Installation(tenant, name, "UBOT", clock.instant(), true));
  }

  /** {@code count} communities, each meeting in the one channel {@code channel.apply(i)}. */
  public List<Community> communities(TenantRef owner, int count, IntFunction<ChannelRef> channel) {
    return communities(count, i -> owner, channel);
  }

  /** As above, each owned by its channel's workspace or tenant. */
  public List<Community> communities(int count, IntFunction<ChannelRef> channel) {
    return communities(count, i -> channel.apply(i).tenant(), channel);
  }

  private List<Community> communities(
      int count, IntFunction<TenantRef> owner, IntFunction<ChannelRef> channel) {
    List<Community> all = new ArrayList<>(count);
    Instant now = clock.instant();
    for (int from = 0; from < count; from += BATCH) {
      int to = Math.min(count, from + BATCH);
      int start = from;
      ports
          .transactions()
          .inTransaction(
              () -> {
                for (int i = start; i < to; i++) {
                  Community c =
                      new Community(
                          CommunityId.random(),
                          owner.apply(i),
                          "Bench CoP " + i,
                          "formative assessment",
                          ZoneOffset.UTC,
                          Set.of(channel.apply(i)),
                          now);
                  ports.communities().save(c);
                  all.add(c);
                }
              });
    }
    return all;
  }

  /** One active weekly prompt ritual per community, with a fixed question. */
  public List<Ritual> rituals(List<Community> communities, Schedule schedule) {
    List<Ritual> all = new ArrayList<>(communities.size());
    Instant now = clock.instant();
    for (int from = 0; from < communities.size(); from += BATCH) {
      List<Community> batch = communities.subList(from, Math.min(communities.size(), from + BATCH));
      ports
          .transactions()
          .inTransaction(
              () -> {
                for (Community c : batch) {
                  Ritual r =
                      new Ritual(
                          RitualId.random(),
                          c.id(),
                          1,
                          RitualKind.PROMPT,
                          schedule,
                          Optional.of("What is one thing you tried in class this week?"),
                          Optional.empty(),
                          RitualState.ACTIVE,
                          now);
                  ports.rituals().save(r);
                  all.add(r);
                }
              });
    }
    return all;
  }

  /**
   * Stores each ritual's cron trigger in the Quartz tables of {@code database}, as the app does
   * when a moderator adds a schedule. The scheduler used here is never started.
   */
  public Duration triggers(Database database, List<Ritual> rituals) throws SchedulerException {
    long start = System.nanoTime();
    Scheduler quartz =
        new QuartzSchedulerFactory(
                database.dataSource(),
                new RitualJobFactory((ritual, at) -> {}, (type, occurrence, at) -> {}),
                QuartzOptions.standalone(APP_SCHEDULER))
            .create();
    try {
      QuartzRitualScheduler scheduler = new QuartzRitualScheduler(quartz, clock);
      rituals.forEach(scheduler::schedule);
    } finally {
      quartz.shutdown(false);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  public static Schedule weeklyAt(java.time.ZonedDateTime at, Duration window) {
    return Schedule.weekly(at.getDayOfWeek(), at.toLocalTime(), at.getZone(), window);
  }
}

package dev.rituals.bench.support;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.TenantRef;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * A fan-out's starting point, written before Rituals starts: {@code n} communities, each meeting in
 * its own channel and owned by that channel's workspace or tenant (each installed), each with a
 * prompt ritual whose Quartz trigger fires at the same minute. The minute is the first whole one
 * far enough ahead for seeding and start-up to finish before it.
 *
 * @param due the minute every occurrence is due
 * @param seedSeconds seeding time, triggers included
 * @param triggerSeconds of which storing the Quartz triggers
 */
public record DueMinute(Instant due, double seedSeconds, double triggerSeconds) {

  public static DueMinute seed(
      Path dataDir, String tenantName, int n, IntFunction<ChannelRef> channel, Clock clock)
      throws Exception {
    long start = System.nanoTime();
    try (Database db = InProcessApp.observer(dataDir)) {
      Seeder seeder = new Seeder(JooqRepositories.of(db).ports(), clock);
      Set<TenantRef> tenants = new LinkedHashSet<>();
      for (int i = 0; i < n; i++) {
        tenants.add(channel.apply(i).tenant());
      }
      tenants.forEach(t -> seeder.installation(t, tenantName));
      List<Community> communities = seeder.communities(n, channel);
      // Communities take ~1-2 ms and triggers ~2-5 ms each on H2; the app then needs a few
      // seconds to start: leave room for all of that before the minute.
      long margin = 25 + n * 6L / 1000;
      ZonedDateTime minute =
          ZonedDateTime.ofInstant(clock.instant(), ZoneOffset.UTC)
              .plusSeconds(margin)
              .truncatedTo(ChronoUnit.MINUTES)
              .plusMinutes(1);
      List<Ritual> rituals =
          seeder.rituals(communities, Seeder.weeklyAt(minute, Duration.ofDays(1)));
      Duration triggers = seeder.triggers(db, rituals);
      return new DueMinute(
          minute.toInstant(), (System.nanoTime() - start) / 1e9, triggers.toMillis() / 1e3);
    }
  }

  public void record(Results results, int n) {
    results.detail("channels", n);
    results.detail("dueAt", due.toString());
    results.detail("seedSeconds", seedSeconds);
    results.detail("triggerSeedSeconds", triggerSeconds);
  }

  /** Seconds from now until the minute; negative when set-up overran it. */
  public long secondsLeft(Clock clock) {
    return Duration.between(clock.instant(), due).toSeconds();
  }

  /** Notes in the results when the triggers could only fire late, then waits for the minute. */
  public void awaitMinute(Results results, Clock clock) {
    long left = secondsLeft(clock);
    System.out.println("   app started; " + left + " s until the minute");
    if (left < 2) {
      results.note(
          "Set-up overran the minute by "
              + -left
              + " s: the triggers fired late (misfire handling), so the timing is not"
              + " a clean fan-out measurement.");
    }
    Waits.until(
        () -> !clock.instant().isBefore(due), Duration.ofMinutes(10), Duration.ofMillis(20));
  }
}

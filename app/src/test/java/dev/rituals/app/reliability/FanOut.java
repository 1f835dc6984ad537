package dev.rituals.app.reliability;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.service.Ports;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A community meeting in many Slack channels, so one occurrence fans out into one prompt per
 * channel; each channel gets exactly one message, so counting per channel counts duplicates.
 */
public record FanOut(Community community, Ritual ritual) {
  public static final TenantRef WORKSPACE = new TenantRef(Platform.SLACK, "TFANOUT");

  public static FanOut seed(Ports ports, int channels, LocalTime slot, Instant now) {
    return seed(ports, "C", channels, slot, now);
  }

  /** Channels named {@code prefix} + a number, so several fan-outs can share the workspace. */
  public static FanOut seed(Ports ports, String prefix, int channels, LocalTime slot, Instant now) {
    Set<ChannelRef> all = new LinkedHashSet<>();
    for (int i = 0; i < channels; i++) {
      all.add(new ChannelRef(WORKSPACE, String.format("%s%06d", prefix, i)));
    }
    Community community =
        new Community(CommunityId.random(), WORKSPACE, "Fan-out", "", ZoneOffset.UTC, all, now);
    Ritual ritual =
        new Ritual(
            RitualId.random(),
            community.id(),
            1,
            RitualKind.PROMPT,
            new Schedule(
                EnumSet.allOf(DayOfWeek.class),
                slot,
                ZoneOffset.UTC,
                Duration.ofHours(6),
                List.of()),
            Optional.of("What worked this week?"),
            Optional.empty(),
            RitualState.ACTIVE,
            now);
    ports
        .transactions()
        .inTransaction(
            () -> {
              ports.communities().save(community);
              ports.rituals().save(ritual);
            });
    return new FanOut(community, ritual);
  }

  /** The same ritual at another time of day (seeding thousands of channels takes a while). */
  public FanOut at(Ports ports, LocalTime slot) {
    Schedule was = ritual.schedule();
    Ritual moved =
        ritual.withSchedule(new Schedule(was.days(), slot, was.zone(), was.window(), was.skips()));
    ports.rituals().save(moved);
    return new FanOut(community, moved);
  }
}

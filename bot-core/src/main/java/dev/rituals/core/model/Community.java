package dev.rituals.core.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One community of practice: a shared concern (domain), a home tenant where it was created, a time
 * zone its rituals keep, the channels it meets in, and its school calendar. A community may meet in
 * several channels, on Slack and on Teams at once.
 */
public record Community(
    CommunityId id,
    TenantRef owner,
    String name,
    String domain,
    ZoneId zone,
    Set<ChannelRef> channels,
    Instant createdAt,
    SchoolCalendar calendar) {
  public static final int MAX_NAME = 80;
  public static final int MAX_DOMAIN = 300;

  public Community {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(owner, "owner");
    name = Ids.requireText(name, "name", MAX_NAME);
    domain =
        domain == null || domain.isBlank() ? "" : Ids.requireText(domain, "domain", MAX_DOMAIN);
    Objects.requireNonNull(zone, "zone");
    channels = Set.copyOf(new LinkedHashSet<>(Objects.requireNonNull(channels, "channels")));
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(calendar, "calendar");
  }

  /** A community with the default school calendar (Mon–Fri, nothing skipped). */
  public Community(
      CommunityId id,
      TenantRef owner,
      String name,
      String domain,
      ZoneId zone,
      Set<ChannelRef> channels,
      Instant createdAt) {
    this(id, owner, name, domain, zone, channels, createdAt, SchoolCalendar.DEFAULT);
  }

  public Community withChannel(ChannelRef channel) {
    Set<ChannelRef> more = new LinkedHashSet<>(channels);
    more.add(channel);
    return new Community(id, owner, name, domain, zone, more, createdAt, calendar);
  }

  public Community withCalendar(SchoolCalendar newCalendar) {
    return new Community(id, owner, name, domain, zone, channels, createdAt, newCalendar);
  }

  public boolean meetsIn(ChannelRef channel) {
    return channels.contains(channel);
  }
}

package dev.rituals.core.model;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One community of practice: a shared concern (domain), a home tenant where it was created, a time
 * zone its rituals keep, and the channels it meets in. A community may meet in several channels, on
 * Slack and on Teams at once.
 */
public record Community(
    CommunityId id,
    TenantRef owner,
    String name,
    String domain,
    ZoneId zone,
    Set<ChannelRef> channels,
    Instant createdAt) {
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
  }

  public Community withChannel(ChannelRef channel) {
    Set<ChannelRef> more = new LinkedHashSet<>(channels);
    more.add(channel);
    return new Community(id, owner, name, domain, zone, more, createdAt);
  }

  public boolean meetsIn(ChannelRef channel) {
    return channels.contains(channel);
  }
}

package dev.rituals.slack;

import com.slack.api.Slack;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
import dev.rituals.slack.install.BotTokens;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Slack knows about a person (name, time zone, whether they administer the workspace), from
 * users.info, remembered for an hour: people rarely change them, and a command must not wait for
 * the Web API every time.
 */
public final class SlackUsers {
  private static final Logger log = LoggerFactory.getLogger(SlackUsers.class);
  private static final Duration KEEP = Duration.ofHours(1);
  private static final int MAX_REMEMBERED = 10_000;

  /** A person as Slack describes them. */
  public record Person(String displayName, Optional<ZoneId> zone, boolean admin) {}

  private record Entry(Person person, Instant until) {}

  private final Slack slack;
  private final BotTokens tokens;
  private final Clock clock;
  private final Map<String, Entry> cache = new ConcurrentHashMap<>();

  public SlackUsers(Slack slack, BotTokens tokens, Clock clock) {
    this.slack = slack;
    this.tokens = tokens;
    this.clock = clock;
  }

  /** From memory only; never calls Slack. */
  public Optional<Person> remembered(String teamId, String userId) {
    Entry entry = cache.get(teamId + ":" + userId);
    return entry != null && entry.until().isAfter(clock.instant())
        ? Optional.of(entry.person())
        : Optional.empty();
  }

  /** From memory, else users.info; empty when Slack cannot say (the caller goes on without). */
  public Optional<Person> find(String teamId, String userId) {
    Optional<Person> known = remembered(teamId, userId);
    if (known.isPresent()) {
      return known;
    }
    Optional<String> token = tokens.forTeam(teamId);
    if (token.isEmpty()) {
      return Optional.empty();
    }
    try {
      UsersInfoResponse response =
          slack.methods(token.get(), teamId).usersInfo(r -> r.user(userId));
      if (!response.isOk() || response.getUser() == null) {
        log.info("users.info failed in team {}: {}", teamId, response.getError());
        return Optional.empty();
      }
      Person person = toPerson(response.getUser());
      if (cache.size() >= MAX_REMEMBERED) {
        cache.clear(); // a cache, not a record: losing it costs one call per person
      }
      cache.put(teamId + ":" + userId, new Entry(person, clock.instant().plus(KEEP)));
      return Optional.of(person);
    } catch (IOException | SlackApiException e) {
      log.info("users.info failed in team {}: {}", teamId, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }

  private static Person toPerson(User user) {
    String name = user.getName();
    if (user.getRealName() != null && !user.getRealName().isBlank()) {
      name = user.getRealName();
    }
    User.Profile profile = user.getProfile();
    if (profile != null
        && profile.getDisplayName() != null
        && !profile.getDisplayName().isBlank()) {
      name = profile.getDisplayName();
    }
    return new Person(name, zone(user.getTz()), user.isAdmin() || user.isOwner());
  }

  private static Optional<ZoneId> zone(String tz) {
    try {
      return tz == null || tz.isBlank() ? Optional.empty() : Optional.of(ZoneId.of(tz));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}

package dev.rituals.core.command;

import dev.rituals.core.command.Command.CommunityInfo;
import dev.rituals.core.command.Command.CommunityJoin;
import dev.rituals.core.command.Command.CommunityLeave;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

/** {@code community create|info|join|leave|week}. */
final class CommunityParser {
  private static final Set<String> CREATE_KEYWORDS = Set.of("domain", "tz", "timezone");

  private CommunityParser() {}

  static Command parse(TokenCursor c) {
    if (!c.hasNext()) {
      return new CommunityInfo(); // "community" alone shows it; harmless and what people expect
    }
    String sub = Topic.COMMUNITY.subcommand(c.next());
    c.usage(Usage.of(Topic.COMMUNITY, sub));
    if (sub.equals("create")) {
      return create(c);
    }
    if (sub.equals("week")) {
      StringBuilder days = new StringBuilder();
      while (c.hasNext()) {
        days.append(c.next().text()).append(' ');
      }
      return new Command.CommunityWeek(
          days.isEmpty() ? Optional.empty() : Optional.of(DaysOfWeek.parse(days.toString())));
    }
    if (sub.equals("link")) {
      Optional<String> code = c.hasNext() ? Optional.of(c.next().text()) : Optional.empty();
      c.expectEnd();
      return new Command.CommunityLink(code);
    }
    c.expectEnd();
    return switch (sub) {
      case "info" -> new CommunityInfo();
      case "join" -> new CommunityJoin();
      default -> new CommunityLeave();
    };
  }

  private static CommunityCreate create(TokenCursor c) {
    QuotedText name = c.text("the community name", CREATE_KEYWORDS);
    Optional<QuotedText> domain = Optional.empty();
    Optional<ZoneId> zone = Optional.empty();
    while (c.hasNext()) {
      Token word = c.next();
      if (word.is("domain") && domain.isEmpty()) {
        domain = Optional.of(c.text("the shared concern", CREATE_KEYWORDS));
      } else if ((word.is("tz") || word.is("timezone")) && zone.isEmpty()) {
        zone = Optional.of(TimeZones.parse(c.require("a time zone").text()));
      } else if (!word.quoted() && zone.isEmpty() && TimeZones.looksLikeZone(word.text())) {
        zone = Optional.of(TimeZones.parse(word.text()));
      } else {
        throw c.unexpected(word, "Give the name once, then domain and tz at most once each.");
      }
    }
    return new CommunityCreate(name, domain, zone);
  }
}

package dev.rituals.teams;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.core.usecase.HomeViewUseCase;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code my stats} in personal chat: the person's communities, streaks and latest answers as a card
 * (from core's home view), or core's participation report when the home view is not wired.
 */
final class MyStats {
  private static final Pattern ASKS = Pattern.compile("(?i)\\s*(my\\s*)?stats\\s*");
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.ENGLISH);
  private static final int RECENT = 3;

  private final Optional<HomeViewUseCase> home;
  private final HandleCommandUseCase commands;

  MyStats(Optional<HomeViewUseCase> home, HandleCommandUseCase commands) {
    this.home = home;
    this.commands = commands;
  }

  static boolean asks(String text) {
    return ASKS.matcher(text).matches();
  }

  Activity reply(UserRef user, String displayName, Optional<ZoneId> zone, boolean tenantAdmin) {
    if (home.isEmpty()) {
      return TeamsText.message(
          commands
              .handle(
                  new CommandRequest(
                      user,
                      displayName,
                      Optional.empty(),
                      "report last-30-days",
                      tenantAdmin,
                      zone))
              .text());
    }
    return Cards.message(card(home.get().homeFor(user, zone), zone), "Your participation");
  }

  static ObjectNode card(HomeView view, Optional<ZoneId> zone) {
    List<ObjectNode> body = new ArrayList<>();
    body.add(Cards.heading("Your participation"));
    if (view.communities().isEmpty()) {
      body.add(
          Cards.text(
              "You are not in a community yet. In your community's channel, type"
                  + " `@Rituals community join`."));
    }
    for (HomeView.CommunityHome community : view.communities()) {
      ObjectNode name =
          Cards.text(community.name() + (community.moderator() ? " (moderator)" : ""));
      name.put("weight", "Bolder");
      name.put("spacing", "Large");
      body.add(name);
      body.add(facts(community, zone.orElse(community.zone())));
      community.recentAnswers().stream()
          .limit(RECENT)
          .map(
              a ->
                  Cards.subtle(
                      WHEN.format(a.answeredAt().atZone(zone.orElse(community.zone())))
                          + ": "
                          + a.question()))
          .forEach(body::add);
    }
    return Cards.card(body, List.of());
  }

  private static ObjectNode facts(HomeView.CommunityHome community, ZoneId zone) {
    ObjectNode set = Cards.object();
    set.put("type", "FactSet");
    ArrayNode facts = set.putArray("facts");
    fact(facts, "Streak", community.streak() + (community.streak() == 1 ? " time" : " times"));
    fact(facts, "Recent answers", Integer.toString(community.recentAnswers().size()));
    community.rituals().stream()
        .flatMap(r -> r.nextAt().stream())
        .min(Comparator.naturalOrder())
        .map(ZonedDateTime::toInstant)
        .ifPresent(next -> fact(facts, "Next ritual", WHEN.format(next.atZone(zone))));
    return set;
  }

  private static void fact(ArrayNode facts, String title, String value) {
    facts.addObject().put("title", title).put("value", value);
  }
}

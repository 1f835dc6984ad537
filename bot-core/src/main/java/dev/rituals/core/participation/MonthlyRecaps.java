package dev.rituals.core.participation;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.port.ReportLinks;
import dev.rituals.core.service.Ports;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The monthly recap: once the month is over in a community's time zone, a short summary of the past
 * month with the weekly participation chart, in each of its channels. Safe to run often and on
 * every node: each recap's outbox key names the community, month and channel, so it goes out once.
 * Totals only, no names: the channel sees how the community is doing, never who is behind.
 */
public final class MonthlyRecaps {
  private final Ports ports;
  private final ParticipationUseCase participation;
  private final ReportLinks links;
  private final Clock clock;

  public MonthlyRecaps(Ports ports, ReportLinks links, Clock clock) {
    this.ports = ports;
    this.participation = new ParticipationService(ports, clock);
    this.links = links;
    this.clock = clock;
  }

  /**
   * Enqueues last month's recap for every community with an active ritual that has not had it.
   *
   * @return how many messages were new
   */
  public int postDue() {
    Instant now = clock.instant();
    Set<CommunityId> active = new LinkedHashSet<>();
    for (Ritual ritual : ports.rituals().findAllActive()) {
      active.add(ritual.communityId());
    }
    int posted = 0;
    for (CommunityId id : active) {
      Optional<Community> community = ports.communities().findById(id);
      if (community.isPresent()) {
        posted +=
            post(
                community.get(),
                YearMonth.from(now.atZone(community.get().zone())).minusMonths(1),
                now);
      }
    }
    return posted;
  }

  int post(Community community, YearMonth month, Instant now) {
    DateRange range = new DateRange(month.atDay(1), month.atEndOfMonth());
    CommunityMetrics m = participation.metrics(community.id(), range);
    if (m.occurrences().isEmpty()) {
      return 0;
    }
    MessageBody body = body(m, month, links.download(community.id(), range, "png"));
    List<OutboxMessage> messages = new ArrayList<>();
    for (ChannelRef channel : community.channels()) {
      messages.add(
          OutboxMessage.pending(
              "monthly-recap:"
                  + community.id()
                  + ":"
                  + month
                  + ":"
                  + channel.tenant().platform()
                  + ":"
                  + channel.tenant().tenantId()
                  + ":"
                  + channel.channelId(),
              Optional.of(community.id()),
              new Destination.Channel(channel),
              body,
              now));
    }
    return ports.transactions().inTransaction(() -> ports.outbox().enqueue(messages));
  }

  static MessageBody body(CommunityMetrics m, YearMonth month, Optional<java.net.URI> chart) {
    String name =
        month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
    String text =
        "*"
            + m.communityName()
            + " in "
            + name
            + "*\n• "
            + m.occurrences().size()
            + (m.occurrences().size() == 1 ? " round, " : " rounds, ")
            + m.totalAnswers()
            + " answers from "
            + m.participants()
            + (m.participants() == 1 ? " person" : " people")
            + "\n• Mean response rate: "
            + Math.round(m.meanResponseRate() * 100)
            + "%"
            + (m.newVoices() > 0
                ? "\n• Welcome to "
                    + m.newVoices()
                    + " new "
                    + (m.newVoices() == 1 ? "voice" : "voices")
                    + "!"
                : "")
            + "\nThank you to everyone who took part.";
    Map<String, String> fields =
        chart
            .map(
                u ->
                    Map.of(
                        "community", m.communityName(),
                        "imageUrl", u.toString(),
                        "imageAlt", "Weekly participation in " + name))
            .orElse(Map.of("community", m.communityName()));
    return new MessageBody(MessageKind.RECAP, text, fields);
  }
}

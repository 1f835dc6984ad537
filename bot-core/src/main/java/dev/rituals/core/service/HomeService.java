package dev.rituals.core.service;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.participation.ParticipationService;
import dev.rituals.core.participation.ParticipationUseCase;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.core.usecase.HomeView.CommunityHome;
import dev.rituals.core.usecase.HomeView.RecentAnswer;
import dev.rituals.core.usecase.HomeView.RitualLine;
import dev.rituals.core.usecase.HomeViewUseCase;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A person's home screen: their communities, what comes next, their streak and answers. */
public final class HomeService implements HomeViewUseCase {
  static final int RECENT_ANSWERS = 5;
  static final Duration HISTORY = Duration.ofDays(366);

  private final Ports ports;
  private final RitualScheduler scheduler;
  static final int PARTICIPATION_DAYS = 30;

  private final Clock clock;
  private final ParticipationUseCase participation;

  public HomeService(Ports ports, RitualScheduler scheduler, Clock clock) {
    this.ports = ports;
    this.scheduler = scheduler;
    this.clock = clock;
    this.participation = new ParticipationService(ports, clock);
  }

  @Override
  public HomeView homeFor(UserRef viewer, Optional<ZoneId> viewerZone) {
    List<CommunityHome> homes = new ArrayList<>();
    for (Member member : ports.members().findByUser(viewer)) {
      ports
          .communities()
          .findById(member.communityId())
          .ifPresent(c -> homes.add(home(c, member, viewerZone.orElse(c.zone()))));
    }
    homes.sort(Comparator.comparing(CommunityHome::name));
    return new HomeView(homes);
  }

  private CommunityHome home(Community community, Member member, ZoneId zone) {
    Instant now = clock.instant();
    List<RitualLine> rituals =
        ports.rituals().findByCommunity(community.id()).stream()
            .filter(r -> !r.isAskNow())
            .map(r -> line(r, zone, now))
            .toList();
    List<Occurrence> newestFirst =
        new ArrayList<>(
            ports.occurrences().findByCommunity(community.id(), now.minus(HISTORY), now));
    newestFirst.sort(Comparator.comparing(Occurrence::opensAt).reversed());
    int streak = 0;
    boolean streakOpen = true;
    List<RecentAnswer> recent = new ArrayList<>();
    for (Occurrence occurrence : newestFirst) {
      List<Answer> mine =
          ports.answers().findByOccurrence(occurrence.id()).stream()
              .filter(a -> a.author().equals(member.user()) && !a.retracted())
              .toList();
      if (streakOpen) {
        if (!mine.isEmpty()) {
          streak++;
        } else if (!occurrence.isOpenAt(now)) {
          // An occurrence still open does not break the streak: there is time to answer.
          streakOpen = false;
        }
      }
      for (Answer answer : mine) {
        if (recent.size() < RECENT_ANSWERS) {
          String question =
              ports.occurrences().findPrompt(answer.promptId()).map(p -> p.text()).orElse("");
          recent.add(new RecentAnswer(question, answer.answeredAt()));
        }
      }
      if (!streakOpen && recent.size() >= RECENT_ANSWERS) {
        break;
      }
    }
    recent.sort(Comparator.comparing(RecentAnswer::answeredAt).reversed());
    return new CommunityHome(
        community.id(),
        community.name(),
        community.zone(),
        member.role().canConfigure(),
        streak,
        rituals,
        recent,
        Optional.of(participation.metrics(community.id(), lastDays(community.zone(), now))));
  }

  private static DateRange lastDays(ZoneId zone, Instant now) {
    LocalDate today = now.atZone(zone).toLocalDate();
    return new DateRange(today.minusDays(PARTICIPATION_DAYS - 1L), today);
  }

  private RitualLine line(Ritual ritual, ZoneId zone, Instant now) {
    Optional<ZonedDateTime> next =
        ritual.isActive()
            ? scheduler.nextFireTimes(ritual, now, 1).stream()
                .findFirst()
                .map(t -> t.withZoneSameInstant(zone))
            : Optional.empty();
    return new RitualLine(ritual.id(), ritual.number(), summary(ritual), !ritual.isActive(), next);
  }

  static String summary(Ritual ritual) {
    String kind =
        switch (ritual.kind()) {
          case PROMPT -> "Weekly prompt";
          case LIVE_CHAT -> "Live chat";
          case SLOW_CHAT -> "Slow chat";
          case PAIRING -> "Pairing round";
        };
    return kind + ", " + ritual.schedule().time() + " " + ritual.schedule().zone().getId();
  }

  @Override
  public CommandReply setPaused(UserRef moderator, RitualId ritualId, boolean paused) {
    Optional<Ritual> ritual = ports.rituals().findById(ritualId).filter(r -> !r.isAskNow());
    if (ritual.isEmpty()) {
      return CommandReply.notFound("That ritual no longer exists.");
    }
    Optional<Member> member = ports.members().find(ritual.get().communityId(), moderator);
    if (member.isEmpty() || !member.get().role().canConfigure()) {
      return CommandReply.denied("Only moderators can pause or resume rituals.");
    }
    Ritual updated = ritual.get().withState(paused ? RitualState.PAUSED : RitualState.ACTIVE);
    ports.transactions().inTransaction(() -> ports.rituals().save(updated));
    scheduler.schedule(updated);
    return CommandReply.ok((paused ? "Paused" : "Resumed") + " ritual #" + updated.number() + ".");
  }
}

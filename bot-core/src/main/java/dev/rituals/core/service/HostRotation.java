package dev.rituals.core.service;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.HostingState;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionBank;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.port.RitualScheduler;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rotating host of a ritual: some days before each occurrence the member whose turn it is
 * (least recently invited, then earliest joined; members who turned direct messages off are passed
 * over) is invited to choose the question. A choice made by the deadline becomes Q1; otherwise the
 * bank's next question is used. Steps are keyed per (ritual, occurrence instant), so repeats do
 * nothing.
 */
public final class HostRotation {
  static final String INVITE = "host-invite";
  static final String DEADLINE = "host-deadline";
  static final int SUGGESTIONS = 3;

  private final Ports ports;
  private final RitualScheduler scheduler;
  private final Clock clock;

  public HostRotation(Ports ports, RitualScheduler scheduler, Clock clock) {
    this.ports = ports;
    this.scheduler = scheduler;
    this.clock = clock;
  }

  /** Schedules the invitation and the deadline for the first occurrence after {@code after}. */
  public Optional<Instant> planNext(Ritual ritual, Instant after) {
    Optional<Duration> lead = ritual.settings().hostRotation();
    if (lead.isEmpty() || !ritual.isActive() || ritual.isAskNow()) {
      return Optional.empty();
    }
    Duration deadlineLead = ritual.settings().hostDeadlineOrDefault().orElseThrow();
    Instant now = clock.instant();
    // A deadline already passed gives the host no time: plan the occurrence after it instead.
    for (ZonedDateTime next : scheduler.nextFireTimes(ritual, after, 2)) {
      Instant deadline = Agenda.localMinus(next, deadlineLead).toInstant();
      if (deadline.isAfter(now)) {
        Instant invite = Agenda.localMinus(next, lead.get()).toInstant();
        String target = ritual.id() + "@" + next.toInstant();
        String suffix = ":" + ritual.id() + ":" + next.toInstant().getEpochSecond();
        scheduler.scheduleStep(INVITE + suffix, INVITE, target, invite.isAfter(now) ? invite : now);
        scheduler.scheduleStep(DEADLINE + suffix, DEADLINE, target, deadline);
        return Optional.of(next.toInstant());
      }
    }
    return Optional.empty();
  }

  /** Runs a host step; false when {@code type} is not one. */
  boolean runStep(String type, String target) {
    if (!INVITE.equals(type) && !DEADLINE.equals(type)) {
      return false;
    }
    int at = target.indexOf('@');
    RitualId ritual = RitualId.parse(target.substring(0, at));
    Instant scheduledFor = Instant.parse(target.substring(at + 1));
    ports
        .transactions()
        .inTransaction(
            () -> INVITE.equals(type) ? invite(ritual, scheduledFor) : miss(ritual, scheduledFor));
    return true;
  }

  /** Invites the next host, unless someone already was. Inside a transaction. */
  Optional<Hosting> invite(RitualId ritualId, Instant scheduledFor) {
    Optional<Ritual> ritual = ports.rituals().findById(ritualId);
    if (ritual.isEmpty() || ritual.get().settings().hostRotation().isEmpty()) {
      return Optional.empty();
    }
    Community community = ports.communities().findById(ritual.get().communityId()).orElseThrow();
    Optional<Member> host = nextHost(community, ritual.get());
    if (host.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Hosting hosting = Hosting.invited(ritual.get(), scheduledFor, host.get().user(), now);
    if (!ports.hostings().insertIfAbsent(hosting)) {
      return Optional.empty();
    }
    Duration deadlineLead = ritual.get().settings().hostDeadlineOrDefault().orElseThrow();
    Instant deadline =
        Agenda.localMinus(scheduledFor.atZone(ritual.get().schedule().zone()), deadlineLead)
            .toInstant();
    ports
        .outbox()
        .enqueue(
            List.of(
                HostMessages.invitation(
                    community,
                    ritual.get(),
                    hosting,
                    host.get(),
                    deadline,
                    suggestions(ritual.get()),
                    now)));
    return Optional.of(hosting);
  }

  /** An invitation still open at its deadline is missed. Inside a transaction. */
  boolean miss(RitualId ritual, Instant scheduledFor) {
    Optional<Hosting> found =
        ports.hostings().find(ritual, scheduledFor).filter(h -> h.state() == HostingState.INVITED);
    if (found.isEmpty()) {
      return false;
    }
    ports.hostings().update(found.get().missed());
    Community community = ports.communities().findById(found.get().communityId()).orElseThrow();
    ports
        .members()
        .find(community.id(), found.get().host())
        .ifPresent(
            m ->
                ports
                    .outbox()
                    .enqueue(
                        List.of(HostMessages.missed(community, found.get(), m, clock.instant()))));
    return true;
  }

  /**
   * Records the invited host's question, if the invitation is still open and its deadline has not
   * passed. Inside a transaction.
   */
  public boolean choose(RitualId ritualId, Instant scheduledFor, String question) {
    Optional<Hosting> hosting =
        ports
            .hostings()
            .find(ritualId, scheduledFor)
            .filter(h -> h.state() == HostingState.INVITED);
    Optional<Ritual> ritual = ports.rituals().findById(ritualId);
    if (hosting.isEmpty() || ritual.isEmpty()) {
      return false;
    }
    Optional<Duration> deadlineLead = ritual.get().settings().hostDeadlineOrDefault();
    if (deadlineLead.isPresent()
        && !clock
            .instant()
            .isBefore(
                Agenda.localMinus(
                        scheduledFor.atZone(ritual.get().schedule().zone()), deadlineLead.get())
                    .toInstant())) {
      return false;
    }
    ports.hostings().update(hosting.get().chosen(question));
    return true;
  }

  /** The host's question for this occurrence, if they chose one. Inside the firing transaction. */
  Optional<String> questionFor(Ritual ritual, Instant scheduledFor) {
    Optional<Hosting> hosting = ports.hostings().find(ritual.id(), scheduledFor);
    if (hosting.isPresent() && hosting.get().state() == HostingState.INVITED) {
      ports.hostings().update(hosting.get().missed()); // fired before the deadline step ran
    }
    return hosting.flatMap(Hosting::question);
  }

  private Optional<Member> nextHost(Community community, Ritual ritual) {
    Map<Object, Instant> lastTurn = new HashMap<>();
    for (Hosting h : ports.hostings().hostings(community.id())) {
      if (h.ritualId().equals(ritual.id())) {
        lastTurn.merge(h.host(), h.scheduledFor(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Set<TenantRef> tenants =
        community.channels().stream()
            .map(ChannelRef::tenant)
            .collect(Collectors.toCollection(HashSet::new));
    tenants.add(community.owner());
    return ports.members().findByCommunity(community.id()).stream()
        .filter(Member::nudgesEnabled)
        .filter(m -> tenants.contains(m.user().tenant()))
        .min(
            Comparator.comparing((Member m) -> lastTurn.getOrDefault(m.user(), Instant.MIN))
                .thenComparing(Member::joinedAt)
                .thenComparing(m -> m.user().userId()));
  }

  /** The bank questions the ritual would use next, to pick from. */
  List<Question> suggestions(Ritual ritual) {
    List<Question> pool = new ArrayList<>(ports.questions().findByCommunity(ritual.communityId()));
    List<Question> picks = new ArrayList<>();
    while (picks.size() < SUGGESTIONS) {
      Optional<Question> next = new QuestionBank(ritual.communityId(), pool).next(ritual.bankTag());
      if (next.isEmpty()) {
        break;
      }
      pool.remove(next.get());
      picks.add(next.get());
    }
    return picks;
  }
}

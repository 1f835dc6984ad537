package dev.rituals.core.participation;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.participation.LegacyRows.Attendance;
import dev.rituals.core.participation.LegacyRows.OccurrenceTurnout;
import dev.rituals.core.participation.LegacyRows.PeerReplies;
import dev.rituals.core.port.ParticipationQueries;
import dev.rituals.core.service.Ports;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/** Computes {@link CommunityMetrics} from the participation aggregates of the storage. */
public final class ParticipationService implements ParticipationUseCase {
  private final Ports ports;
  private final ParticipationQueries queries;
  private final Clock clock;

  public ParticipationService(Ports ports, Clock clock) {
    this.ports = ports;
    this.queries = ports.participation();
    this.clock = clock;
  }

  @Override
  public CommunityMetrics metrics(CommunityId communityId, DateRange range) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Community community =
                  ports
                      .communities()
                      .findById(communityId)
                      .orElseThrow(() -> new NoSuchElementException("no such community"));
              ZoneId zone = community.zone();
              Instant from = range.startIn(zone);
              Instant to = range.endIn(zone);
              List<Member> members = ports.members().findByCommunity(communityId);
              var range2 = queries.participation(communityId, from, to);
              List<Attendance> attendance = new ArrayList<>();
              Map<UserRef, PeerReplies> replies = new HashMap<>();
              for (var part : range2.people()) {
                for (int i = 0; i < part.size(); i++) {
                  var slot = range2.occurrences().get(part.slot(i));
                  if (part.answers(i) > 0) {
                    attendance.add(
                        new Attendance(
                            part.person(),
                            slot.occurrence(),
                            part.answers(i),
                            ParticipationQueries.PersonPart.instantOfMicros(
                                part.lastAnsweredMicros(i))));
                  }
                  if (part.peerReplies(i) > 0) {
                    Instant at =
                        ParticipationQueries.PersonPart.instantOfMicros(part.lastRepliedMicros(i));
                    replies.merge(
                        part.person(),
                        new PeerReplies(part.person(), part.peerReplies(i), at),
                        (x, y) ->
                            new PeerReplies(
                                x.replier(),
                                x.replies() + y.replies(),
                                x.lastRepliedAt().isAfter(y.lastRepliedAt())
                                    ? x.lastRepliedAt()
                                    : y.lastRepliedAt()));
                  }
                }
              }
              Set<UserRef> first = queries.firstAnsweredSince(communityId, from);
              Set<UserRef> newVoices = new HashSet<>();
              attendance.forEach(
                  x -> {
                    if (first.contains(x.member())) {
                      newVoices.add(x.member());
                    }
                  });
              List<OccurrenceTurnout> turnout =
                  turnout(ports.occurrences().findByCommunity(communityId, from, to), attendance);
              List<MemberMetrics> lines =
                  new ParticipationCalculator(turnout, from, clock.instant())
                      .members(members, attendance, List.copyOf(replies.values()), newVoices);
              List<OccurrenceMetrics> occurrences =
                  turnout.stream()
                      .map(
                          o ->
                              new OccurrenceMetrics(
                                  o.occurrence(),
                                  o.ritual(),
                                  o.opensAt(),
                                  o.respondents(),
                                  members.size()))
                      .toList();
              return new CommunityMetrics(
                  communityId,
                  community.name(),
                  zone,
                  range,
                  members.size(),
                  lines,
                  occurrences,
                  weeks(range, zone, occurrences, attendance));
            });
  }

  /**
   * Turnout from the attendance rows (one per person and occurrence) instead of a second pass over
   * the answers: with a million answers that pass is most of a report's time.
   */
  static List<OccurrenceTurnout> turnout(List<Occurrence> occurrences, List<Attendance> rows) {
    Map<OccurrenceId, Integer> respondents = new HashMap<>();
    rows.forEach(a -> respondents.merge(a.occurrence(), 1, Integer::sum));
    return occurrences.stream()
        .map(
            o ->
                new OccurrenceTurnout(
                    o.id(),
                    o.ritualId(),
                    o.opensAt(),
                    o.closesAt(),
                    respondents.getOrDefault(o.id(), 0)))
        .toList();
  }

  /** Answers scanned for links at most: the newest ones, so a huge range stays fast. */
  static final int MAX_LINK_ANSWERS = 5_000;

  @Override
  public List<SharedResource> topResources(CommunityId communityId, DateRange range, int limit) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Community community =
                  ports
                      .communities()
                      .findById(communityId)
                      .orElseThrow(() -> new NoSuchElementException("no such community"));
              Instant from = range.startIn(community.zone());
              Instant to = range.endIn(community.zone());
              return SharedResource.top(
                  queries.answerTextsWithLinks(communityId, from, to, MAX_LINK_ANSWERS), limit);
            });
  }

  /** Every week the range touches, so a quiet week shows as a zero instead of a gap. */
  static List<WeekTrend> weeks(
      DateRange range, ZoneId zone, List<OccurrenceMetrics> occurrences, List<Attendance> rows) {
    Map<OccurrenceId, LocalDate> weekOf = new HashMap<>();
    occurrences.forEach(
        o -> weekOf.put(o.occurrence(), monday(o.opensAt().atZone(zone).toLocalDate())));
    Map<LocalDate, Long> answers = new HashMap<>();
    Map<LocalDate, Set<UserRef>> people = new HashMap<>();
    for (Attendance a : rows) {
      LocalDate week = weekOf.get(a.occurrence());
      if (week != null) {
        answers.merge(week, (long) a.answers(), Long::sum);
        people.computeIfAbsent(week, w -> new HashSet<>()).add(a.member());
      }
    }
    List<WeekTrend> weeks = new ArrayList<>();
    for (LocalDate monday = monday(range.from());
        !monday.isAfter(range.to());
        monday = monday.plusWeeks(1)) {
      LocalDate week = monday;
      List<OccurrenceMetrics> those =
          occurrences.stream().filter(o -> weekOf.get(o.occurrence()).equals(week)).toList();
      weeks.add(
          new WeekTrend(
              week,
              those.size(),
              answers.getOrDefault(week, 0L),
              people.getOrDefault(week, Set.of()).size(),
              those.stream().mapToDouble(OccurrenceMetrics::responseRate).average().orElse(0)));
    }
    return weeks;
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }
}

package dev.rituals.core.participation;

import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries.PersonPart;
import dev.rituals.core.port.ParticipationQueries.RangeParticipation;
import dev.rituals.core.port.ParticipationQueries.Slot;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The metrics of one date range from each person's part in it: pure computation, no ports, so the
 * definitions are tested directly and shared by every storage. A whole-history report hands over
 * hundreds of thousands of entries, so an entry costs a few array reads and writes indexed by its
 * slot: no object per entry, no hashing per entry, and the per-person marks are stamps in arrays
 * reused from one person to the next. Single use: {@link #compute} builds one and runs it.
 */
final class ParticipationCalculator {
  private final List<Slot> slots;
  private final Instant rangeStart;
  // The ritual of each slot as a small number, and whether the occurrence is still open now.
  private final int[] ritualAt;
  private final boolean[] open;
  private final int[] respondents;
  private final WeekGrid weeks;
  // Per-person marks: equal to the person's number when set for that person.
  private final int[] touched;
  private final int[] answered;
  private final int[] ritualMark;
  private int person;

  private ParticipationCalculator(List<Slot> slots, DateRange range, ZoneId zone, Instant now) {
    this.slots = slots;
    this.rangeStart = range.startIn(zone);
    int n = slots.size();
    this.ritualAt = new int[n];
    this.open = new boolean[n];
    Map<RitualId, Integer> ritualNumber = new HashMap<>();
    for (int s = 0; s < n; s++) {
      Slot slot = slots.get(s);
      ritualAt[s] = ritualNumber.computeIfAbsent(slot.ritual(), r -> ritualNumber.size());
      open[s] = slot.closesAt().isAfter(now);
    }
    this.respondents = new int[n];
    this.weeks = new WeekGrid(range, zone, slots);
    this.touched = new int[n];
    this.answered = new int[n];
    this.ritualMark = new int[ritualNumber.size()];
  }

  /** A range's member lines (most answers first), occurrences (oldest first) and weeks. */
  record Computed(
      List<MemberMetrics> members, List<OccurrenceMetrics> occurrences, List<WeekTrend> weeks) {}

  /**
   * @param members the community's members now
   * @param firstAnsweredSince people whose first answer ever came at or after the range's start
   * @param now what decides whether an occurrence is still open
   */
  static Computed compute(
      RangeParticipation participation,
      List<Member> members,
      Set<UserRef> firstAnsweredSince,
      DateRange range,
      ZoneId zone,
      Instant now) {
    return new ParticipationCalculator(participation.occurrences(), range, zone, now)
        .run(participation.people(), members, firstAnsweredSince);
  }

  private Computed run(
      List<PersonPart> people, List<Member> members, Set<UserRef> firstAnsweredSince) {
    Map<UserRef, Member> current = new LinkedHashMap<>();
    members.forEach(m -> current.putIfAbsent(m.user(), m));
    Map<UserRef, MemberMetrics> lines = new HashMap<>();
    for (PersonPart part : people) {
      if (part.size() == 0) {
        continue; // took no part after all: a line only if they are a member, as below
      }
      MemberMetrics line = line(part, current.get(part.person()), firstAnsweredSince);
      if (lines.put(part.person(), line) != null) {
        throw new IllegalArgumentException("two parts for one person: " + part.person());
      }
    }
    for (Member m : current.values()) {
      // Members who took no part: no answer, no reply, nothing to walk.
      lines.computeIfAbsent(
          m.user(), u -> metrics(u, m, 0, 0, 0, 0, new Streaks(0, 0, 0), Long.MIN_VALUE, false));
    }
    List<MemberMetrics> sorted = new ArrayList<>(lines.values());
    sorted.sort(
        Comparator.comparingLong(MemberMetrics::answers)
            .reversed()
            .thenComparing(MemberMetrics::displayName)
            .thenComparing(m -> m.user().userId()));
    List<OccurrenceMetrics> occurrences = new ArrayList<>(slots.size());
    for (int s = 0; s < slots.size(); s++) {
      Slot slot = slots.get(s);
      occurrences.add(
          new OccurrenceMetrics(
              slot.occurrence(), slot.ritual(), slot.opensAt(), respondents[s], members.size()));
    }
    return new Computed(sorted, occurrences, weeks.trends(occurrences));
  }

  /** One person's line; also adds their answers to the occurrences' and weeks' tallies. */
  private MemberMetrics line(PersonPart part, Member member, Set<UserRef> firstAnsweredSince) {
    int me = ++person;
    long answers = 0;
    int attended = 0;
    int rituals = 0;
    long replies = 0;
    long lastMicros = Long.MIN_VALUE;
    for (int i = 0, n = part.size(); i < n; i++) {
      int s = part.slot(i);
      if (s >= touched.length || touched[s] == me) {
        throw new IllegalArgumentException(
            "entry for slot " + s + " of " + part.person() + " is out of range or repeated");
      }
      touched[s] = me;
      int a = part.answers(i);
      if (a > 0) {
        answers += a;
        attended++;
        answered[s] = me;
        respondents[s]++;
        weeks.answered(s, a, me);
        if (ritualMark[ritualAt[s]] != me) {
          ritualMark[ritualAt[s]] = me;
          rituals++;
        }
        lastMicros = Math.max(lastMicros, part.lastAnsweredMicros(i));
      }
      int r = part.peerReplies(i);
      if (r > 0) {
        replies += r;
        lastMicros = Math.max(lastMicros, part.lastRepliedMicros(i));
      }
    }
    // Without answers no ritual is theirs, so nothing counts toward a streak.
    Streaks streaks = attended == 0 ? new Streaks(0, 0, 0) : streaks(me);
    boolean newVoice = attended > 0 && firstAnsweredSince.contains(part.person());
    return metrics(
        part.person(), member, answers, attended, rituals, replies, streaks, lastMicros, newVoice);
  }

  private MemberMetrics metrics(
      UserRef user,
      Member member,
      long answers,
      int attended,
      int rituals,
      long replies,
      Streaks streaks,
      long lastMicros,
      boolean newVoice) {
    Optional<Instant> last =
        lastMicros == Long.MIN_VALUE
            ? Optional.empty()
            : Optional.of(PersonPart.instantOfMicros(lastMicros));
    return new MemberMetrics(
        user,
        member == null ? user.userId() : member.displayName(),
        answers,
        attended,
        rituals,
        replies,
        streaks.current(),
        streaks.longest(),
        last,
        level(attended, streaks.eligible(), replies, member),
        newVoice,
        member != null);
  }

  private record Streaks(int current, int longest, int eligible) {}

  /**
   * Walks the occurrences of the person's rituals (those marked {@code me}), oldest first. An
   * occurrence still open that they have not answered yet neither counts nor breaks a run: there is
   * time left to answer.
   */
  private Streaks streaks(int me) {
    int run = 0;
    int longest = 0;
    int eligible = 0;
    for (int s = 0; s < ritualAt.length; s++) {
      if (ritualMark[ritualAt[s]] != me) {
        continue;
      }
      if (answered[s] == me) {
        run++;
        eligible++;
        longest = Math.max(longest, run);
      } else if (!open[s]) {
        run = 0;
        eligible++;
      }
    }
    return new Streaks(run, longest, eligible);
  }

  private EngagementLevel level(int attended, int eligible, long replies, Member member) {
    if (attended >= 2 && attended * 2 >= eligible) {
      return EngagementLevel.CORE;
    }
    if (attended >= 1) {
      return EngagementLevel.ACTIVE;
    }
    boolean joinedDuring = member != null && !member.joinedAt().isBefore(rangeStart);
    return replies > 0 || joinedDuring ? EngagementLevel.PERIPHERAL : EngagementLevel.DORMANT;
  }
}

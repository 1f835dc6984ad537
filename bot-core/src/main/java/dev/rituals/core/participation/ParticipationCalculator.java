package dev.rituals.core.participation;

import dev.rituals.core.model.Member;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.participation.LegacyRows.Attendance;
import dev.rituals.core.participation.LegacyRows.OccurrenceTurnout;
import dev.rituals.core.participation.LegacyRows.PeerReplies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Per-member metrics from the aggregates of one date range: pure computation, no ports, so the
 * definitions are tested directly and shared by every storage.
 */
final class ParticipationCalculator {
  private final List<OccurrenceTurnout> occurrences;
  private final Instant rangeStart;
  private final Instant now;
  private final Map<OccurrenceId, Integer> position = new HashMap<>();
  // The ritual of each occurrence as a small number, by position: a year's report walks every
  // member through every occurrence, so this is array work instead of hashing ritual ids.
  private final int[] ritualAt;
  private final int ritualCount;

  /**
   * @param occurrences the range's occurrences, oldest first
   */
  ParticipationCalculator(List<OccurrenceTurnout> occurrences, Instant rangeStart, Instant now) {
    this.occurrences = List.copyOf(occurrences);
    this.rangeStart = rangeStart;
    this.now = now;
    this.ritualAt = new int[this.occurrences.size()];
    Map<RitualId, Integer> ritualNumber = new HashMap<>();
    for (int i = 0; i < this.occurrences.size(); i++) {
      OccurrenceTurnout o = this.occurrences.get(i);
      position.put(o.occurrence(), i);
      ritualAt[i] = ritualNumber.computeIfAbsent(o.ritual(), r -> ritualNumber.size());
    }
    this.ritualCount = ritualNumber.size();
  }

  List<MemberMetrics> members(
      List<Member> members,
      List<Attendance> attendance,
      List<PeerReplies> replies,
      Set<UserRef> newVoices) {
    Map<UserRef, List<Attendance>> byMember = new LinkedHashMap<>();
    for (Attendance a : attendance) {
      if (position.containsKey(a.occurrence())) {
        byMember.computeIfAbsent(a.member(), u -> new ArrayList<>()).add(a);
      }
    }
    Map<UserRef, PeerReplies> repliesBy = new HashMap<>();
    replies.forEach(r -> repliesBy.put(r.replier(), r));
    Map<UserRef, Member> current = new LinkedHashMap<>();
    members.forEach(m -> current.putIfAbsent(m.user(), m));
    Set<UserRef> everyone = new HashSet<>(current.keySet());
    everyone.addAll(byMember.keySet());
    everyone.addAll(repliesBy.keySet());
    List<MemberMetrics> lines = new ArrayList<>();
    for (UserRef user : everyone) {
      lines.add(
          line(
              user,
              Optional.ofNullable(current.get(user)),
              byMember.getOrDefault(user, List.of()),
              Optional.ofNullable(repliesBy.get(user)),
              newVoices.contains(user)));
    }
    lines.sort(
        Comparator.comparingLong(MemberMetrics::answers)
            .reversed()
            .thenComparing(MemberMetrics::displayName)
            .thenComparing(m -> m.user().userId()));
    return lines;
  }

  private MemberMetrics line(
      UserRef user,
      Optional<Member> member,
      List<Attendance> attended,
      Optional<PeerReplies> replies,
      boolean newVoice) {
    long answers = 0;
    boolean[] rituals = new boolean[ritualCount];
    int ritualsAnswered = 0;
    boolean[] answered = new boolean[occurrences.size()];
    Optional<Instant> last = replies.map(PeerReplies::lastRepliedAt);
    for (Attendance a : attended) {
      answers += a.answers();
      int at = position.get(a.occurrence());
      answered[at] = true;
      if (!rituals[ritualAt[at]]) {
        rituals[ritualAt[at]] = true;
        ritualsAnswered++;
      }
      if (last.isEmpty() || a.lastAnsweredAt().isAfter(last.get())) {
        last = Optional.of(a.lastAnsweredAt());
      }
    }
    // Without answers no ritual is theirs, so nothing counts toward a streak.
    Streaks streaks = attended.isEmpty() ? new Streaks(0, 0, 0) : streaks(rituals, answered);
    long replyCount = replies.map(PeerReplies::replies).orElse(0L);
    EngagementLevel level =
        level(attended.size(), streaks.eligible(), replyCount, member.map(Member::joinedAt));
    return new MemberMetrics(
        user,
        member.map(Member::displayName).orElse(user.userId()),
        answers,
        attended.size(),
        ritualsAnswered,
        replyCount,
        streaks.current(),
        streaks.longest(),
        last,
        level,
        newVoice,
        member.isPresent());
  }

  private record Streaks(int current, int longest, int eligible) {}

  /**
   * Walks the occurrences of the member's rituals, oldest first. An occurrence still open that they
   * have not answered yet neither counts nor breaks a run: there is time left to answer.
   */
  private Streaks streaks(boolean[] rituals, boolean[] answered) {
    int run = 0;
    int longest = 0;
    int eligible = 0;
    for (int i = 0; i < occurrences.size(); i++) {
      if (!rituals[ritualAt[i]]) {
        continue;
      }
      if (answered[i]) {
        run++;
        eligible++;
        longest = Math.max(longest, run);
      } else if (!occurrences.get(i).closesAt().isAfter(now)) {
        run = 0;
        eligible++;
      }
    }
    return new Streaks(run, longest, eligible);
  }

  private EngagementLevel level(
      int attended, int eligible, long replies, Optional<Instant> joinedAt) {
    if (attended >= 2 && attended * 2 >= eligible) {
      return EngagementLevel.CORE;
    }
    if (attended >= 1) {
      return EngagementLevel.ACTIVE;
    }
    boolean joinedDuring = joinedAt.map(j -> !j.isBefore(rangeStart)).orElse(false);
    return replies > 0 || joinedDuring ? EngagementLevel.PERIPHERAL : EngagementLevel.DORMANT;
  }
}

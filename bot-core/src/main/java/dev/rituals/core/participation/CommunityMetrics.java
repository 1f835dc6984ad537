package dev.rituals.core.participation;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A community's participation over a date range (local dates in {@code zone}).
 *
 * @param memberCount members now
 * @param members one line per member and per past author, most answers first
 * @param occurrences one line per occurrence that opened in the range, oldest first
 * @param weeks one line per week touched by the range, oldest first
 */
public record CommunityMetrics(
    CommunityId community,
    String communityName,
    ZoneId zone,
    DateRange range,
    int memberCount,
    List<MemberMetrics> members,
    List<OccurrenceMetrics> occurrences,
    List<WeekTrend> weeks) {
  public CommunityMetrics {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(communityName, "communityName");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(range, "range");
    members = List.copyOf(members);
    occurrences = List.copyOf(occurrences);
    weeks = List.copyOf(weeks);
  }

  public long totalAnswers() {
    return members.stream().mapToLong(MemberMetrics::answers).sum();
  }

  /** People who answered at least once. */
  public long participants() {
    return members.stream().filter(m -> m.answers() > 0).count();
  }

  public long newVoices() {
    return members.stream().filter(MemberMetrics::newVoice).count();
  }

  /** Current members per engagement level, every level present (0 when nobody). */
  public Map<EngagementLevel, Long> levels() {
    Map<EngagementLevel, Long> counts = new EnumMap<>(EngagementLevel.class);
    for (EngagementLevel level : EngagementLevel.values()) {
      counts.put(level, 0L);
    }
    members.stream()
        .filter(MemberMetrics::member)
        .forEach(m -> counts.merge(m.level(), 1L, Long::sum));
    return counts;
  }

  /** The mean response rate of the range's occurrences; 0 without occurrences. */
  public double meanResponseRate() {
    return occurrences.stream().mapToDouble(OccurrenceMetrics::responseRate).average().orElse(0);
  }
}

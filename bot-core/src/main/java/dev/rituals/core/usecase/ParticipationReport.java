package dev.rituals.core.usecase;

import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Who took part in a community over a date range.
 *
 * @param memberCount members of the community now
 * @param members one line per member who answered, most answers first
 * @param occurrences one line per occurrence that opened in the range, oldest first
 */
public record ParticipationReport(
    String communityName,
    DateRange range,
    int memberCount,
    List<MemberLine> members,
    List<OccurrenceLine> occurrences) {
  public ParticipationReport {
    members = List.copyOf(members);
    occurrences = List.copyOf(occurrences);
  }

  public long totalAnswers() {
    return members.stream().mapToLong(MemberLine::answers).sum();
  }

  /** A member's answers in the range. */
  public record MemberLine(
      UserRef user, String displayName, long answers, Optional<Instant> lastAnsweredAt) {}

  /**
   * An occurrence's turnout: {@code respondents} distinct members answered out of {@code members}.
   */
  public record OccurrenceLine(Instant opensAt, String question, int respondents, int members) {
    public double responseRate() {
      return members == 0 ? 0 : (double) respondents / members;
    }
  }
}

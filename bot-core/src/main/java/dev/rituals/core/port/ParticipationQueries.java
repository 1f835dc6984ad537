package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Aggregates over a community's answers for participation metrics. The database computes them with
 * SQL aggregates so a report never loads a million answers; only retracted answers never count.
 * Every method looks at the occurrences that opened in {@code [from, to)}.
 */
public interface ParticipationQueries {

  /** The occurrences that opened in [from, to), oldest first, with their distinct respondents. */
  List<OccurrenceTurnout> turnout(CommunityId community, Instant from, Instant to);

  /** One row per (author, occurrence) for the occurrences that opened in [from, to). */
  List<Attendance> attendance(CommunityId community, Instant from, Instant to);

  /**
   * Per replier: replies in the threads of someone else's answers, to occurrences that opened in
   * [from, to). Replies to one's own answers are not "to peers".
   */
  List<PeerReplies> repliesToPeers(CommunityId community, Instant from, Instant to);

  /**
   * Authors of answers to occurrences that opened in [from, to) who had never answered in this
   * community before {@code from}.
   */
  Set<UserRef> newVoices(CommunityId community, Instant from, Instant to);

  /** An occurrence and how many distinct members answered it. */
  record OccurrenceTurnout(
      OccurrenceId occurrence,
      RitualId ritual,
      Instant opensAt,
      Instant closesAt,
      int respondents) {
    public OccurrenceTurnout {
      Objects.requireNonNull(occurrence, "occurrence");
      Objects.requireNonNull(ritual, "ritual");
      Objects.requireNonNull(opensAt, "opensAt");
      Objects.requireNonNull(closesAt, "closesAt");
    }
  }

  /** A member took part in an occurrence with {@code answers} answers, the last at that time. */
  record Attendance(UserRef member, OccurrenceId occurrence, int answers, Instant lastAnsweredAt) {
    public Attendance {
      Objects.requireNonNull(member, "member");
      Objects.requireNonNull(occurrence, "occurrence");
      Objects.requireNonNull(lastAnsweredAt, "lastAnsweredAt");
    }
  }

  /** How often a member replied to peers, the last time at {@code lastRepliedAt}. */
  record PeerReplies(UserRef replier, long replies, Instant lastRepliedAt) {
    public PeerReplies {
      Objects.requireNonNull(replier, "replier");
      Objects.requireNonNull(lastRepliedAt, "lastRepliedAt");
    }
  }
}

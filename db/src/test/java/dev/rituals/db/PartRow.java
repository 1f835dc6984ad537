package dev.rituals.db;

import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.ParticipationQueries.PersonPart;
import dev.rituals.core.port.ParticipationQueries.RangeParticipation;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/**
 * One person's part in one occurrence, the shape tests compare: a {@link RangeParticipation}
 * flattened, or the same facts computed from the answer rows ({@link AnswerScanParticipation}).
 * Times are null when their count is zero.
 */
record PartRow(
    UserRef person,
    OccurrenceId occurrence,
    int answers,
    Instant lastAnsweredAt,
    int peerReplies,
    Instant lastRepliedAt) {

  static Set<PartRow> of(RangeParticipation range) {
    Set<PartRow> rows = new HashSet<>();
    for (PersonPart part : range.people()) {
      for (int i = 0; i < part.size(); i++) {
        PartRow row =
            new PartRow(
                part.person(),
                range.occurrences().get(part.slot(i)).occurrence(),
                part.answers(i),
                part.answers(i) == 0
                    ? null
                    : PersonPart.instantOfMicros(part.lastAnsweredMicros(i)),
                part.peerReplies(i),
                part.peerReplies(i) == 0
                    ? null
                    : PersonPart.instantOfMicros(part.lastRepliedMicros(i)));
        if (!rows.add(row)) {
          throw new AssertionError("two entries for one person and occurrence: " + row);
        }
      }
    }
    return rows;
  }
}

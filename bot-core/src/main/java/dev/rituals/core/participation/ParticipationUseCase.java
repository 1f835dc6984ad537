package dev.rituals.core.participation;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;

/** Participation metrics of a community over local dates in its time zone. */
public interface ParticipationUseCase {
  /**
   * @throws java.util.NoSuchElementException if there is no such community
   */
  CommunityMetrics metrics(CommunityId community, DateRange range);
}

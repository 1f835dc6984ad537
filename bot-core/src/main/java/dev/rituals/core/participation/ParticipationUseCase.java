package dev.rituals.core.participation;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import java.util.List;

/** Participation metrics of a community over local dates in its time zone. */
public interface ParticipationUseCase {
  /**
   * @throws java.util.NoSuchElementException if there is no such community
   */
  CommunityMetrics metrics(CommunityId community, DateRange range);

  /** The links shared most often in answers over these dates, most shared first. */
  List<SharedResource> topResources(CommunityId community, DateRange range, int limit);
}

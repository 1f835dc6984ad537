package dev.rituals.core.usecase;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;

/** Participation reports. Dates are local dates in the community's time zone. */
public interface ReportUseCase {
  ParticipationReport report(CommunityId community, DateRange range);
}

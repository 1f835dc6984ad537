package dev.rituals.core.participation;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.port.ParticipationQueries;
import dev.rituals.core.service.Ports;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Computes {@link CommunityMetrics} from each person's part in a range, as storage hands it over.
 */
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
              ParticipationCalculator.Computed computed =
                  ParticipationCalculator.compute(
                      queries.participation(communityId, from, to),
                      members,
                      queries.firstAnsweredSince(communityId, from),
                      range,
                      zone,
                      clock.instant());
              return new CommunityMetrics(
                  communityId,
                  community.name(),
                  zone,
                  range,
                  members.size(),
                  computed.members(),
                  computed.occurrences(),
                  computed.weeks());
            });
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
}

package dev.rituals.core.service;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionBank;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Whose turn it is to host a ritual, and the bank questions they may pick from. */
final class HostTurns {
  static final int SUGGESTIONS = 3;

  private final Ports ports;

  HostTurns(Ports ports) {
    this.ports = ports;
  }

  /**
   * The member invited least recently to host this ritual (never first), then the earliest to join;
   * members who turned nudges off and members of other workspaces are passed over.
   */
  Optional<Member> nextHost(Community community, Ritual ritual) {
    Map<UserRef, Instant> lastTurn = new HashMap<>();
    for (Hosting h : ports.hostings().hostings(community.id())) {
      if (h.ritualId().equals(ritual.id())) {
        lastTurn.merge(h.host(), h.scheduledFor(), (a, b) -> a.isAfter(b) ? a : b);
      }
    }
    Set<TenantRef> tenants =
        community.channels().stream()
            .map(ChannelRef::tenant)
            .collect(Collectors.toCollection(HashSet::new));
    tenants.add(community.owner());
    return ports.members().findByCommunity(community.id()).stream()
        .filter(Member::nudgesEnabled)
        .filter(m -> tenants.contains(m.user().tenant()))
        .min(
            Comparator.comparing((Member m) -> lastTurn.getOrDefault(m.user(), Instant.MIN))
                .thenComparing(Member::joinedAt)
                .thenComparing(m -> m.user().userId()));
  }

  /** The bank questions the ritual would use next, to pick from. */
  List<Question> suggestions(Ritual ritual) {
    List<Question> pool = new ArrayList<>(ports.questions().findByCommunity(ritual.communityId()));
    List<Question> picks = new ArrayList<>();
    while (picks.size() < SUGGESTIONS) {
      Optional<Question> next = new QuestionBank(ritual.communityId(), pool).next(ritual.bankTag());
      if (next.isEmpty()) {
        break;
      }
      pool.remove(next.get());
      picks.add(next.get());
    }
    return picks;
  }
}

package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Rotating-host invitations and who hosted what (evidence for recognition). */
public interface HostingRepository {
  /**
   * Stores the invitation unless one exists for the same ritual and occurrence instant.
   *
   * @return true if stored, false if it already existed (a repeated invite step)
   */
  boolean insertIfAbsent(Hosting hosting);

  /** Replaces the state and question of the hosting for the same ritual and instant. */
  void update(Hosting hosting);

  Optional<Hosting> find(RitualId ritual, Instant scheduledFor);

  /** The most recent invitation of the ritual, whoever got it. */
  Optional<Hosting> latest(RitualId ritual);

  /** The member's invitations still waiting for a question, soonest occurrence first. */
  List<Hosting> findInvited(UserRef host);

  /** Every hosting of the community, oldest occurrence first. */
  List<Hosting> hostings(CommunityId community);
}

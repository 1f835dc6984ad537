package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import java.time.Instant;

/**
 * Keeps dashboard links and Teams dashboard tabs revocable: each carries its community's dashboard
 * generation, and one of an older generation no longer opens. A moderator resets the generation
 * ({@code dashboard reset}) when a link may have leaked or someone who had one should no longer see
 * the dashboard.
 */
public interface DashboardTabs {

  /** The community's current dashboard generation: 0 until the first reset. */
  int generation(CommunityId community);

  /** Moves the community's generation on, so every link and tab made before stops opening. */
  int reset(CommunityId community, Instant at);
}

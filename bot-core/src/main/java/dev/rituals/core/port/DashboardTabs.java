package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import java.time.Instant;

/**
 * Keeps dashboard tabs revocable: a tab's link carries its community's tab generation, and a link
 * of an older generation no longer opens. A moderator resets the generation when a tab link may
 * have leaked (or someone who had one should no longer see the dashboard).
 */
public interface DashboardTabs {

  /** The community's current tab generation: 0 until the first reset. */
  int generation(CommunityId community);

  /** Moves the community's generation on, so every tab link made before stops opening. */
  int reset(CommunityId community, Instant at);
}

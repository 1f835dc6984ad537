package dev.rituals.core.service.commands;

import dev.rituals.core.model.Community;
import dev.rituals.core.port.DashboardTabs;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.util.Optional;

/**
 * {@code dashboard reset} (moderators): moves the community's dashboard generation on, so every
 * {@code report dashboard} link and Teams dashboard tab given out before stops opening.
 */
final class DashboardCommands {
  private final Optional<DashboardTabs> tabs;
  private final Clock clock;

  DashboardCommands(Optional<DashboardTabs> tabs, Clock clock) {
    this.tabs = tabs;
    this.clock = clock;
  }

  CommandReply reset(Community community, CommandContext ctx) {
    if (tabs.isEmpty()) {
      return CommandReply.notFound(
          "Dashboard links can't be reset here: this Rituals serves no dashboard.");
    }
    tabs.get().reset(community.id(), clock.instant());
    return CommandReply.ok(
        "Done: every dashboard link and Teams dashboard tab of *"
            + community.name()
            + "* given out so far no longer opens. For a new link: `"
            + ctx.prefix()
            + "report dashboard`; for a tab, paste it in the tab's Settings.");
  }
}

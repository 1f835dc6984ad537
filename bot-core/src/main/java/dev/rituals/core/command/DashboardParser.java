package dev.rituals.core.command;

/**
 * {@code dashboard reset}: the one dashboard command besides {@code report dashboard}; nothing may
 * follow, so "dashboard reset everything" gets the usage instead of a guess.
 */
final class DashboardParser {
  private DashboardParser() {}

  static Command.DashboardReset parse(TokenCursor c) {
    c.usage(Usage.DASHBOARD_RESET);
    Topic.DASHBOARD.subcommand(c.require("reset"));
    c.expectEnd();
    return new Command.DashboardReset();
  }
}

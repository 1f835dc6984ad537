package dev.rituals.app.cli;

import dev.rituals.app.AppConfig;

/** What the bot prints when it is up: where it listens, and how to connect each platform. */
final class StartupBanner {
  private StartupBanner() {}

  static String text(AppConfig config, int port) {
    StringBuilder text = new StringBuilder();
    text.append("Rituals is running on http://localhost:").append(port).append('\n');
    text.append("  health:   http://localhost:").append(port).append("/healthz\n");
    text.append("  database: ")
        .append(
            config.databaseUrl().isPresent()
                ? "PostgreSQL (DATABASE_URL)"
                : "H2 file in " + config.dataDir().toAbsolutePath().normalize())
        .append('\n');
    if (config.slack().isEmpty()) {
      text.append(
          "  Slack:    not connected. Create an app from slack-adapter/manifest.yml, then set\n"
              + "            SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (HTTP, events at /slack/events)\n"
              + "            or also SLACK_APP_TOKEN (Socket Mode, no public URL needed).\n");
    } else {
      AppConfig.SlackSettings slack = config.slack().get();
      text.append("  Slack:    ")
          .append(slack.appToken().isPresent() ? "Socket Mode" : "HTTP at /slack/events")
          .append(slack.clientId().isPresent() ? ", installs at /slack/install" : "")
          .append('\n');
    }
    boolean teamsAuth = config.teams().map(AppConfig.TeamsSettings::authEnabled).orElse(false);
    text.append("  Teams:    /api/messages ")
        .append(
            teamsAuth
                ? "(tokens verified for MicrosoftAppId)\n"
                : "in local mode (no MicrosoftAppId). Try it with:\n"
                    + "            npx @microsoft/m365agentsplayground -e http://localhost:"
                    + port
                    + "/api/messages -c msteams\n");
    text.append("Stop with Ctrl-C.");
    return text.toString();
  }
}

package dev.rituals.slack.install;

import java.util.Optional;

/** Finds the bot token to use for a workspace, outside of a request (outbox, background work). */
@FunctionalInterface
public interface BotTokens {
  Optional<String> forTeam(String teamId);

  /** One workspace, one token ({@code SLACK_BOT_TOKEN}). */
  static BotTokens single(String token) {
    return teamId -> Optional.of(token);
  }
}

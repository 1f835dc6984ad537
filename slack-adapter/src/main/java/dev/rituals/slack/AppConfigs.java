package dev.rituals.slack;

import com.slack.api.Slack;
import com.slack.api.bolt.AppConfig;

/**
 * Bolt's configuration from our settings. Every value is set explicitly: AppConfig's defaults read
 * SLACK_* environment variables on their own, which would bypass {@link SlackSettings}' checks.
 */
final class AppConfigs {
  private AppConfigs() {}

  static AppConfig of(SlackSettings settings, Slack slack) {
    return AppConfig.builder()
        .slack(slack)
        .signingSecret(settings.signingSecret().orElse(null))
        .singleTeamBotToken(settings.oauth() ? null : settings.botToken().orElse(null))
        .verificationToken(null)
        .clientId(settings.clientId().orElse(null))
        .clientSecret(settings.clientSecret().orElse(null))
        .scope(String.join(",", settings.scopes()))
        .userScope(null)
        .redirectUri(settings.redirectUri().orElse(null))
        .oauthInstallPath(SlackModule.INSTALL_PATH)
        .oauthStartPath(SlackModule.INSTALL_PATH)
        .oauthRedirectUriPath(SlackModule.REDIRECT_PATH)
        .oauthCallbackPath(SlackModule.REDIRECT_PATH)
        .oauthCompletionUrl(null)
        .oauthCancellationUrl(null)
        // one auth.test per workspace every 10 minutes, not one per request
        .authTestCacheEnabled(true)
        // events we have no listener for (bot messages, joins...) are acknowledged, not retried
        .allEventsApiAutoAckEnabled(true)
        .build();
  }
}

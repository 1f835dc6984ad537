package dev.rituals.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SlackSettingsTest {
  @Test
  void singleWorkspaceOverHttpNeedsABotTokenAndTheSigningSecret() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_SIGNING_SECRET", "s3cret"));

    assertThat(settings.oauth()).isFalse();
    assertThat(settings.socketMode()).isFalse();
    assertThat(settings.apiUrl()).isEqualTo("https://slack.com/api/");
    assertThat(settings.scopes()).isEqualTo(SlackSettings.DEFAULT_SCOPES);
  }

  @Test
  void apiUrlGetsItsTrailingSlash() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1",
                "SLACK_SIGNING_SECRET", "s",
                "SLACK_API_URL", "http://127.0.0.1:9999/api"));

    assertThat(settings.apiUrl()).isEqualTo("http://127.0.0.1:9999/api/");
  }

  @Test
  void socketModeNeedsNoSigningSecret() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of("SLACK_BOT_TOKEN", "xoxb-1", "SLACK_APP_TOKEN", "xapp-1"));

    assertThat(settings.socketMode()).isTrue();
  }

  @Test
  void everyProblemIsNamedAtOnce() {
    assertThatThrownBy(
            () ->
                SlackSettings.fromEnvironment(
                    Map.of("SLACK_CLIENT_ID", "123.456", "SLACK_APP_TOKEN", "xoxb-wrong-kind")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SLACK_CLIENT_SECRET")
        .hasMessageContaining("SLACK_APP_TOKEN must be an app-level token");
  }

  @Test
  void botTokenMustBeABotToken() {
    assertThatThrownBy(
            () ->
                SlackSettings.fromEnvironment(
                    Map.of("SLACK_BOT_TOKEN", "xoxp-user-token", "SLACK_SIGNING_SECRET", "s")))
        .hasMessageContaining("xoxb-");
  }

  @Test
  void printingSettingsNeverShowsSecrets() {
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of("SLACK_BOT_TOKEN", "xoxb-very-secret", "SLACK_SIGNING_SECRET", "also-secret"));

    assertThat(settings.toString()).doesNotContain("very-secret", "also-secret");
  }
}

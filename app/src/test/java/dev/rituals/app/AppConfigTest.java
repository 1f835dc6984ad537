package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AppConfigTest {
  @Test
  void noVariablesAtAllGivesTheEmbeddedDefault() {
    AppConfig config = AppConfig.from(Map.of());
    assertThat(config.port()).isEqualTo(3978);
    assertThat(config.dataDir().toString()).isEqualTo("./data");
    assertThat(config.databaseUrl()).isEmpty();
    assertThat(config.slack()).isEmpty();
    assertThat(config.teams()).hasValueSatisfying(t -> assertThat(t.authEnabled()).isFalse());
    assertThat(config.clustered()).isFalse();
  }

  @Test
  void slackSingleWorkspaceAndTeamsCredentialsAreRead() {
    AppConfig config =
        AppConfig.from(
            Map.of(
                "SLACK_BOT_TOKEN", "xoxb-1-2-abc",
                "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5",
                "SLACK_API_URL", "http://127.0.0.1:9999/api",
                "MicrosoftAppId", "11111111-2222-3333-4444-555555555555",
                "MicrosoftAppPassword", "s3cret~value",
                "PORT", "8080"));
    assertThat(config.port()).isEqualTo(8080);
    assertThat(config.slack())
        .hasValueSatisfying(
            s -> {
              assertThat(s.botToken()).contains("xoxb-1-2-abc");
              assertThat(s.apiUrl().toString()).isEqualTo("http://127.0.0.1:9999/api/");
              assertThat(s.toString()).doesNotContain("xoxb-1-2-abc");
            });
    assertThat(config.teams()).hasValueSatisfying(t -> assertThat(t.authEnabled()).isTrue());
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "PORT|0|PORT must be a port number from 1 to 65535",
        "PORT|seventy|PORT must be a port number",
        "PORT|70000|PORT must be a port number",
        "DATABASE_URL|mysql://localhost/x|DATABASE_URL must be a PostgreSQL URL",
        "SLACK_BOT_TOKEN|xoxp-user-token|SLACK_BOT_TOKEN must be a bot token starting with xoxb-",
        "SLACK_APP_TOKEN|xoxb-wrong|SLACK_APP_TOKEN must be an app-level token",
        "SLACK_API_URL|ftp://x|SLACK_API_URL must be an http(s) URL",
        "MicrosoftAppId|not-a-guid|MicrosoftAppId must be the bot's application (client) id",
        "MicrosoftAppTenantId|x|MicrosoftAppTenantId must be a GUID",
        "RITUALS_CLUSTERED|maybe|RITUALS_CLUSTERED must be true or false",
        "RITUALS_PUBLIC_URL|not a url|RITUALS_PUBLIC_URL must be an http(s) URL",
      })
  void eachWrongValueIsNamedWithWhatWouldBeRight(String name, String value, String expected) {
    assertThatThrownBy(() -> AppConfig.from(Map.of(name, value)))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e -> assertThat(((ConfigException) e).problems()).anyMatch(p -> p.contains(expected)));
  }

  @Test
  void slackWithoutSigningSecretOrTeamsHalfCredentialsAreAllReportedTogether() {
    assertThatThrownBy(
            () ->
                AppConfig.from(
                    Map.of(
                        "SLACK_BOT_TOKEN", "xoxb-1",
                        "MicrosoftAppId", "11111111-2222-3333-4444-555555555555")))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .hasSize(2)
                    .anyMatch(p -> p.contains("SLACK_SIGNING_SECRET is required"))
                    .anyMatch(
                        p -> p.contains("MicrosoftAppId and MicrosoftAppPassword go together")));
  }

  @Test
  void socketModeNeedsNoSigningSecretAndMountsNoHttpEndpoint() {
    AppConfig config =
        AppConfig.from(
            Map.of("SLACK_BOT_TOKEN", "xoxb-1-2-abc", "SLACK_APP_TOKEN", "xapp-1-A-1-x"));
    assertThat(config.slack())
        .hasValueSatisfying(
            s -> {
              assertThat(s.appToken()).hasValue("xapp-1-A-1-x");
              assertThat(s.httpEndpoint()).isFalse();
            });
  }

  @Test
  void oauthReadsTheRedirectUriAndStillNeedsTheSigningSecret() {
    AppConfig config =
        AppConfig.from(
            Map.of(
                "SLACK_CLIENT_ID", "123.456",
                "SLACK_CLIENT_SECRET", "s3cr3t",
                "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5",
                "SLACK_REDIRECT_URI", "https://rituals.example.org/slack/oauth_redirect",
                "RITUALS_SECRET_KEY", SECRET_KEY));
    assertThat(config.slack().orElseThrow().redirectUri())
        .hasValueSatisfying(u -> assertThat(u.getHost()).isEqualTo("rituals.example.org"));
    assertThatThrownBy(
            () ->
                AppConfig.from(
                    Map.of(
                        "SLACK_CLIENT_ID", "123.456",
                        "SLACK_CLIENT_SECRET", "s3cr3t",
                        "SLACK_APP_TOKEN", "xapp-1-A-1-x",
                        "SLACK_REDIRECT_URI", "not a url")))
        .isInstanceOf(ConfigException.class)
        .satisfies(
            e ->
                assertThat(((ConfigException) e).problems())
                    .anyMatch(p -> p.contains("OAuth installs (SLACK_CLIENT_ID)"))
                    .anyMatch(p -> p.contains("SLACK_REDIRECT_URI")));
  }

  static final String SECRET_KEY = java.util.Base64.getEncoder().encodeToString(new byte[32]);

  @Test
  void oauthInstallsNeedASecretKeyForTheTokensTheyStoreAndABadKeyIsNamedNotShown() {
    Map<String, String> oauth =
        Map.of(
            "SLACK_CLIENT_ID", "123.456",
            "SLACK_CLIENT_SECRET", "s3cr3t",
            "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5");
    assertThatThrownBy(() -> AppConfig.from(oauth))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("RITUALS_SECRET_KEY")
        .hasMessageContaining("openssl rand -base64 32");

    Map<String, String> badKey = new java.util.HashMap<>(oauth);
    badKey.put("RITUALS_SECRET_KEY", "c2hvcnQ=");
    assertThatThrownBy(() -> AppConfig.from(badKey))
        .hasMessageContaining("RITUALS_SECRET_KEY must be 32 bytes")
        .hasMessageNotContaining("c2hvcnQ=");

    Map<String, String> withKey = new java.util.HashMap<>(oauth);
    withKey.put("RITUALS_SECRET_KEY", SECRET_KEY);
    AppConfig config = AppConfig.from(withKey);
    assertThat(config.secretKeys()).isPresent();
    assertThat(config.toString()).doesNotContain(SECRET_KEY).doesNotContain("s3cr3t");
  }

  @Test
  void theConfigurationsTextShowsNoPasswordOrToken() {
    AppConfig config =
        AppConfig.from(
            Map.of(
                "DATABASE_URL", "postgres://rituals:db-pass-123@localhost:5432/rituals",
                "DATABASE_PASSWORD", "db-pass-123",
                "SLACK_BOT_TOKEN", "xoxb-1-2-abc",
                "SLACK_SIGNING_SECRET", "8f742231b10e8888abcd99yyyzzz85a5",
                "MicrosoftAppId", "00000000-0000-0000-0000-000000000001",
                "MicrosoftAppPassword", "ms-password-456"));
    assertThat(config.toString())
        .doesNotContain("db-pass-123", "xoxb-1-2-abc", "8f742231", "ms-password-456");
  }

  @Test
  void secretsAreNeverEchoedInProblems() {
    assertThatThrownBy(() -> AppConfig.from(Map.of("SLACK_BOT_TOKEN", "xoxp-secret-value-123")))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-value-123"));
  }
}

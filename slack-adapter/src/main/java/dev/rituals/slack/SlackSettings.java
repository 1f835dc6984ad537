package dev.rituals.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the Slack adapter needs to know at start-up, from environment variables with the Slack
 * SDK's own names. Three ways to run: one workspace with {@code SLACK_BOT_TOKEN}; many workspaces
 * with OAuth ({@code SLACK_CLIENT_ID} + {@code SLACK_CLIENT_SECRET}); either of them over Socket
 * Mode when {@code SLACK_APP_TOKEN} is set (then no public URL and no signing secret are needed).
 *
 * @param apiUrl base URL of the Slack Web API, ending in "/" (tests point it at a fake)
 * @param scopes bot scopes requested by OAuth installs
 * @param redirectUri the OAuth redirect URL registered with Slack, when it must be explicit
 */
public record SlackSettings(
    Optional<String> signingSecret,
    Optional<String> botToken,
    Optional<String> appToken,
    Optional<String> clientId,
    Optional<String> clientSecret,
    List<String> scopes,
    String apiUrl,
    Optional<String> redirectUri) {

  public static final String DEFAULT_API_URL = "https://slack.com/api/";

  /** Exactly the bot scopes the adapter uses; manifest.yml lists the same. */
  public static final List<String> DEFAULT_SCOPES =
      List.of(
          "channels:history",
          "channels:read",
          "chat:write",
          "commands",
          "groups:history",
          "groups:read",
          "im:history",
          "im:write",
          "users:read");

  public SlackSettings {
    Objects.requireNonNull(signingSecret, "signingSecret");
    Objects.requireNonNull(botToken, "botToken");
    Objects.requireNonNull(appToken, "appToken");
    Objects.requireNonNull(clientId, "clientId");
    Objects.requireNonNull(clientSecret, "clientSecret");
    scopes = List.copyOf(scopes);
    Objects.requireNonNull(redirectUri, "redirectUri");
    apiUrl = apiUrl == null || apiUrl.isBlank() ? DEFAULT_API_URL : apiUrl.strip();
    apiUrl = apiUrl.endsWith("/") ? apiUrl : apiUrl + "/";
    List<String> problems = problems(signingSecret, botToken, appToken, clientId, clientSecret);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException("Slack settings: " + String.join("; ", problems));
    }
  }

  /** Reads SLACK_* variables; blank values count as unset. */
  public static SlackSettings fromEnvironment(Map<String, String> env) {
    Optional<String> scopes = value(env, "SLACK_SCOPES");
    return new SlackSettings(
        value(env, "SLACK_SIGNING_SECRET"),
        value(env, "SLACK_BOT_TOKEN"),
        value(env, "SLACK_APP_TOKEN"),
        value(env, "SLACK_CLIENT_ID"),
        value(env, "SLACK_CLIENT_SECRET"),
        scopes.map(s -> List.of(s.split("\\s*,\\s*"))).orElse(DEFAULT_SCOPES),
        value(env, "SLACK_API_URL").orElse(DEFAULT_API_URL),
        value(env, "SLACK_REDIRECT_URI"));
  }

  /** Whether Slack is configured at all (the app may run Teams only). */
  public static boolean isConfigured(Map<String, String> env) {
    return value(env, "SLACK_BOT_TOKEN").isPresent() || value(env, "SLACK_CLIENT_ID").isPresent();
  }

  public boolean oauth() {
    return clientId.isPresent();
  }

  public boolean socketMode() {
    return appToken.isPresent();
  }

  private static List<String> problems(
      Optional<String> signingSecret,
      Optional<String> botToken,
      Optional<String> appToken,
      Optional<String> clientId,
      Optional<String> clientSecret) {
    List<String> problems = new ArrayList<>();
    if (clientId.isPresent() != clientSecret.isPresent()) {
      problems.add("set both SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for OAuth installs");
    }
    if (botToken.isEmpty() && clientId.isEmpty()) {
      problems.add("set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID/SECRET (OAuth)");
    }
    if (botToken.isPresent() && clientId.isPresent()) {
      problems.add("SLACK_BOT_TOKEN and SLACK_CLIENT_ID exclude each other: pick one install mode");
    }
    if (botToken.isPresent() && !botToken.get().startsWith("xoxb-")) {
      problems.add("SLACK_BOT_TOKEN must be a bot token (xoxb-...)");
    }
    if (appToken.isPresent() && !appToken.get().startsWith("xapp-")) {
      problems.add("SLACK_APP_TOKEN must be an app-level token (xapp-...)");
    }
    if (appToken.isEmpty() && signingSecret.isEmpty()) {
      problems.add("set SLACK_SIGNING_SECRET for the HTTP endpoint, or SLACK_APP_TOKEN");
    }
    return problems;
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  /** Never prints secrets. */
  @Override
  public String toString() {
    return "SlackSettings[mode="
        + (oauth() ? "oauth" : "single-workspace")
        + (socketMode() ? "+socket" : "+http")
        + ", apiUrl="
        + apiUrl
        + "]";
  }
}

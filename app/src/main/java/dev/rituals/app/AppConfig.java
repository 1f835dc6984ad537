package dev.rituals.app;

import dev.rituals.core.secret.SecretBox;
import dev.rituals.core.secret.SecretKeyring;
import dev.rituals.teams.TeamsAdminId;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The app's whole configuration, read once at start-up from environment variables that use the
 * SDKs' own names. Every wrong value is reported at once, each with what would be right; secrets
 * are never echoed.
 */
public record AppConfig(
    int port,
    Path dataDir,
    Optional<String> databaseUrl,
    Optional<String> databaseUser,
    Optional<String> databasePassword,
    Optional<SlackSettings> slack,
    Optional<TeamsSettings> teams,
    boolean clustered,
    Optional<URI> publicUrl,
    Optional<Secret> linkSecret,
    Optional<SecretKeyring> secretKeys) {

  /** Without secret keys: nothing is stored that needs them (no OAuth installs). */
  public AppConfig(
      int port,
      Path dataDir,
      Optional<String> databaseUrl,
      Optional<String> databaseUser,
      Optional<String> databasePassword,
      Optional<SlackSettings> slack,
      Optional<TeamsSettings> teams,
      boolean clustered,
      Optional<URI> publicUrl,
      Optional<Secret> linkSecret) {
    this(
        port,
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        slack,
        teams,
        clustered,
        publicUrl,
        linkSecret,
        Optional.empty());
  }

  /** The configuration without a link secret: one is generated and kept in the database. */
  public AppConfig(
      int port,
      Path dataDir,
      Optional<String> databaseUrl,
      Optional<String> databaseUser,
      Optional<String> databasePassword,
      Optional<SlackSettings> slack,
      Optional<TeamsSettings> teams,
      boolean clustered,
      Optional<URI> publicUrl) {
    this(
        port,
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        slack,
        teams,
        clustered,
        publicUrl,
        Optional.empty());
  }

  /** The same configuration listening on {@code port} (0: any free port, for tests). */
  public AppConfig withPort(int port) {
    return new AppConfig(
        port,
        dataDir,
        databaseUrl,
        databaseUser,
        databasePassword,
        slack,
        teams,
        clustered,
        publicUrl,
        linkSecret,
        secretKeys);
  }

  /** Seals secrets before they are stored: the configured keys, else a per-process key. */
  public SecretBox secretBox() {
    return secretKeys.map(SecretBox::new).orElseGet(SecretBox::ephemeral);
  }

  @Override
  public String toString() {
    return "AppConfig[port="
        + port
        + ", dataDir="
        + dataDir
        + ", database="
        + (databaseUrl.isPresent() ? "external" : "embedded H2")
        + ", slack="
        + slack
        + ", teams="
        + teams
        + ", clustered="
        + clustered
        + ", linkSecret="
        + linkSecret.map(l -> "***").orElse("none")
        + ", secretKey="
        + secretKeys.map(SecretKeyring::currentId).orElse("none")
        + "]";
  }

  /** A secret value that never shows in logs or messages. */
  public record Secret(String value) {
    @Override
    public String toString() {
      return "(not shown)";
    }
  }

  /** Slack credentials; at least a bot token (single workspace) or client id + secret (OAuth). */
  public record SlackSettings(
      Optional<String> botToken,
      String signingSecret,
      Optional<String> appToken,
      Optional<String> clientId,
      Optional<String> clientSecret,
      URI apiUrl,
      Optional<URI> redirectUri) {
    public SlackSettings(
        Optional<String> botToken,
        String signingSecret,
        Optional<String> appToken,
        Optional<String> clientId,
        Optional<String> clientSecret,
        URI apiUrl) {
      this(botToken, signingSecret, appToken, clientId, clientSecret, apiUrl, Optional.empty());
    }

    /** Without a signing secret (Socket Mode only) the HTTP endpoint is not mounted at all. */
    public boolean httpEndpoint() {
      return !signingSecret.isEmpty();
    }

    @Override
    public String toString() {
      return "SlackSettings[botToken="
          + botToken.map(t -> "***").orElse("none")
          + ", socketMode="
          + appToken.isPresent()
          + ", oauth="
          + clientId.isPresent()
          + ", apiUrl="
          + apiUrl
          + "]";
    }
  }

  /**
   * Bot Framework credentials; both empty means anonymous local mode. {@code admins} are the
   * Rituals admins {@code RITUALS_TEAMS_ADMINS} names, each for one tenant.
   */
  public record TeamsSettings(
      String appId, String appPassword, Optional<String> tenantId, Set<TeamsAdminId> admins) {
    public TeamsSettings {
      admins = Set.copyOf(admins);
    }

    public TeamsSettings(String appId, String appPassword, Optional<String> tenantId) {
      this(appId, appPassword, tenantId, Set.of());
    }

    public boolean authEnabled() {
      return !appId.isEmpty();
    }

    @Override
    public String toString() {
      return "TeamsSettings[appId=" + (appId.isEmpty() ? "none (local mode)" : appId) + "]";
    }
  }

  public static final String DEFAULT_SLACK_API = "https://slack.com/api/";
  private static final Pattern GUID =
      Pattern.compile(
          "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

  public static AppConfig fromEnvironment() {
    return from(System.getenv());
  }

  /** Reads and checks every variable; throws one {@link ConfigException} listing all problems. */
  public static AppConfig from(Map<String, String> env) {
    Env e = new Env(env);
    int port = e.port("PORT", 3978);
    Path dataDir = Path.of(e.get("RITUALS_DATA_DIR").orElse("./data"));
    Optional<String> dbUrl = e.get("DATABASE_URL");
    dbUrl.ifPresent(
        url -> {
          if (!url.startsWith("jdbc:postgresql:")
              && !url.startsWith("postgres://")
              && !url.startsWith("postgresql://")
              && !url.startsWith("jdbc:h2:")) {
            e.problem(
                "DATABASE_URL must be a PostgreSQL URL such as"
                    + " postgres://user:password@localhost:5432/rituals or"
                    + " jdbc:postgresql://localhost:5432/rituals (or a jdbc:h2: URL)");
          }
        });
    Optional<SlackSettings> slack = slack(e);
    Optional<TeamsSettings> teams = teams(e);
    boolean clustered = e.bool("RITUALS_CLUSTERED", false);
    Optional<URI> publicUrl = e.url("RITUALS_PUBLIC_URL");
    Optional<SecretKeyring> keys = Optional.empty();
    try {
      keys = SecretKeyring.fromEnvironment(env);
    } catch (IllegalArgumentException bad) {
      e.problem(bad.getMessage());
    }
    if (keys.isEmpty()
        && slack.flatMap(SlackSettings::clientId).isPresent()
        && e.get(SecretKeyring.KEY_VARIABLE).isEmpty()) {
      e.problem(
          "Slack: OAuth installs (SLACK_CLIENT_ID) store each workspace's bot token, sealed with"
              + " RITUALS_SECRET_KEY: set it to 32 random bytes in base64 (openssl rand -base64"
              + " 32) and keep it safe; without it stored tokens cannot be read");
    }
    Optional<String> linkSecret = e.get("RITUALS_LINK_SECRET");
    if (linkSecret.isPresent() && linkSecret.get().length() < MIN_LINK_SECRET) {
      e.problem(
          "RITUALS_LINK_SECRET must be at least "
              + MIN_LINK_SECRET
              + " characters (value not shown); unset, one is generated and kept in the database");
    }
    e.throwIfProblems();
    return new AppConfig(
        port,
        dataDir,
        dbUrl,
        e.get("DATABASE_USER"),
        e.get("DATABASE_PASSWORD"),
        slack,
        teams,
        clustered,
        publicUrl,
        linkSecret.map(Secret::new),
        keys);
  }

  static final int MIN_LINK_SECRET = 32;

  private static Optional<SlackSettings> slack(Env e) {
    Optional<String> bot = e.secret("SLACK_BOT_TOKEN", "xoxb-", "a bot token starting with xoxb-");
    Optional<String> app =
        e.secret("SLACK_APP_TOKEN", "xapp-", "an app-level token starting with xapp-");
    Optional<String> secret = e.secret("SLACK_SIGNING_SECRET", "", "the app's signing secret");
    Optional<String> clientId = e.get("SLACK_CLIENT_ID");
    Optional<String> clientSecret = e.secret("SLACK_CLIENT_SECRET", "", "the app's client secret");
    URI api = e.url("SLACK_API_URL").orElse(URI.create(DEFAULT_SLACK_API));
    Optional<URI> redirect = e.url("SLACK_REDIRECT_URI");
    boolean any = bot.isPresent() || app.isPresent() || secret.isPresent() || clientId.isPresent();
    if (!any) {
      return Optional.empty();
    }
    if (bot.isEmpty() && clientId.isEmpty()) {
      e.problem(
          "Slack: set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and"
              + " SLACK_CLIENT_SECRET (installs through OAuth)");
    }
    if (clientId.isPresent() != clientSecret.isPresent()) {
      e.problem("Slack: SLACK_CLIENT_ID and SLACK_CLIENT_SECRET go together; set both or neither");
    }
    if (secret.isEmpty() && app.isEmpty()) {
      e.problem(
          "Slack: SLACK_SIGNING_SECRET is required to verify requests (Basic Information"
              + " page of your Slack app); only Socket Mode (SLACK_APP_TOKEN) can do without");
    }
    if (secret.isEmpty() && clientId.isPresent()) {
      e.problem(
          "Slack: OAuth installs (SLACK_CLIENT_ID) are served over HTTP and need"
              + " SLACK_SIGNING_SECRET");
    }
    if (redirect.isPresent() && clientId.isEmpty()) {
      e.problem("Slack: SLACK_REDIRECT_URI is only used with OAuth installs (SLACK_CLIENT_ID)");
    }
    if (app.isPresent() && bot.isEmpty()) {
      e.problem("Slack: Socket Mode (SLACK_APP_TOKEN) also needs SLACK_BOT_TOKEN");
    }
    String apiText = api.toString();
    URI normalized = URI.create(apiText.endsWith("/") ? apiText : apiText + "/");
    return Optional.of(
        new SlackSettings(
            bot, secret.orElse(""), app, clientId, clientSecret, normalized, redirect));
  }

  private static Optional<TeamsSettings> teams(Env e) {
    Optional<String> id = e.get("MicrosoftAppId");
    Optional<String> password = e.secret("MicrosoftAppPassword", "", "the bot's client secret");
    Optional<String> tenant = e.get("MicrosoftAppTenantId");
    if (id.isPresent() && !GUID.matcher(id.get()).matches()) {
      e.problem(
          "MicrosoftAppId must be the bot's application (client) id, a GUID such as"
              + " 00000000-0000-0000-0000-000000000000");
    }
    if (id.isPresent() != password.isPresent()) {
      e.problem(
          "Teams: MicrosoftAppId and MicrosoftAppPassword go together; set both, or"
              + " neither for local mode (Agents Playground)");
    }
    if (tenant.isPresent() && !GUID.matcher(tenant.get()).matches()) {
      e.problem("MicrosoftAppTenantId must be a GUID");
    }
    Set<TeamsAdminId> admins = Set.of();
    try {
      admins = TeamsAdminId.parseList(e.get(TeamsAdminId.VARIABLE).orElse(""));
    } catch (IllegalArgumentException bad) {
      e.problem(bad.getMessage());
    }
    return Optional.of(new TeamsSettings(id.orElse(""), password.orElse(""), tenant, admins));
  }

  /** Reads variables and collects problems. */
  private static final class Env {
    private final Map<String, String> env;
    private final List<String> problems = new ArrayList<>();

    Env(Map<String, String> env) {
      this.env = env;
    }

    Optional<String> get(String name) {
      String value = env.get(name);
      return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    Optional<String> secret(String name, String prefix, String what) {
      Optional<String> value = get(name);
      if (value.isPresent()
          && (!value.get().startsWith(prefix)
              || value.get().chars().anyMatch(Character::isWhitespace))) {
        problem(name + " must be " + what + " (value not shown)");
      }
      return value;
    }

    int port(String name, int fallback) {
      Optional<String> value = get(name);
      if (value.isEmpty()) {
        return fallback;
      }
      try {
        int port = Integer.parseInt(value.get());
        if (port >= 1 && port <= 65535) {
          return port;
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      problem(name + " must be a port number from 1 to 65535, not \"" + value.get() + "\"");
      return fallback;
    }

    boolean bool(String name, boolean fallback) {
      Optional<String> value = get(name);
      if (value.isEmpty()) {
        return fallback;
      }
      switch (value.get().toLowerCase(java.util.Locale.ROOT)) {
        case "true", "yes", "1", "on":
          return true;
        case "false", "no", "0", "off":
          return false;
        default:
          problem(name + " must be true or false, not \"" + value.get() + "\"");
          return fallback;
      }
    }

    Optional<URI> url(String name) {
      Optional<String> value = get(name);
      if (value.isEmpty()) {
        return Optional.empty();
      }
      try {
        URI uri = URI.create(value.get());
        if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
            && uri.getHost() != null) {
          return Optional.of(uri);
        }
      } catch (IllegalArgumentException ignored) {
        // reported below
      }
      problem(
          name
              + " must be an http(s) URL such as https://example.org/, not \""
              + value.get()
              + "\"");
      return Optional.empty();
    }

    void problem(String text) {
      problems.add(text);
    }

    void throwIfProblems() {
      if (!problems.isEmpty()) {
        throw new ConfigException(problems);
      }
    }
  }
}

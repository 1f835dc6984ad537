package dev.rituals.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.response.auth.AuthTestResponse;
import dev.rituals.core.model.Installation;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.secret.SecretBox;
import dev.rituals.core.service.delivery.RateLimiter;
import dev.rituals.core.service.delivery.RateLimits;
import dev.rituals.slack.gateway.SlackChatGateway;
import dev.rituals.slack.gateway.SlackRateLimits;
import dev.rituals.slack.http.SlackHttpHandler;
import dev.rituals.slack.install.BotTokens;
import dev.rituals.slack.install.InstallCallbacks;
import dev.rituals.slack.install.JooqInstallationService;
import dev.rituals.slack.install.JooqOAuthStateService;
import dev.rituals.slack.render.MessageRenderer;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.eclipse.jetty.server.Handler;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack for Rituals, wired by the app: a Jetty handler for {@code /slack/*}, a {@link ChatGateway}
 * for the outbox, and Socket Mode when an app token is set.
 */
public final class SlackModule {
  public static final String EVENTS_PATH = "/slack/events";
  public static final String INSTALL_PATH = "/slack/install";
  public static final String REDIRECT_PATH = "/slack/oauth_redirect";

  private static final Logger log = LoggerFactory.getLogger(SlackModule.class);

  private final SlackSettings settings;
  private final SlackCore core;
  private final Clock clock;
  private final Slack slack;
  private final App app;
  private final SlackHttpHandler handler;
  private final SlackChatGateway gateway;
  private SocketModeApp socketMode;

  /**
   * @param executor runs everything that must not hold up Slack's 3-second acknowledgement
   * @param database where OAuth installs are stored (tables of V20__slack.sql); required when
   *     {@code settings.oauth()}
   */
  public SlackModule(
      SlackSettings settings,
      SlackCore core,
      Clock clock,
      Executor executor,
      Optional<DSLContext> database) {
    this(settings, core, clock, executor, database, SecretBox.ephemeral());
  }

  /**
   * @param secrets seals the tokens of OAuth installs before they are stored
   */
  public SlackModule(
      SlackSettings settings,
      SlackCore core,
      Clock clock,
      Executor executor,
      Optional<DSLContext> database,
      SecretBox secrets) {
    this(settings, core, clock, executor, database, secrets, new RateLimiter(clock));
  }

  /**
   * @param limits where Slack's per-workspace method tiers are counted: this process, or the
   *     cluster's shared database
   */
  public SlackModule(
      SlackSettings settings,
      SlackCore core,
      Clock clock,
      Executor executor,
      Optional<DSLContext> database,
      SecretBox secrets,
      RateLimits limits) {
    if (settings.oauth() && database.isEmpty()) {
      throw new IllegalArgumentException("Slack OAuth installs need the database");
    }
    this.settings = settings;
    this.core = core;
    this.clock = clock;
    this.slack = Slack.getInstance(slackConfig(settings));
    this.app = new App(AppConfigs.of(settings, slack));
    Optional<JooqInstallationService> installs =
        database
            .filter(db -> settings.oauth())
            .map(db -> new JooqInstallationService(db, clock, secrets));
    BotTokens tokens =
        installs
            .<BotTokens>map(s -> s::botToken)
            .orElseGet(() -> BotTokens.single(settings.botToken().orElseThrow()));
    Set<String> paths = new LinkedHashSet<>(Set.of(EVENTS_PATH));
    installs.ifPresent(
        store -> {
          InstallCallbacks callbacks = new InstallCallbacks(core.membership(), clock);
          app.asOAuthApp(true)
              .service(store)
              .service(new JooqOAuthStateService(database.get(), clock))
              .oauthPersistenceCallback(callbacks.stored())
              .oauthPersistenceErrorCallback(callbacks.failed());
          paths.add(INSTALL_PATH);
          paths.add(REDIRECT_PATH);
        });
    SlackUsers users = new SlackUsers(slack, tokens, clock);
    SlackListeners.register(
        app,
        core,
        users,
        new Background(executor),
        clock,
        teamId -> installs.ifPresent(store -> store.deleteAll(null, teamId)));
    this.handler = new SlackHttpHandler(app, paths);
    this.gateway =
        new SlackChatGateway(
            slack, tokens, new MessageRenderer(), SlackRateLimits.tiers(clock, limits));
  }

  /** Serves {@code /slack/events} (and the OAuth paths); mount it at the server root. */
  public Handler handler() {
    return handler;
  }

  public ChatGateway chatGateway() {
    return gateway;
  }

  /**
   * Checks the bot token with Slack (single workspace: the workspace is registered with core) and
   * opens the Socket Mode connection when an app token is set.
   *
   * @throws IllegalStateException when Slack refuses the bot token
   */
  public synchronized void start() throws Exception {
    app.start();
    if (!settings.oauth()) {
      registerSingleWorkspace();
    }
    if (settings.socketMode() && socketMode == null) {
      socketMode = new SocketModeApp(settings.appToken().orElseThrow(), app);
      socketMode.startAsync();
      log.info("Slack Socket Mode connecting");
    }
  }

  public synchronized void stop() throws Exception {
    if (socketMode != null) {
      socketMode.close();
      socketMode = null;
    }
    app.stop();
  }

  private void registerSingleWorkspace() throws Exception {
    AuthTestResponse auth = slack.methods(settings.botToken().orElseThrow()).authTest(r -> r);
    if (!auth.isOk()) {
      throw new IllegalStateException("Slack refused SLACK_BOT_TOKEN: " + auth.getError());
    }
    core.membership()
        .installed(
            new Installation(
                Tenants.tenant(auth.getTeamId()),
                auth.getTeam(),
                auth.getUserId(),
                clock.instant(),
                true));
  }

  private static SlackConfig slackConfig(SlackSettings settings) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(settings.apiUrl());
    // The stats collector runs its own threads and calls auth.test; nothing here reads it.
    config.setStatsEnabled(false);
    return config;
  }
}

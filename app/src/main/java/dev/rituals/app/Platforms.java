package dev.rituals.app;

import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.InboundEventLog;
import dev.rituals.core.service.delivery.RateLimits;
import dev.rituals.db.Database;
import dev.rituals.slack.SlackCore;
import dev.rituals.slack.SlackModule;
import dev.rituals.slack.SlackSettings;
import dev.rituals.teams.TeamsModule;
import dev.rituals.teams.TeamsSettings;
import dev.rituals.teams.TeamsUseCases;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Handler;

/** Mounts the Slack and Teams adapters that the configuration enables. */
final class Platforms {
  /** A platform connection that starts after the HTTP server (Slack Socket Mode). */
  interface Startable extends AutoCloseable {
    void start() throws Exception;
  }

  private Platforms() {}

  static void mount(
      AppConfig config,
      Database database,
      CoreServices services,
      InboundEventLog eventLog,
      Clock clock,
      RateLimits limits,
      Map<String, Handler> routes,
      List<ChatGateway> gateways,
      List<AutoCloseable> closeables) {
    config
        .slack()
        .ifPresent(
            slack -> {
              ExecutorService work = slackExecutor();
              SlackModule module =
                  new SlackModule(
                      slackSettings(slack),
                      new SlackCore(
                          services.commands(),
                          services.scheduleForm(),
                          services.answers(),
                          services.membership(),
                          services.reports(),
                          Optional.of(services.home()),
                          eventLog,
                          Optional.of(services.profiles()),
                          Optional.of(services.pairing())),
                      clock,
                      work,
                      Optional.of(database.dsl()),
                      config.secretBox(),
                      limits);
              if (slack.httpEndpoint()) {
                routes.put("/slack/*", module.handler());
              }
              gateways.add(module.chatGateway());
              closeables.add(
                  new Startable() {
                    @Override
                    public void start() throws Exception {
                      module.start();
                    }

                    @Override
                    public void close() throws Exception {
                      module.stop();
                      work.shutdown();
                      work.awaitTermination(10, TimeUnit.SECONDS);
                    }
                  });
            });
    AppConfig.TeamsSettings teams =
        config.teams().orElse(new AppConfig.TeamsSettings("", "", Optional.empty()));
    TeamsModule module =
        new TeamsModule(
            new TeamsSettings(
                teams.appId(),
                teams.appPassword(),
                teams.tenantId(),
                teams.tenantId().map(Set::of).orElse(Set.of()),
                teams.admins()),
            new TeamsUseCases(
                services.commands(),
                services.scheduleForm(),
                services.answers(),
                services.membership(),
                services.reports(),
                Optional.of(services.home()),
                Optional.of(eventLog),
                Optional.of(services.profiles()),
                Optional.of(services.pairing())),
            database.dsl(),
            clock);
    routes.put("/api/messages", module.handler());
    gateways.add(module.chatGateway());
  }

  static SlackSettings slackSettings(AppConfig.SlackSettings slack) {
    return new SlackSettings(
        Optional.of(slack.signingSecret()).filter(s -> !s.isEmpty()),
        slack.botToken(),
        slack.appToken(),
        slack.clientId(),
        slack.clientSecret(),
        SlackSettings.DEFAULT_SCOPES,
        slack.apiUrl().toString(),
        slack.redirectUri().map(URI::toString));
  }

  /**
   * Slack events are acknowledged first and processed here. When the queue is full the request
   * thread does the work itself: slower acknowledgements, but no answer is dropped.
   */
  private static ExecutorService slackExecutor() {
    AtomicInteger n = new AtomicInteger();
    return new ThreadPoolExecutor(
        4,
        4,
        60,
        TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(10_000),
        r -> {
          Thread t = new Thread(r, "slack-work-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        },
        new ThreadPoolExecutor.CallerRunsPolicy());
  }
}

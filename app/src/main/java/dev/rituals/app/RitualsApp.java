package dev.rituals.app;

import dev.rituals.app.transcripts.TranscriptPage;
import dev.rituals.app.transcripts.TranscriptTokens;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.port.TranscriptLinks;
import dev.rituals.core.schedule.QuartzRitualScheduler;
import dev.rituals.core.schedule.RitualJobFactory;
import dev.rituals.core.service.ArchiveService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.delivery.DeliverySettings;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import dev.rituals.db.quartz.QuartzOptions;
import dev.rituals.db.quartz.QuartzSchedulerFactory;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.eclipse.jetty.server.Handler;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole bot in one process: database, engine, scheduler, outbox, platform endpoints, HTTP.
 * Built by hand from the configuration; {@link #close()} shuts down in the safe order.
 */
public final class RitualsApp implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(RitualsApp.class);

  private final Database database;
  private final Scheduler quartz;
  private final OutboxPump outbox;
  private final HttpServer http;
  private final List<AutoCloseable> platforms;
  private final Ports ports;
  private final CoreServices services;
  private final RitualScheduler scheduler;

  private RitualsApp(
      Database database,
      Scheduler quartz,
      OutboxPump outbox,
      HttpServer http,
      List<AutoCloseable> platforms,
      Ports ports,
      CoreServices services,
      RitualScheduler scheduler) {
    this.database = database;
    this.quartz = quartz;
    this.outbox = outbox;
    this.http = http;
    this.platforms = platforms;
    this.ports = ports;
    this.services = services;
    this.scheduler = scheduler;
  }

  /** Connects, migrates, wires and starts everything; fails fast with a clear message. */
  public static RitualsApp start(AppConfig config, Clock clock) throws Exception {
    return start(config, clock, AppHooks.NONE);
  }

  /** As {@link #start(AppConfig, Clock)}, with what the embedding code adds (metrics, tests). */
  public static RitualsApp start(AppConfig config, Clock clock, AppHooks hooks) throws Exception {
    Database database = Databases.open(config);
    try {
      JooqRepositories repositories = JooqRepositories.of(database);
      Ports ports = repositories.ports();
      LazyScheduler scheduler = new LazyScheduler();
      OutboxPump outbox = new OutboxPump(Duration.ofMillis(500));
      Optional<TranscriptTokens> transcriptLinks = transcriptLinks(config, clock);
      DownloadShelf downloads =
          new DownloadShelf(
              config.publicUrl().orElse(URI.create("http://localhost:" + config.port())), clock);
      CoreServices services =
          CoreServices.wire(
              ports,
              scheduler,
              clock,
              outbox,
              transcriptLinks.<TranscriptLinks>map(t -> t).orElse(TranscriptLinks.NONE),
              repositories.recognition(),
              downloads);

      QuartzOptions options =
          config.clustered()
              ? QuartzOptions.clustered("rituals")
              : QuartzOptions.standalone("rituals");
      Scheduler quartz =
          new QuartzSchedulerFactory(
                  database.dataSource(),
                  new RitualJobFactory(
                      (ritual, at) -> services.occurrences().fire(ritual, at), services.steps()),
                  options)
              .create();
      scheduler.set(new QuartzRitualScheduler(quartz, clock));

      Map<String, Handler> routes = new LinkedHashMap<>();
      List<AutoCloseable> platforms = new ArrayList<>();
      List<ChatGateway> gateways = new ArrayList<>();
      Platforms.mount(
          config, database, services, ports.inboundEvents(), clock, routes, gateways, platforms);
      routes.put("/files/*", downloads);
      routes.put(
          "/healthz",
          new HealthHandler(
              database::healthy,
              () -> schedulerState(quartz),
              () -> Map.of("communities", ports.communities().count())));
      transcriptLinks.ifPresent(
          tokens ->
              routes.put(
                  TranscriptTokens.PATH + "*",
                  new TranscriptPage(tokens, new ArchiveService(ports))));
      HttpServer http = new HttpServer("0.0.0.0", config.port(), routes);

      quartz.start();
      gateways.addAll(hooks.gateways());
      // only now are all gateways known: an earlier sender would find no platform to send to
      outbox.start(
          new OutboxSender(
              ports,
              gateways,
              clock,
              DeliverySettings.defaults(new Random())
                  .withLease(hooks.outboxLease())
                  .withObserver(hooks.deliveries())));
      http.start();
      for (AutoCloseable platform : platforms) {
        if (platform instanceof Platforms.Startable startable) {
          startable.start();
        }
      }
      log.info("Rituals is listening on port {}", http.port());
      return new RitualsApp(database, quartz, outbox, http, platforms, ports, services, scheduler);
    } catch (Exception e) {
      database.close();
      throw e;
    }
  }

  /**
   * Transcript links need an address people can open (RITUALS_PUBLIC_URL); without
   * RITUALS_LINK_SECRET each start signs with a fresh random key.
   */
  private static Optional<TranscriptTokens> transcriptLinks(AppConfig config, Clock clock) {
    return config
        .publicUrl()
        .map(
            url -> {
              byte[] secret =
                  config
                      .linkSecret()
                      .map(AppConfig.LinkSecret::bytes)
                      .orElseGet(
                          () -> {
                            byte[] random = new byte[32];
                            new SecureRandom().nextBytes(random);
                            return random;
                          });
              return new TranscriptTokens(secret, clock, url);
            });
  }

  static String schedulerState(Scheduler quartz) {
    try {
      if (quartz.isShutdown()) {
        return "shutdown";
      }
      return quartz.isInStandbyMode() ? "standby" : "started";
    } catch (SchedulerException e) {
      return "unknown";
    }
  }

  public int port() {
    return http.port();
  }

  Ports ports() {
    return ports;
  }

  CoreServices services() {
    return services;
  }

  RitualScheduler scheduler() {
    return scheduler;
  }

  /**
   * Stops taking requests (in-flight ones finish), stops platform connections, lets running jobs
   * finish, stops the outbox after its current round, then closes the database. Anything not yet
   * sent stays in the outbox and goes out at the next start.
   */
  @Override
  public void close() {
    runQuietly("http", http::close);
    for (AutoCloseable platform : platforms) {
      runQuietly("platform", platform::close);
    }
    runQuietly("scheduler", () -> quartz.shutdown(true));
    runQuietly("outbox", outbox::close);
    runQuietly("database", database::close);
    log.info("Rituals stopped");
  }

  private interface Step {
    void run() throws Exception;
  }

  private static void runQuietly(String what, Step step) {
    try {
      step.run();
    } catch (Exception e) {
      log.warn("Stopping {} failed: {}", what, e.getClass().getName());
    }
  }
}

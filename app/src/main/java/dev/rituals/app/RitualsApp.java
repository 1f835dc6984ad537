package dev.rituals.app;

import dev.rituals.app.metrics.AppMetrics;
import dev.rituals.app.metrics.CountingChatGateway;
import dev.rituals.app.metrics.InstrumentedHandler;
import dev.rituals.app.metrics.MetricsHandler;
import dev.rituals.app.metrics.MisfireCounter;
import dev.rituals.app.transcripts.TranscriptPage;
import dev.rituals.app.transcripts.TranscriptTokens;
import dev.rituals.app.web.DashboardHandler;
import dev.rituals.app.web.DashboardTabHandler;
import dev.rituals.app.web.DashboardTabLinks;
import dev.rituals.app.web.DownloadHandler;
import dev.rituals.app.web.TabConfigPage;
import dev.rituals.app.web.TabLinkCheck;
import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.participation.MonthlyRecaps;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.recognition.CredentialIssuer;
import dev.rituals.core.schedule.QuartzRitualScheduler;
import dev.rituals.core.schedule.RitualJobFactory;
import dev.rituals.core.service.ArchiveService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.service.delivery.DeliverySettings;
import dev.rituals.core.service.delivery.RateLimiter;
import dev.rituals.core.service.delivery.RateLimits;
import dev.rituals.db.Database;
import dev.rituals.db.JooqRepositories;
import dev.rituals.db.OutboxStats;
import dev.rituals.db.quartz.QuartzOptions;
import dev.rituals.db.quartz.QuartzSchedulerFactory;
import dev.rituals.db.repository.JooqDashboardTabs;
import dev.rituals.db.repository.JooqDownloadFiles;
import dev.rituals.db.repository.JooqIssuerKeys;
import dev.rituals.db.repository.JooqRateLimits;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      // One secret signs every link the app serves: set it for a cluster, else kept in the
      // database.
      byte[] linkSecret = LinkSecrets.resolve(config, database, clock);
      LinkSigner signer = new LinkSigner(linkSecret, clock);
      URI publicUrl =
          config.publicUrl().orElse(URI.create("http://localhost:" + config.port() + "/"));
      JooqDashboardTabs tabs = new JooqDashboardTabs(database.dsl());
      SignedReportLinks links = new SignedReportLinks(publicUrl, signer, tabs::generation);
      DashboardTabLinks tabLinks = new DashboardTabLinks(publicUrl, signer, tabs);
      TranscriptTokens transcripts = new TranscriptTokens(linkSecret, clock, publicUrl);
      DownloadShelf downloads =
          new DownloadShelf(publicUrl, clock, new JooqDownloadFiles(database.dsl()));
      // Each community signs its credentials with its own key, sealed like the Slack tokens.
      JooqIssuerKeys issuerKeys = new JooqIssuerKeys(database.dsl(), config.secretBox(), clock);
      CredentialIssuer credentials = new CredentialIssuer(publicUrl, issuerKeys);
      CoreServices services =
          CoreServices.wire(
              ports,
              scheduler,
              clock,
              outbox,
              CommandService.Extras.NONE
                  .withTranscripts(transcripts)
                  .withReports(links)
                  .withDashboards(tabs)
                  .withRecognition(repositories.recognition(), downloads)
                  .withCredentials(credentials),
              repositories.recognition());

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
      // One node paces in memory; a cluster keeps the paces in the database so that all nodes
      // together stay at about one message per second per channel and within Slack's tiers.
      RateLimits limits =
          config.clustered() ? new JooqRateLimits(database.dsl(), clock) : new RateLimiter(clock);
      Platforms.mount(
          config,
          database,
          services,
          ports.inboundEvents(),
          clock,
          limits,
          routes,
          gateways,
          platforms);
      routes.put("/files/*", downloads);
      routes.put(
          CredentialIssuer.PROFILE_PATH + "*",
          new IssuerProfileHandler(credentials, ports.communities(), issuerKeys));
      routes.put(
          "/healthz",
          new HealthHandler(
              database::healthy,
              () -> schedulerState(quartz),
              () -> Map.of("communities", ports.communities().count())));
      routes.put(
          TranscriptTokens.PATH + "*", new TranscriptPage(transcripts, new ArchiveService(ports)));
      routes.put(
          SignedReportLinks.DOWNLOAD_PATH, new DownloadHandler(services.participation(), signer));
      routes.put(
          SignedReportLinks.DASHBOARD_PATH,
          new DashboardHandler(services.participation(), signer, tabs));
      routes.put(
          DashboardTabLinks.PATH,
          new DashboardTabHandler(tabLinks, ports.communities(), services.participation(), clock));
      TabConfigPage tabConfig = new TabConfigPage(hooks.teamsJs());
      routes.put(TabConfigPage.PATH, tabConfig);
      routes.put(TabConfigPage.SCRIPT_PATH, tabConfig);
      routes.put(TabLinkCheck.PATH, new TabLinkCheck(signer, tabLinks, ports.communities(), tabs));
      AppMetrics metrics = new AppMetrics(clock);
      metrics.watch(new OutboxStats(database.dsl()));
      quartz.getListenerManager().addTriggerListener(new MisfireCounter(metrics));
      routes.put("/metrics", new MetricsHandler(metrics));
      routes.replaceAll((route, handler) -> new InstrumentedHandler(route, handler, metrics));
      gateways.addAll(hooks.gateways());
      List<ChatGateway> counted = new ArrayList<>();
      gateways.forEach(gateway -> counted.add(new CountingChatGateway(gateway, metrics)));
      HttpServer http = new HttpServer("0.0.0.0", config.port(), routes);

      quartz.start();
      // only now are all gateways known: an earlier sender would find no platform to send to
      outbox.start(
          new OutboxSender(
              ports,
              counted,
              clock,
              DeliverySettings.defaults(new Random())
                  .withLease(hooks.outboxLease())
                  .withObserver(hooks.deliveries()),
              limits));
      http.start();
      platforms.add(new MonthlyRecapTimer(new MonthlyRecaps(ports, links, clock)));
      platforms.add(new DownloadSweeper(downloads));
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

  /** For tests that look at what is stored outside core's ports (e.g. sealed tokens). */
  Database database() {
    return database;
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

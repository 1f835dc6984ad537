package dev.rituals.slack;

import static org.mockito.Mockito.mock;

import com.slack.api.app_backend.SlackSignature;
import dev.rituals.core.port.InboundEventLog;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.HomeViewUseCase;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.jooq.DSLContext;

/**
 * The Slack adapter as the app runs it: SlackModule's handler on a real Jetty 12 server on
 * loopback, Bolt's real request path behind it, a fake Slack Web API, and Mockito stand-ins for
 * core's use cases. Requests are signed exactly as Slack signs them.
 */
public final class SlackTestApp implements AutoCloseable {
  public static final String SIGNING_SECRET = "test-signing-secret";
  public static final Instant NOW = Instant.parse("2026-03-06T07:30:00Z");
  public static final String CLIENT_ID = "111.222";

  public final FakeSlackApi api = new FakeSlackApi();
  public final HandleCommandUseCase commands = mock(HandleCommandUseCase.class);
  public final SubmitScheduleFormUseCase forms = mock(SubmitScheduleFormUseCase.class);
  public final RecordAnswerUseCase answers = mock(RecordAnswerUseCase.class);
  public final MembershipUseCase membership = mock(MembershipUseCase.class);
  public final ReportUseCase reports = mock(ReportUseCase.class);
  public final HomeViewUseCase home = mock(HomeViewUseCase.class);
  public final SeenEvents eventLog = new SeenEvents();
  public final Clock clock;
  public final ExecutorService executor = Executors.newFixedThreadPool(4);
  public final SlackModule module;

  private final Server server = new Server();
  private final HttpClient http = HttpClient.newHttpClient();
  private final SlackSignature.Generator signer = new SlackSignature.Generator(SIGNING_SECRET);
  private final int port;

  /** With Mockito use cases and a clock fixed at {@link #NOW}. */
  public SlackTestApp() throws Exception {
    this(Clock.fixed(NOW, ZoneOffset.UTC), SlackTestApp::mockCore);
  }

  /** With the core {@code core} builds (e.g. the real services on in-memory ports). */
  public SlackTestApp(Clock clock, java.util.function.Function<SlackTestApp, SlackCore> core)
      throws Exception {
    this(clock, core, Optional.empty());
  }

  /**
   * @param oauthDatabase when present, the app runs as an OAuth app (many workspaces) storing its
   *     installations there; otherwise it is a single workspace with {@link FakeSlackApi#BOT_TOKEN}
   */
  public SlackTestApp(
      Clock clock,
      java.util.function.Function<SlackTestApp, SlackCore> core,
      Optional<DSLContext> oauthDatabase)
      throws Exception {
    this.clock = clock;
    Map<String, String> env = new java.util.HashMap<>();
    env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
    env.put("SLACK_API_URL", api.url());
    if (oauthDatabase.isPresent()) {
      env.put("SLACK_CLIENT_ID", CLIENT_ID);
      env.put("SLACK_CLIENT_SECRET", "test-client-secret");
    } else {
      env.put("SLACK_BOT_TOKEN", FakeSlackApi.BOT_TOKEN);
    }
    module =
        new SlackModule(
            SlackSettings.fromEnvironment(env), core.apply(this), clock, executor, oauthDatabase);
    module.start();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    server.setHandler(module.handler());
    server.start();
    port = connector.getLocalPort();
  }

  /** The Mockito use cases, for tests that run the adapter alone. */
  public SlackCore mockCore() {
    return new SlackCore(
        commands, forms, answers, membership, reports, Optional.of(home), eventLog);
  }

  public String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  /** POSTs a body to /slack/events signed now. */
  public HttpResponse<String> post(String contentType, String body, String... extraHeaders)
      throws IOException, InterruptedException {
    return postSignedAt(Instant.now(), contentType, body, extraHeaders);
  }

  public HttpResponse<String> postSignedAt(
      Instant signedAt, String contentType, String body, String... extraHeaders)
      throws IOException, InterruptedException {
    String timestamp = String.valueOf(signedAt.getEpochSecond());
    return send(contentType, body, timestamp, signer.generate(timestamp, body), extraHeaders);
  }

  public HttpResponse<String> send(
      String contentType, String body, String timestamp, String signature, String... extra)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(url(SlackModule.EVENTS_PATH)))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i + 1 < extra.length; i += 2) {
      request.header(extra[i], extra[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A browser GET (OAuth install and redirect pages): not signed. */
  public HttpResponse<String> get(String pathAndQuery, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(pathAndQuery))).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> event(String envelope, String... extraHeaders)
      throws IOException, InterruptedException {
    return post("application/json", envelope, extraHeaders);
  }

  /** A slash command as Slack sends it: form-encoded. */
  public HttpResponse<String> command(String text, String channelId)
      throws IOException, InterruptedException {
    return command(text, channelId, "U1DANA");
  }

  public HttpResponse<String> command(String text, String channelId, String userId)
      throws IOException, InterruptedException {
    String body =
        form(
            "token", "legacy",
            "team_id", FakeSlackApi.TEAM,
            "team_domain", "teachers",
            "channel_id", channelId,
            "channel_name", "maths-cop",
            "user_id", userId,
            "user_name", "dana",
            "command", "/rituals",
            "text", text,
            "api_app_id", "A0RITUALS",
            "response_url", api.responseUrl(),
            "trigger_id", "trigger-1");
    return post("application/x-www-form-urlencoded", body);
  }

  /** Interactivity (block actions, view submissions): form-encoded {@code payload=}. */
  public HttpResponse<String> interaction(String payloadJson)
      throws IOException, InterruptedException {
    return post("application/x-www-form-urlencoded", form("payload", payloadJson));
  }

  /** Form-encodes name, value, name, value, ... */
  public static String form(String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      body.append(body.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  @Override
  public void close() throws Exception {
    server.stop();
    module.stop();
    executor.shutdown();
    executor.awaitTermination(5, TimeUnit.SECONDS);
    api.close();
  }

  /** Core's event log as a set, like the real one (first time true, then false). */
  public static final class SeenEvents implements InboundEventLog {
    private final java.util.Set<String> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Override
    public boolean firstTime(dev.rituals.core.model.TenantRef tenant, String eventId, Instant at) {
      return seen.add(tenant.tenantId() + "/" + eventId);
    }

    public int size() {
      return seen.size();
    }
  }
}

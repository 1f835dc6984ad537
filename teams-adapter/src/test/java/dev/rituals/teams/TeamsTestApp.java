package dev.rituals.teams;

import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The Teams adapter running for real on loopback: a Jetty 12 server with the module's handler, a
 * fake Bot Connector, a migrated H2 database, and Mockito use cases.
 */
final class TeamsTestApp implements AutoCloseable {
  static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  final Clock clock;
  final FakeBotConnector connector;
  final Activities activities;
  final Database database;
  final HandleCommandUseCase commands = mock(HandleCommandUseCase.class);
  final SubmitScheduleFormUseCase scheduleForm = mock(SubmitScheduleFormUseCase.class);
  final RecordAnswerUseCase answers = mock(RecordAnswerUseCase.class);
  final MembershipUseCase membership = mock(MembershipUseCase.class);
  final ReportUseCase reports = mock(ReportUseCase.class);

  private final TeamsSettings settings;
  private final TeamsUseCases useCases;
  private final HttpClient http = HttpClient.newHttpClient();
  private final ObjectMapper json = new ObjectMapper();
  private TeamsModule module;
  private Server server;

  TeamsTestApp() throws Exception {
    this(TeamsSettings.local());
  }

  TeamsTestApp(TeamsSettings settings) throws Exception {
    this(settings, Clock.fixed(NOW, ZoneOffset.UTC), null);
  }

  /**
   * @param useCases core's real services, or null for the Mockito mocks in this class's fields
   */
  TeamsTestApp(TeamsSettings settings, Clock clock, TeamsUseCases useCases) throws Exception {
    this.settings = settings;
    this.clock = clock;
    this.useCases =
        useCases != null
            ? useCases
            : new TeamsUseCases(commands, scheduleForm, answers, membership, reports);
    this.connector = new FakeBotConnector();
    this.activities = new Activities(connector.serviceUrl());
    this.database = TestDatabases.h2();
    start();
  }

  /** A new module and server on the same database: what a restart of the app leaves. */
  void restart() throws Exception {
    server.stop();
    start();
  }

  private void start() throws Exception {
    module = new TeamsModule(settings, useCases, database.dsl(), clock);
    server = new Server();
    ServerConnector http = new ServerConnector(server);
    http.setHost("127.0.0.1");
    http.setPort(0);
    server.addConnector(http);
    // as the app does: a stop lets responses in flight finish
    server.setHandler(new GracefulHandler(module.handler()));
    server.setStopTimeout(5_000);
    server.start();
  }

  ChatGateway gateway() {
    return module.chatGateway();
  }

  URI endpoint() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://127.0.0.1:" + port + MessagesEndpoint.PATH);
  }

  HttpResponse<String> post(JsonNode activity) throws IOException, InterruptedException {
    return post(json.writeValueAsString(activity), null);
  }

  HttpResponse<String> post(String body, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(endpoint())
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Override
  public void close() throws Exception {
    server.stop();
    connector.close();
    database.close();
  }

  static TeamsSettings withAuth(String appId) {
    return new TeamsSettings(appId, "secret-not-used", Optional.empty(), Set.of());
  }
}

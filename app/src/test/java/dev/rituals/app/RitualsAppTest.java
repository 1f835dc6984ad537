package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable app on its embedded default: H2 file database, Quartz JDBC store, HTTP. */
class RitualsAppTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.TEAMS, "tenant-1", "19:general");
  static final UserRef MODERATOR = UserRef.of(Platform.TEAMS, "tenant-1", "29:mod");

  @TempDir Path dataDir;
  final HttpClient http = HttpClient.newHttpClient();

  AppConfig config() {
    return AppConfig.from(Map.of("PORT", "1", "RITUALS_DATA_DIR", dataDir.toString()));
  }

  RitualsApp start() throws Exception {
    AppConfig base = config();
    AppConfig onRandomPort =
        new AppConfig(
            0,
            base.dataDir(),
            base.databaseUrl(),
            base.databaseUser(),
            base.databasePassword(),
            base.slack(),
            base.teams(),
            false,
            base.publicUrl());
    return RitualsApp.start(onRandomPort, Clock.systemUTC());
  }

  HttpResponse<String> get(RitualsApp app, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void healthReportsDatabaseAndSchedulerAsJson() throws Exception {
    try (RitualsApp app = start()) {
      HttpResponse<String> health = get(app, "/healthz");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.headers().firstValue("content-type"))
          .hasValueSatisfying(v -> assertThat(v).contains("application/json"));
      assertThat(health.body())
          .contains("\"status\":\"up\"")
          .contains("\"database\":\"up\"")
          .contains("\"scheduler\":\"started\"");
      assertThat(get(app, "/no-such-page").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void schedulesSurviveARestartWithTheSameNextFireTime() throws Exception {
    List<ZonedDateTime> before;
    try (RitualsApp app = start()) {
      CommandReply created = command(app, "community create \"Reading Group\" tz Europe/London");
      assertThat(created.outcome()).as(created.text()).isEqualTo(CommandReply.Outcome.OK);
      CommandReply added = command(app, "schedule add weekly fri 07:00 \"What are you reading?\"");
      assertThat(added.outcome()).as(added.text()).isEqualTo(CommandReply.Outcome.OK);
      Ritual ritual = app.ports().rituals().findAllActive().get(0);
      before = nextFive(app, ritual);
      assertThat(before).hasSize(5);
    }
    try (RitualsApp restarted = start()) {
      Ritual ritual = restarted.ports().rituals().findAllActive().get(0);
      assertThat(nextFive(restarted, ritual)).isEqualTo(before);
      assertThat(command(restarted, "schedule next").text()).contains("07:00 Europe/London");
      assertThat(get(restarted, "/healthz").body()).contains("\"communities\":1");
    }
  }

  @Test
  void aWrongConfigurationValueStopsStartWithItsName() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AppConfig.from(Map.of("PORT", "x")))
        .hasMessageContaining("PORT must be a port number");
  }

  private static List<ZonedDateTime> nextFive(RitualsApp app, Ritual ritual) {
    return app.scheduler()
        .nextFireTimes(ritual, java.time.Instant.parse("2026-12-01T00:00:00Z"), 5);
  }

  private static CommandReply command(RitualsApp app, String text) {
    return app.services()
        .commands()
        .handle(
            new CommandRequest(
                MODERATOR, "Mo", Optional.of(CHANNEL), text, false, Optional.empty()));
  }
}

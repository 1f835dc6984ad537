package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regression: the running app in Teams local mode (no credentials) delivers what core enqueues.
 * Before the fix the outbox sender was built before the platforms were mounted, held no gateway,
 * and every prompt stayed in the outbox ("no gateway for TEAMS") while replies to commands, which
 * go out directly, worked: only a test through the real app and its outbox could see it.
 */
class TeamsLocalModeDeliveryTest {
  static final String TENANT = "tenant-regression";
  static final String CHANNEL = "19:general@thread.tacv2";

  @TempDir Path dataDir;

  @Test
  void aQuestionAskedInATeamsChannelReachesTheBotConnector() throws Exception {
    try (LiveApp live = LiveApp.teamsOnly(dataDir)) {
      assertAccepted(live.teamsInstall(TENANT, CHANNEL));
      assertAccepted(live.teamsCommand(TENANT, CHANNEL, "29:mod", "community create \"X\""));
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> live.connector.texts().stream().anyMatch(t -> t.contains("X")));

      assertAccepted(live.teamsCommand(TENANT, CHANNEL, "29:mod", "ask now \"Q?\""));

      await()
          .atMost(Duration.ofSeconds(10))
          .untilAsserted(
              () ->
                  assertThat(live.connector.calls())
                      .as("the prompt posted to the channel through the Bot Connector")
                      .anySatisfy(
                          call -> {
                            assertThat(call.method()).isEqualTo("POST");
                            assertThat(call.path()).contains("/v3/conversations/");
                            assertThat(call.body()).contains("Q?");
                          }));
    }
  }

  private static void assertAccepted(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
  }
}

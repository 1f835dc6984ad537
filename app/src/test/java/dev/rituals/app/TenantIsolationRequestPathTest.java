package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Platform;
import dev.rituals.slack.FakeSlackApi;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tenant isolation through the real request paths: a community with a posted question in the Slack
 * workspace (signed slash commands through the app's HTTP server), then Teams activities from
 * another tenant using the same channel id and the workspace's archive id: nothing resolves.
 *
 * <p>Slack workspace against Slack workspace is covered by the db module's tenant isolation
 * contract: in single-workspace mode Bolt attributes every signed request to the one installed
 * workspace (right for Slack Connect channels), so a second workspace needs OAuth installs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TenantIsolationRequestPathTest {
  static final Pattern ID = Pattern.compile("id `([0-9a-f]{8})`");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  LiveApp live;
  String alphaArchiveId;
  String alphaPromptTs;

  @BeforeAll
  void workspaceAHasACommunityWithAPostedQuestion() throws Exception {
    live = new LiveApp(dataDir);
    assertThat(slash("T0TEACH", "community create \"Alpha Secret Circle\"")).contains("Alpha");
    assertThat(slash("T0TEACH", "ask now \"Alpha private question?\"")).contains("Posted");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !live.slackApi.calls("chat.postMessage").isEmpty());
    await().atMost(Duration.ofSeconds(10)).until(() -> promptTs().isPresent());
    alphaPromptTs = promptTs().orElseThrow();
    Matcher id = ID.matcher(slash("T0TEACH", "archive"));
    assertThat(id.find()).isTrue();
    alphaArchiveId = id.group(1);
    assertThat(slash("T0TEACH", "archive export " + alphaArchiveId))
        .contains("Alpha private question?");
  }

  @AfterAll
  void stop() {
    live.close();
  }

  @Test
  void teamsCommandsFromAnotherTenantSeeNothing() throws Exception {
    for (String command : List.of("community info", "archive export " + alphaArchiveId)) {
      int before = live.connector.texts().size();
      HttpResponse<String> response = live.teamsCommand("tenant-x", "C1", "29:t", command);
      assertThat(response.statusCode()).as(response.body()).isLessThan(300);
      await().atMost(Duration.ofSeconds(10)).until(() -> live.connector.texts().size() > before);
      String reply =
          String.join("\n", live.connector.texts().subList(before, live.connector.texts().size()));
      assertThat(reply).as(command).doesNotContain("Alpha").contains("no community");
    }
  }

  private Community alpha() {
    return live.app
        .ports()
        .communities()
        .findByChannel(ChannelRef.of(Platform.SLACK, FakeSlackApi.TEAM, "C1"))
        .orElseThrow();
  }

  /** Where the outbox recorded Slack put the prompt. */
  private java.util.Optional<String> promptTs() {
    var ports = live.app.ports();
    return ports
        .occurrences()
        .findByCommunity(alpha().id(), Instant.EPOCH, Instant.now().plusSeconds(60))
        .stream()
        .flatMap(o -> ports.occurrences().findPrompts(o.id()).stream())
        .flatMap(p -> ports.occurrences().findPromptMessages(p.id()).stream())
        .map(m -> m.messageId())
        .findFirst();
  }

  private String slash(String team, String text) throws Exception {
    HttpResponse<String> response = live.slash(team, "C1", "U1", text);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("text").asText();
  }
}

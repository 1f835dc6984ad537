package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonObject;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Platform;
import dev.rituals.slack.FakeSlackApi;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two schools install the app through Slack OAuth into one running app; both use channel C1. Each
 * workspace's token is stored sealed and used only for its own workspace; ids seen in one (archive
 * ids, the prompt's ts) never resolve from the other, whose requests arrive signed like any other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackWorkspaceIsolationTest {
  static final Pattern ARCHIVE_ID = Pattern.compile("id `([0-9a-f]{8})`");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  LiveApp live;
  String alphaArchiveId;

  @BeforeAll
  void twoSchoolsInstallAndTheFirstAsksAQuestion() throws Exception {
    live =
        new LiveApp(
            dataDir,
            Map.of(
                "SLACK_BOT_TOKEN", "",
                "SLACK_CLIENT_ID", "123.456",
                "SLACK_CLIENT_SECRET", "client-secret-value",
                "RITUALS_SECRET_KEY", Base64.getEncoder().encodeToString(new byte[32])));
    install("TAAA", "xoxb-alpha-token", "code-a");
    install("TBBB", "xoxb-beta-token", "code-b");

    assertThat(slash("TAAA", "community create \"Alpha Secret Circle\"")).contains("Alpha");
    assertThat(slash("TAAA", "ask now \"Alpha private question?\"")).contains("Posted");
    await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> !live.slackApi.calls("chat.postMessage").isEmpty());
    Matcher id = ARCHIVE_ID.matcher(slash("TAAA", "archive"));
    assertThat(id.find()).isTrue();
    alphaArchiveId = id.group(1);
  }

  @AfterAll
  void stop() {
    live.close();
  }

  @Test
  void eachWorkspacesTokenIsStoredSealedAndUsedOnlyForItsOwnMessages() {
    assertThat(live.slackApi.calls("chat.postMessage"))
        .allSatisfy(c -> assertThat(c.authorization()).isEqualTo("Bearer xoxb-alpha-token"));
    String stored =
        live.app.database().dsl().fetch("select bot_token from slack_installation").formatCSV();
    assertThat(stored).contains("enc:v1:").doesNotContain("xoxb-");
  }

  @Test
  void commandsFromTheOtherWorkspaceWithTheSameChannelIdSeeNothing() throws Exception {
    for (String command :
        new String[] {"community info", "archive", "archive export " + alphaArchiveId, "report"}) {
      assertThat(slash("TBBB", command))
          .as(command)
          .doesNotContain("Alpha")
          .contains("no community");
    }
    assertThat(slash("TBBB", "community create \"Beta Group\"")).contains("Beta Group");
    assertThat(slash("TBBB", "archive export " + alphaArchiveId)).doesNotContain("Alpha");
  }

  @Test
  void aThreadReplyInTheOtherWorkspaceUnderTheSameTsIsNoAnswer() throws Exception {
    String promptTs = promptTs();
    ObjectNode reply = JSON.createObjectNode();
    reply.put("type", "message");
    reply.put("channel", "C1");
    reply.put("user", "U2");
    reply.put("text", "cross-workspace reply");
    reply.put("ts", "1800000000.000100");
    reply.put("thread_ts", promptTs);
    reply.put("channel_type", "channel");
    reply.put("team", "TBBB");
    assertThat(live.slackEvent("TBBB", reply).statusCode()).isEqualTo(200);

    // the same reply in the right workspace is recorded: the check below is not vacuous
    ObjectNode own = reply.deepCopy();
    own.put("ts", "1800000000.000200");
    own.put("team", "TAAA");
    own.put("text", "own-workspace reply");
    assertThat(live.slackEvent("TAAA", own).statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(10)).until(() -> !answers().isEmpty());
    assertThat(answers()).singleElement().satisfies(a -> assertThat(a.text()).contains("own"));
  }

  private java.util.List<dev.rituals.core.model.Answer> answers() {
    var ports = live.app.ports();
    return ports
        .occurrences()
        .findByCommunity(alpha().id(), Instant.EPOCH, Instant.now().plusSeconds(60))
        .stream()
        .flatMap(o -> ports.answers().findByOccurrence(o.id()).stream())
        .toList();
  }

  private Community alpha() {
    return live.app
        .ports()
        .communities()
        .findByChannel(ChannelRef.of(Platform.SLACK, "TAAA", "C1"))
        .orElseThrow();
  }

  private String promptTs() {
    var ports = live.app.ports();
    return ports
        .occurrences()
        .findByCommunity(alpha().id(), Instant.EPOCH, Instant.now().plusSeconds(60))
        .stream()
        .flatMap(o -> ports.occurrences().findPrompts(o.id()).stream())
        .flatMap(p -> ports.occurrences().findPromptMessages(p.id()).stream())
        .map(m -> m.messageId())
        .findFirst()
        .orElseThrow();
  }

  /**
   * The OAuth dance as Slack and a browser do it: /slack/install, then the redirect with a code.
   */
  private void install(String team, String token, String code) throws Exception {
    live.slackApi.tokenTeam(token, team);
    JsonObject access = FakeSlackApi.fixture("oauth.v2.access");
    access.addProperty("app_id", "A0RITUALS");
    access.addProperty("access_token", token);
    access.addProperty("token_type", "bot");
    access.addProperty("scope", "chat:write,commands");
    access.addProperty("bot_user_id", "UBOT" + team);
    access.remove("refresh_token");
    access.remove("expires_in");
    access.remove("enterprise");
    access.remove("incoming_webhook");
    access.getAsJsonObject("team").addProperty("id", team);
    access.getAsJsonObject("team").addProperty("name", "School " + team);
    JsonObject installer = new JsonObject();
    installer.addProperty("id", "U0ADMIN");
    access.add("authed_user", installer);
    live.slackApi.override("oauth.v2.access", call -> FakeSlackApi.Answer.ok(access.toString()));

    HttpResponse<String> page =
        live.send(HttpRequest.newBuilder(live.uri("/slack/install")).build());
    Matcher state = Pattern.compile("[?&;]state=([^&\"']+)").matcher(page.body());
    assertThat(state.find()).as(page.body()).isTrue();
    HttpResponse<String> redirect =
        live.send(
            HttpRequest.newBuilder(
                    live.uri("/slack/oauth_redirect?code=" + code + "&state=" + state.group(1)))
                .header("Cookie", "slack-app-oauth-state=" + state.group(1))
                .build());
    assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(200);
  }

  private String slash(String team, String text) throws Exception {
    HttpResponse<String> response = live.slash(team, "C1", "U1", text);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).path("text").asText();
  }
}

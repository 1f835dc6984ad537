package dev.rituals.teams;

import static dev.rituals.teams.Activities.GENERAL;
import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.port.DeliveryResult;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Proactive sends: where each kind of destination goes, and what Teams' errors become. */
class TeamsChatGatewayTest {
  private static final MessageBody HELLO = MessageBody.text("Hello *everyone*");
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    app = new TeamsTestApp();
    app.post(app.activities.teamInstall());
    app.connector.clear();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void gatewayIsForTeams() {
    assertThat(app.gateway().platform()).isEqualTo(Platform.TEAMS);
  }

  @Test
  void replyInThreadGoesIntoThePromptsReplyChain() {
    MessageRef prompt = new MessageRef(GENERAL_CHANNEL, "1700000000042");

    DeliveryResult result = app.gateway().replyInThread(prompt, HELLO);

    FakeBotConnector.Call call = app.connector.messages().get(0);
    assertThat(call.path())
        .isEqualTo("/v3/conversations/" + GENERAL + ";messageid=1700000000042/activities");
    assertThat(call.body().path("text").asText()).isEqualTo("Hello **everyone**");
    assertThat(result)
        .isEqualTo(
            new DeliveryResult.Delivered(new MessageRef(GENERAL_CHANNEL, app.connector.lastId())));
  }

  @Test
  void updateReplacesThePostedMessage() {
    MessageRef posted = new MessageRef(GENERAL_CHANNEL, "1700000000042");

    DeliveryResult result = app.gateway().update(posted, Fixtures.prompt());

    FakeBotConnector.Call call = app.connector.messages().get(0);
    assertThat(call.method()).isEqualTo("PUT");
    assertThat(call.path()).isEqualTo("/v3/conversations/" + GENERAL + "/activities/1700000000042");
    assertThat(call.body().path("id").asText()).isEqualTo("1700000000042");
    assertThat(call.body().path("attachments").get(0).path("content"))
        .isEqualTo(Fixtures.json("cards/prompt.json"));
    assertThat(result).isEqualTo(new DeliveryResult.Delivered(posted));
  }

  @Test
  void privateReplyGoesToThePersonalChat() throws Exception {
    app.post(app.activities.personalInstall());
    app.connector.clear();

    DeliveryResult result =
        app.gateway().privateReply(GENERAL_CHANNEL, Activities.ALICE_USER, HELLO);

    assertThat(app.connector.messages().get(0).path())
        .isEqualTo("/v3/conversations/" + Activities.ALICE_CHAT + "/activities");
    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
  }

  @Test
  void rateLimitIsThrottledForWhatTeamsAsks() {
    app.connector.failNext(429, Map.of("Retry-After", "7"), "TooManyRequests");

    DeliveryResult result = app.gateway().post(GENERAL_CHANNEL, HELLO);

    assertThat(result)
        .isEqualTo(
            new DeliveryResult.Throttled(
                Duration.ofSeconds(7), "Teams answered 429 TooManyRequests"));
  }

  @Test
  void rateLimitWithoutRetryAfterLeavesTheWaitToTheSendersBackoff() {
    app.connector.failNext(429, Map.of(), "TooManyRequests");

    DeliveryResult result = app.gateway().post(GENERAL_CHANNEL, HELLO);

    assertThat(result)
        .isEqualTo(
            new DeliveryResult.Throttled(Duration.ZERO, "Teams answered 429 TooManyRequests"));
  }

  @Test
  void serviceUnavailableIsRetriedLater() {
    // the SDK's own RetryHandler tries 5xx four times before giving up
    for (int i = 0; i < 4; i++) {
      app.connector.failNext(503, Map.of("Retry-After", "120"), "ServiceUnavailable");
    }

    DeliveryResult result = app.gateway().post(GENERAL_CHANNEL, HELLO);

    assertThat(result)
        .isEqualTo(
            new DeliveryResult.RetryLater(
                Duration.ofSeconds(120), "Teams answered 503 ServiceUnavailable"));
  }

  @Test
  void forbiddenAndNotFoundAreFinal() {
    app.connector.failNext(403, Map.of(), "BotNotInConversationRoster");
    app.connector.failNext(404, Map.of(), "ConversationNotFound");

    DeliveryResult forbidden = app.gateway().post(GENERAL_CHANNEL, HELLO);
    DeliveryResult notFound = app.gateway().post(GENERAL_CHANNEL, HELLO);

    assertThat(forbidden)
        .isEqualTo(new DeliveryResult.Failed("Teams answered 403 BotNotInConversationRoster"));
    assertThat(notFound)
        .isEqualTo(new DeliveryResult.Failed("Teams answered 404 ConversationNotFound"));
  }

  @Test
  void unreachableConnectorIsRetriedLater() throws Exception {
    app.connector.close();

    DeliveryResult result = app.gateway().post(GENERAL_CHANNEL, HELLO);

    assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
    assertThat(((DeliveryResult.RetryLater) result).reason()).contains("cannot reach Teams");
  }
}

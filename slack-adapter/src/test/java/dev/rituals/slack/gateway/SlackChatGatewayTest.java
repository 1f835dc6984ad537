package dev.rituals.slack.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.install.BotTokens;
import dev.rituals.slack.render.MessageRenderer;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SlackChatGatewayTest {
  private static final TenantRef TEAM = new TenantRef(Platform.SLACK, FakeSlackApi.TEAM);
  private static final ChannelRef CHANNEL = new ChannelRef(TEAM, "C0MATHS");
  private static final MessageBody PROMPT =
      new MessageBody(
          MessageKind.PROMPT,
          "Q1: What did you try this week?",
          Map.of(
              "promptId", "6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11",
              "number", "1",
              "question", "What did you try this week?"));

  private final FakeSlackApi api = new FakeSlackApi();
  private final SlackChatGateway gateway = gateway(api.url());

  @AfterEach
  void stop() {
    api.close();
  }

  @Test
  void promptIsPostedToTheChannelAsBlockKitWithItsTextFallback() {
    DeliveryResult result = gateway.post(CHANNEL, PROMPT);

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    MessageRef posted = ((DeliveryResult.Delivered) result).message();
    assertThat(posted.channel()).isEqualTo(CHANNEL);
    FakeSlackApi.Call call = api.calls("chat.postMessage").get(0);
    assertThat(posted.messageId()).isEqualTo("1700000000.000001");
    assertThat(call.authorization()).isEqualTo("Bearer " + FakeSlackApi.BOT_TOKEN);
    assertThat(call.param("channel")).isEqualTo("C0MATHS");
    assertThat(call.param("text")).isEqualTo("Q1: What did you try this week?");
    assertThat(call.param("thread_ts")).isNull();
    assertThat(JsonParser.parseString(call.param("blocks")))
        .isEqualTo(
            JsonParser.parseString(
                """
                [
                  {"type": "section", "block_id": "prompt_question",
                   "text": {"type": "mrkdwn", "text": "*Q1*  What did you try this week?"}},
                  {"type": "actions", "block_id": "prompt_actions",
                   "elements": [{"type": "button", "action_id": "answer_prompt", "style": "primary",
                                 "text": {"type": "plain_text", "text": "Answer"},
                                 "value": "6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11"}]},
                  {"type": "context", "elements": [
                    {"type": "mrkdwn",
                     "text": "Reply in the thread or write `A1 your answer` in the channel"}]}
                ]
                """));
  }

  @Test
  void threadReplyIsPostedUnderItsParent() {
    gateway.replyInThread(
        new MessageRef(CHANNEL, "1700000000.000100"), MessageBody.text("Thanks, all 12 of you!"));

    FakeSlackApi.Call call = api.calls("chat.postMessage").get(0);
    assertThat(call.param("thread_ts")).isEqualTo("1700000000.000100");
    assertThat(call.param("channel")).isEqualTo("C0MATHS");
  }

  @Test
  void directMessageOpensTheConversationOnceThenPostsIntoIt() {
    UserRef sam = new UserRef(TEAM, "U2SAM");

    DeliveryResult first = gateway.directMessage(sam, MessageBody.text("Welcome!"));
    gateway.directMessage(sam, MessageBody.text("Reminder"));

    assertThat(api.calls("conversations.open")).hasSize(1);
    assertThat(api.calls("conversations.open").get(0).param("users")).isEqualTo("U2SAM");
    assertThat(api.calls("chat.postMessage"))
        .extracting(c -> c.param("channel"))
        .containsExactly("DU2SAM", "DU2SAM");
    assertThat(((DeliveryResult.Delivered) first).message().channel().channelId())
        .isEqualTo("DU2SAM");
  }

  @Test
  void privateReplyIsAnEphemeralMessage() {
    DeliveryResult result =
        gateway.privateReply(CHANNEL, new UserRef(TEAM, "U2SAM"), MessageBody.text("Only you"));

    FakeSlackApi.Call call = api.calls("chat.postEphemeral").get(0);
    assertThat(call.param("user")).isEqualTo("U2SAM");
    assertThat(call.param("channel")).isEqualTo("C0MATHS");
    assertThat(((DeliveryResult.Delivered) result).message().messageId()).startsWith("ephemeral:");
  }

  @Test
  void updateReplacesThePostedMessage() {
    DeliveryResult result =
        gateway.update(new MessageRef(CHANNEL, "1700000000.000100"), MessageBody.text("Closed"));

    FakeSlackApi.Call call = api.calls("chat.update").get(0);
    assertThat(call.param("ts")).isEqualTo("1700000000.000100");
    assertThat(call.param("text")).isEqualTo("Closed");
    assertThat(((DeliveryResult.Delivered) result).message())
        .isEqualTo(new MessageRef(CHANNEL, "1700000000.000100"));
  }

  @Test
  void http429IsRetriedAfterWhatSlackSays() {
    api.enqueue(
        "chat.postMessage",
        new FakeSlackApi.Answer(
            429, Map.of("Retry-After", "7"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

    DeliveryResult result = gateway.post(CHANNEL, PROMPT);

    assertThat(result)
        .isEqualTo(new DeliveryResult.Throttled(Duration.ofSeconds(7), "ratelimited"));
  }

  @Test
  void ratelimitedErrorInA200IsRetriedLaterToo() {
    api.enqueue(
        "chat.postMessage",
        new FakeSlackApi.Answer(
            200, Map.of("Retry-After", "3"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

    assertThat(gateway.post(CHANNEL, PROMPT))
        .isEqualTo(new DeliveryResult.Throttled(Duration.ofSeconds(3), "ratelimited"));
  }

  @Test
  void tierLimitsHoldAWorkspaceBackBeforeSlackHasToSay429() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    SlackChatGateway limited =
        new SlackChatGateway(
            slack(api.url()),
            BotTokens.single(FakeSlackApi.BOT_TOKEN),
            new MessageRenderer(),
            SlackRateLimits.tiers(clock));
    MessageRef message = new MessageRef(CHANNEL, "1700000000.000100");

    for (int i = 0; i < 5; i++) {
      assertThat(limited.update(message, PROMPT)).isInstanceOf(DeliveryResult.Delivered.class);
    }
    DeliveryResult sixth = limited.update(message, PROMPT);

    // chat.update is Tier 3 (50 per minute, a burst of 5): the sixth waits 1.2 s, unsent.
    assertThat(sixth)
        .isEqualTo(
            new DeliveryResult.Throttled(
                Duration.ofMillis(1200), "Slack tier limit for chat.update"));
    assertThat(api.calls("chat.update")).hasSize(5);
    clock.advance(Duration.ofMillis(1200));
    assertThat(limited.update(message, PROMPT)).isInstanceOf(DeliveryResult.Delivered.class);
  }

  @Test
  void a429OnAWorkspaceMethodPausesThatMethodForTheWholeWorkspace() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
    SlackChatGateway limited =
        new SlackChatGateway(
            slack(api.url()),
            BotTokens.single(FakeSlackApi.BOT_TOKEN),
            new MessageRenderer(),
            SlackRateLimits.tiers(clock));
    api.enqueue(
        "conversations.open",
        new FakeSlackApi.Answer(
            429, Map.of("Retry-After", "20"), "{\"ok\":false,\"error\":\"ratelimited\"}"));

    DeliveryResult first = limited.directMessage(new UserRef(TEAM, "U1"), PROMPT);
    DeliveryResult second = limited.directMessage(new UserRef(TEAM, "U2"), PROMPT);

    assertThat(first)
        .isEqualTo(new DeliveryResult.Throttled(Duration.ofSeconds(20), "ratelimited"));
    assertThat(second).isInstanceOf(DeliveryResult.Throttled.class);
    assertThat(((DeliveryResult.Throttled) second).after()).isEqualTo(Duration.ofSeconds(20));
    assertThat(api.calls("conversations.open")).hasSize(1);
    clock.advance(Duration.ofSeconds(20));
    assertThat(limited.directMessage(new UserRef(TEAM, "U2"), PROMPT))
        .isInstanceOf(DeliveryResult.Delivered.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "channel_not_found",
        "not_in_channel",
        "account_inactive",
        "invalid_auth",
        "is_archived"
      })
  void errorsThatRetryingCannotFixFailTheMessage(String error) {
    api.enqueue(
        "chat.postMessage", FakeSlackApi.Answer.ok("{\"ok\":false,\"error\":\"" + error + "\"}"));

    assertThat(gateway.post(CHANNEL, PROMPT)).isEqualTo(new DeliveryResult.Failed(error));
  }

  @Test
  void serverErrorsAreRetriedWithGrowingBackoffUntilASuccess() {
    api.enqueue("chat.postMessage", new FakeSlackApi.Answer(503, Map.of(), "unavailable"));
    api.enqueue("chat.postMessage", new FakeSlackApi.Answer(500, Map.of(), "oops"));

    DeliveryResult first = gateway.post(CHANNEL, PROMPT);
    DeliveryResult second = gateway.post(CHANNEL, PROMPT);
    DeliveryResult third = gateway.post(CHANNEL, PROMPT);
    api.enqueue("chat.postMessage", new FakeSlackApi.Answer(500, Map.of(), "oops"));
    DeliveryResult afterSuccess = gateway.post(CHANNEL, PROMPT);

    assertThat(first).isEqualTo(new DeliveryResult.RetryLater(Duration.ofSeconds(5), "http 503"));
    assertThat(second).isEqualTo(new DeliveryResult.RetryLater(Duration.ofSeconds(10), "http 500"));
    assertThat(third).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(afterSuccess)
        .isEqualTo(new DeliveryResult.RetryLater(Duration.ofSeconds(5), "http 500"));
  }

  @Test
  void unreachableSlackIsRetriedLater() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    SlackChatGateway offline = gateway("http://127.0.0.1:" + closedPort + "/api/");

    DeliveryResult result = offline.post(CHANNEL, PROMPT);

    assertThat(result).isInstanceOf(DeliveryResult.RetryLater.class);
    assertThat(((DeliveryResult.RetryLater) result).reason()).startsWith("network:");
  }

  @Test
  void workspaceWithoutATokenIsNotSentTo() {
    SlackChatGateway noTokens =
        new SlackChatGateway(slack(api.url()), team -> Optional.empty(), new MessageRenderer());

    assertThat(noTokens.post(CHANNEL, PROMPT)).isInstanceOf(DeliveryResult.Failed.class);
    assertThat(api.calls()).isEmpty();
  }

  private static SlackChatGateway gateway(String url) {
    return new SlackChatGateway(
        slack(url), BotTokens.single(FakeSlackApi.BOT_TOKEN), new MessageRenderer());
  }

  private static Slack slack(String url) {
    SlackConfig config = new SlackConfig();
    config.setMethodsEndpointUrlPrefix(url);
    config.setStatsEnabled(false);
    return Slack.getInstance(config);
  }
}

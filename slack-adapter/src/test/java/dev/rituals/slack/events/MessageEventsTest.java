package dev.rituals.slack.events;

import static dev.rituals.slack.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.gson.JsonObject;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackTestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class MessageEventsTest {
  private static final TenantRef TEAM = new TenantRef(Platform.SLACK, FakeSlackApi.TEAM);
  private static final ChannelRef CHANNEL = new ChannelRef(TEAM, "C0MATHS");

  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackTestApp();
    when(slack.answers.onMessage(any())).thenReturn(AnswerOutcome.RECORDED);
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void threadReplyUnderAPromptReachesCoreWithItsThreadParent() throws Exception {
    JsonObject reply =
        Payloads.threadReply(
            "C0MATHS", "U2SAM", "We tried exit tickets", "1700000100.000200", "1700000000.000100");

    HttpResponse<String> response = slack.event(envelope("Ev01", reply));

    assertThat(response.statusCode()).isEqualTo(200);
    IncomingMessage message = capturedMessage();
    assertThat(message.author()).isEqualTo(new UserRef(TEAM, "U2SAM"));
    assertThat(message.authorName()).isEqualTo("Dana"); // from users.info
    assertThat(message.text()).isEqualTo("We tried exit tickets");
    assertThat(message.message()).isEqualTo(new MessageRef(CHANNEL, "1700000100.000200"));
    assertThat(message.threadParent()).contains(new MessageRef(CHANNEL, "1700000000.000100"));
    assertThat(message.sourceKey()).isEqualTo("C0MATHS:1700000100.000200");
    assertThat(message.at()).isEqualTo(Instant.parse("2023-11-14T22:15:00.000200Z"));
  }

  @Test
  void numberedAnswerInTheChannelReachesCoreWithoutAThreadParent() throws Exception {
    slack.event(
        envelope(
            "Ev02",
            Payloads.message("C0MATHS", "U2SAM", "A2: peer feedback", "1700000200.000300")));

    IncomingMessage message = capturedMessage();
    assertThat(message.text()).isEqualTo("A2: peer feedback");
    assertThat(message.threadParent()).isEqualTo(Optional.empty());
    assertThat(message.sourceKey()).isEqualTo("C0MATHS:1700000200.000300");
  }

  @Test
  void editedMessageUpdatesTheAnswerBehindIt() throws Exception {
    slack.event(
        envelope(
            "Ev03",
            Payloads.edited(
                "C0MATHS", "U2SAM", "1700000200.000300", "A2: peer feedbak", "A2: peer feedback")));

    verify(slack.answers, timeout(3000))
        .onEdit(
            TEAM,
            "C0MATHS:1700000200.000300",
            "A2: peer feedback",
            Instant.parse("2023-11-14T22:18:20Z"));
  }

  @Test
  void messageChangedWithoutAnEditMarkIsNotAnEdit() throws Exception {
    // Slack re-sends a message as message_changed when it unfurls a link; nothing was edited.
    JsonObject unfurl = Payloads.edited("C0MATHS", "U2SAM", "1700000200.000300", "see x", "see x");
    unfurl.getAsJsonObject("message").remove("edited");

    slack.event(envelope("Ev04", unfurl));

    verify(slack.answers, after(500).never()).onEdit(any(), anyString(), anyString(), any());
  }

  @Test
  void deletedMessageRetractsTheAnswerBehindIt() throws Exception {
    slack.event(envelope("Ev05", Payloads.deleted("C0MATHS", "1700000200.000300")));

    verify(slack.answers, timeout(3000)).onDelete(TEAM, "C0MATHS:1700000200.000300");
  }

  @Test
  void botMessagesNeverReachCore() throws Exception {
    JsonObject botMessage =
        Payloads.message("C0MATHS", "U2SAM", "A1 I am a bot", "1700000201.000100");
    botMessage.remove("user");
    botMessage.addProperty("subtype", "bot_message");
    botMessage.addProperty("bot_id", "B0OTHER");
    JsonObject appMessage =
        Payloads.message("C0MATHS", "UAPP", "A1 posted by an app", "1700000202.000100");
    appMessage.addProperty("bot_id", "B0OTHER");

    assertThat(slack.event(envelope("Ev06", botMessage)).statusCode()).isEqualTo(200);
    assertThat(slack.event(envelope("Ev07", appMessage)).statusCode()).isEqualTo(200);

    verify(slack.answers, after(500).never()).onMessage(any());
  }

  @Test
  void retriedDeliveryIsAcknowledgedButProcessedOnce() throws Exception {
    String event =
        envelope("Ev08", Payloads.message("C0MATHS", "U2SAM", "A1 twice?", "1700000210.000100"));

    HttpResponse<String> first = slack.event(event);
    HttpResponse<String> retry =
        slack.event(event, "X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout");

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(retry.statusCode()).isEqualTo(200);
    verify(slack.answers, timeout(3000)).onMessage(any());
    verify(slack.answers, after(500).times(1)).onMessage(any());
  }

  @Test
  void eventIsAcknowledgedBeforeSlowProcessingFinishes() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    when(slack.answers.onMessage(any()))
        .thenAnswer(
            invocation -> {
              release.await(10, TimeUnit.SECONDS);
              return AnswerOutcome.RECORDED;
            });
    long started = System.nanoTime();

    HttpResponse<String> response =
        slack.event(
            envelope("Ev09", Payloads.message("C0MATHS", "U2SAM", "A1 slow", "1700000220.000100")));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    verify(slack.answers, timeout(3000)).onMessage(any()); // still running, after the ack
    release.countDown();
  }

  @Test
  void badSignatureIsRefusedAndNothingReachesCore() throws Exception {
    String body =
        envelope("Ev10", Payloads.message("C0MATHS", "U2SAM", "A1 forged", "1700000230.000100"));
    String now = String.valueOf(Instant.now().getEpochSecond());

    HttpResponse<String> response =
        slack.send("application/json", body, now, "v0=" + "0".repeat(64));

    assertThat(response.statusCode()).isEqualTo(401);
    verify(slack.answers, after(300).never()).onMessage(any());
    assertThat(slack.eventLog.size()).isZero();
  }

  @Test
  void staleTimestampIsRefusedEvenWithAValidSignature() throws Exception {
    String body =
        envelope("Ev11", Payloads.message("C0MATHS", "U2SAM", "A1 replayed", "1700000240.000100"));

    HttpResponse<String> response =
        slack.postSignedAt(Instant.now().minus(Duration.ofMinutes(6)), "application/json", body);

    assertThat(response.statusCode()).isEqualTo(401);
    verify(slack.answers, after(300).never()).onMessage(any());
  }

  @Test
  void urlVerificationEchoesTheChallenge() throws Exception {
    HttpResponse<String> response =
        slack.event(
            "{\"token\":\"legacy\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\","
                + "\"type\":\"url_verification\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
  }

  private IncomingMessage capturedMessage() {
    ArgumentCaptor<IncomingMessage> message = ArgumentCaptor.forClass(IncomingMessage.class);
    verify(slack.answers, timeout(3000)).onMessage(message.capture());
    return message.getValue();
  }
}

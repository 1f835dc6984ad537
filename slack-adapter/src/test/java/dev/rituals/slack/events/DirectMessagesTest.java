package dev.rituals.slack.events;

import static dev.rituals.slack.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.gson.JsonObject;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackTestApp;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** A person's words in their direct chat with the bot reach core's commands, not answers. */
class DirectMessagesTest {
  private static final TenantRef TEAM = new TenantRef(Platform.SLACK, FakeSlackApi.TEAM);

  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackTestApp();
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  private static JsonObject direct(String text, String ts) {
    JsonObject e = Payloads.message("D0SAM", "U2SAM", text, ts);
    e.addProperty("channel_type", DirectMessages.IM);
    return e;
  }

  @Test
  void aPlainDirectMessageIsHandledInTheDirectChatAndTheReplyPostedThere() throws Exception {
    when(slack.commands.handle(any()))
        .thenReturn(CommandReply.ok("Thank you! Your question opens *Maths* on Fri 6 Mar."));

    slack.event(envelope("EvD1", direct("What surprised you this week?", "1700000300.000100")));

    ArgumentCaptor<CommandRequest> request = ArgumentCaptor.forClass(CommandRequest.class);
    verify(slack.commands, timeout(3000)).handle(request.capture());
    assertThat(request.getValue().user()).isEqualTo(new UserRef(TEAM, "U2SAM"));
    assertThat(request.getValue().channel()).isEmpty();
    assertThat(request.getValue().text()).isEqualTo("What surprised you this week?");
    verify(slack.answers, never()).onMessage(any());
    waitFor(() -> !slack.api.calls("chat.postMessage").isEmpty());
    var posted = slack.api.calls("chat.postMessage").get(0);
    assertThat(posted.param("channel")).isEqualTo("D0SAM");
    assertThat(posted.param("text")).contains("Thank you! Your question opens *Maths*");
  }

  @Test
  void theBotsOwnDirectMessagesAndThreadRepliesAreLeftAlone() throws Exception {
    JsonObject own = direct("it's your turn to host", "1700000301.000100");
    own.addProperty("bot_id", "B0RITUALS");
    JsonObject threaded = direct("thanks", "1700000302.000100");
    threaded.addProperty("thread_ts", "1700000301.000100");

    slack.event(envelope("EvD2", own));
    slack.event(envelope("EvD3", threaded));

    verify(slack.commands, after(500).never()).handle(any());
    assertThat(slack.api.calls("chat.postMessage")).isEmpty();
  }

  private static void waitFor(java.util.function.BooleanSupplier done) throws InterruptedException {
    Instant until = Instant.now().plus(Duration.ofSeconds(3));
    while (!done.getAsBoolean() && Instant.now().isBefore(until)) {
      Thread.sleep(20);
    }
    assertThat(done.getAsBoolean()).as("within 3 seconds").isTrue();
  }
}

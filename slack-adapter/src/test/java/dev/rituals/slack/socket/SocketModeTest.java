package dev.rituals.slack.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.HomeViewUseCase;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackCore;
import dev.rituals.slack.SlackModule;
import dev.rituals.slack.SlackSettings;
import dev.rituals.slack.SlackTestApp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.java_websocket.WebSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Socket Mode: no public URL; Slack pushes envelopes over a websocket and wants them acked. */
class SocketModeTest {
  private final FakeSlackApi api = new FakeSlackApi();
  private final FakeSocketModeServer socketMode = new FakeSocketModeServer();
  private final HandleCommandUseCase commands = mock(HandleCommandUseCase.class);
  private final RecordAnswerUseCase answers = mock(RecordAnswerUseCase.class);
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private SlackModule module;

  @BeforeEach
  void start() throws Exception {
    socketMode.startAndWait();
    api.override(
        "apps.connections.open",
        call -> {
          JsonObject o = FakeSlackApi.fixture("apps.connections.open");
          o.addProperty("url", socketMode.url());
          o.remove("response_metadata");
          return FakeSlackApi.Answer.ok(o.toString());
        });
    SlackSettings settings =
        SlackSettings.fromEnvironment(
            Map.of(
                "SLACK_APP_TOKEN",
                "xapp-1-A0RITUALS-test",
                "SLACK_BOT_TOKEN",
                FakeSlackApi.BOT_TOKEN,
                "SLACK_API_URL",
                api.url()));
    SlackCore core =
        new SlackCore(
            commands,
            mock(SubmitScheduleFormUseCase.class),
            answers,
            mock(MembershipUseCase.class),
            mock(ReportUseCase.class),
            Optional.of(mock(HomeViewUseCase.class)),
            new SlackTestApp.SeenEvents());
    module = new SlackModule(settings, core, Clock.systemUTC(), executor, Optional.empty());
    module.start();
  }

  @AfterEach
  void stop() throws Exception {
    module.stop();
    socketMode.stop(1000);
    executor.shutdownNow();
    api.close();
  }

  @Test
  void connectsWithTheAppTokenAndAcksEventsBeforeHandingThemToCore() throws Exception {
    when(answers.onMessage(any())).thenReturn(AnswerOutcome.RECORDED);
    WebSocket socket = socketMode.connection();
    assertThat(api.calls("apps.connections.open").get(0).authorization())
        .isEqualTo("Bearer xapp-1-A0RITUALS-test");

    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", "env-1");
    envelope.addProperty("type", "events_api");
    envelope.addProperty("accepts_response_payload", false);
    envelope.addProperty("retry_attempt", 0);
    envelope.add(
        "payload",
        JsonParser.parseString(
            Payloads.envelope(
                "EvSock",
                Payloads.message("C0MATHS", "U2SAM", "A1 over the socket", "1700000100.000100"))));
    socket.send(envelope.toString());

    assertThat(ack("env-1")).isNotNull();
    ArgumentCaptor<IncomingMessage> message = ArgumentCaptor.forClass(IncomingMessage.class);
    verify(answers, timeout(5000)).onMessage(message.capture());
    assertThat(message.getValue().text()).isEqualTo("A1 over the socket");
  }

  @Test
  void slashCommandReplyTravelsBackInTheAck() throws Exception {
    when(commands.handle(any()))
        .thenReturn(CommandReply.ok("*Help*: try `/rituals schedule list`"));
    WebSocket socket = socketMode.connection();
    JsonObject command = new JsonObject();
    command.addProperty("token", "legacy");
    command.addProperty("team_id", FakeSlackApi.TEAM);
    command.addProperty("channel_id", "C0MATHS");
    command.addProperty("user_id", "U1DANA");
    command.addProperty("user_name", "dana");
    command.addProperty("command", "/rituals");
    command.addProperty("text", "help");
    command.addProperty("api_app_id", "A0RITUALS");
    command.addProperty("response_url", api.responseUrl());
    command.addProperty("trigger_id", "trigger-9");
    JsonObject envelope = new JsonObject();
    envelope.addProperty("envelope_id", "env-2");
    envelope.addProperty("type", "slash_commands");
    envelope.addProperty("accepts_response_payload", true);
    envelope.add("payload", command);

    socket.send(envelope.toString());

    JsonObject ack = ack("env-2");
    assertThat(ack.getAsJsonObject("payload").get("response_type").getAsString())
        .isEqualTo("ephemeral");
    assertThat(ack.getAsJsonObject("payload").get("text").getAsString())
        .isEqualTo("*Help*: try `/rituals schedule list`");
  }

  /** The app's ack for {@code envelopeId}, skipping anything else it sent. */
  private JsonObject ack(String envelopeId) throws InterruptedException {
    for (String text = socketMode.nextReceived(); text != null; text = socketMode.nextReceived()) {
      JsonObject o = JsonParser.parseString(text).getAsJsonObject();
      if (o.has("envelope_id") && envelopeId.equals(o.get("envelope_id").getAsString())) {
        return o;
      }
    }
    throw new AssertionError("no ack for " + envelopeId);
  }
}

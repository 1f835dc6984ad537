package dev.rituals.slack.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.SlackTestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SlashCommandTest {
  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackTestApp();
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void commandIsAnsweredInTheAcknowledgementOnlyForThePersonWhoTypedIt() throws Exception {
    when(slack.commands.handle(any()))
        .thenReturn(CommandReply.ok("*Rituals here*\n• #1 weekly prompt <Fri 07:00>"));

    HttpResponse<String> response = slack.command("schedule list", "C0MATHS");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.get("text").getAsString())
        .isEqualTo("*Rituals here*\n• #1 weekly prompt &lt;Fri 07:00&gt;");
    ArgumentCaptor<CommandRequest> request = ArgumentCaptor.forClass(CommandRequest.class);
    verify(slack.commands).handle(request.capture());
    assertThat(request.getValue().user())
        .isEqualTo(UserRef.of(Platform.SLACK, FakeSlackApi.TEAM, "U1DANA"));
    assertThat(request.getValue().channel().orElseThrow().channelId()).isEqualTo("C0MATHS");
    assertThat(request.getValue().text()).isEqualTo("schedule list");
    assertThat(request.getValue().displayName()).isEqualTo("Dana");
    assertThat(request.getValue().userZone()).contains(ZoneId.of("Europe/Berlin"));
    // Slack never received a separate message: the reply rode on the acknowledgement.
    assertThat(slack.api.calls("chat.postEphemeral")).isEmpty();
    assertThat(slack.api.calls("chat.postMessage")).isEmpty();
  }

  @Test
  void unknownSubcommandShowsCoreUsageMessageToThePerson() throws Exception {
    when(slack.commands.handle(any()))
        .thenReturn(CommandReply.usage("I don't know `frobnicate`. Try `/rituals schedule list`."));

    HttpResponse<String> response = slack.command("frobnicate", "C0MATHS");

    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.get("text").getAsString())
        .isEqualTo("I don't know `frobnicate`. Try `/rituals schedule list`.");
  }

  @Test
  void scheduleAddWithoutArgumentsOpensTheScheduleModalWithTheUsersZone() throws Exception {
    when(slack.commands.handle(any()))
        .thenReturn(CommandReply.form(CommandReply.Form.SCHEDULE_ADD, "Fill in the form."));

    HttpResponse<String> response = slack.command("schedule add", "C0MATHS");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    await().atMost(Duration.ofSeconds(5)).until(() -> !slack.api.calls("views.open").isEmpty());
    FakeSlackApi.Call open = slack.api.calls("views.open").get(0);
    assertThat(open.param("trigger_id")).isEqualTo("trigger-1");
    JsonObject view = open.json("view");
    assertThat(view.get("callback_id").getAsString()).isEqualTo("schedule_add");
    assertThat(view.get("private_metadata").getAsString()).isEqualTo("C0MATHS");
    List<String> blockIds = new ArrayList<>();
    view.getAsJsonArray("blocks")
        .forEach(b -> blockIds.add(b.getAsJsonObject().get("block_id").getAsString()));
    assertThat(blockIds)
        .containsExactly("kind", "days", "time", "zone", "question", "bank_tag", "window");
    JsonObject zone = view.getAsJsonArray("blocks").get(3).getAsJsonObject();
    assertThat(zone.getAsJsonObject("element").get("action_id").getAsString()).isEqualTo("zone");
    assertThat(zone.getAsJsonObject("element").get("initial_value").getAsString())
        .isEqualTo("Europe/Berlin");
  }

  @Test
  void commandInADirectMessageReachesCoreWithoutAChannel() throws Exception {
    when(slack.commands.handle(any())).thenReturn(CommandReply.ok("Your communities: none yet."));

    slack.command("help", "D0DANA");

    ArgumentCaptor<CommandRequest> request = ArgumentCaptor.forClass(CommandRequest.class);
    verify(slack.commands).handle(request.capture());
    assertThat(request.getValue().channel()).isEqualTo(Optional.empty());
  }

  @Test
  void failureInsideCoreGivesAShortApologyAndNoStackTrace() throws Exception {
    when(slack.commands.handle(any()))
        .thenThrow(new IllegalStateException("database exploded at row 42"));

    HttpResponse<String> response = slack.command("schedule list", "C0MATHS");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
    assertThat(body.get("text").getAsString())
        .startsWith("Something went wrong, nothing was changed");
    assertThat(response.body()).doesNotContain("exploded", "Exception", "at dev.");
  }
}

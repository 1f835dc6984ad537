package dev.rituals.teams;

import static dev.rituals.teams.Activities.ALICE_CHAT;
import static dev.rituals.teams.Activities.ALICE_NAME;
import static dev.rituals.teams.Activities.ALICE_USER;
import static dev.rituals.teams.Activities.GENERAL;
import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.FormResult;
import dev.rituals.core.usecase.ScheduleForm;
import dev.rituals.core.usecase.ScheduleForm.Field;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Commands typed to the bot, and the schedule form card. */
class TeamsCommandTest {
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    app = new TeamsTestApp();
    // installed by IT, so Alice is no Rituals admin: core alone decides what she may do
    app.post(Activities.from(app.activities.teamInstall(), "29:it", "District IT", "aad-it"));
    app.connector.clear();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void mentionInAChannelRunsTheCommandAndRepliesInTheSameReplyChain() throws Exception {
    when(app.commands.handle(any())).thenReturn(CommandReply.ok("*Rituals here*\n• #1 prompt"));
    ObjectNode activity = app.activities.mention("schedule   list");
    String id = activity.get("id").asText();

    assertThat(app.post(activity).statusCode()).isEqualTo(202);

    ArgumentCaptor<CommandRequest> request = ArgumentCaptor.forClass(CommandRequest.class);
    verify(app.commands).handle(request.capture());
    assertThat(request.getValue().text()).isEqualTo("schedule list");
    assertThat(request.getValue().channel()).contains(GENERAL_CHANNEL);
    assertThat(request.getValue().user()).isEqualTo(ALICE_USER);
    assertThat(request.getValue().displayName()).isEqualTo(ALICE_NAME);
    FakeBotConnector.Call reply = app.connector.messages().get(0);
    assertThat(reply.path())
        .isEqualTo("/v3/conversations/" + GENERAL + ";messageid=" + id + "/activities/" + id);
    assertThat(reply.body().path("replyToId").asText()).isEqualTo(id);
    assertThat(reply.body().path("text").asText()).isEqualTo("**Rituals here**\n\n• #1 prompt");
    assertThat(reply.body().path("textFormat").asText()).isEqualTo("markdown");
  }

  @Test
  void plainTextInPersonalChatIsACommandWithoutChannel() throws Exception {
    when(app.commands.handle(any())).thenReturn(CommandReply.ok("Here is what I can do"));

    app.post(app.activities.personalMessage("help"));

    ArgumentCaptor<CommandRequest> request = ArgumentCaptor.forClass(CommandRequest.class);
    verify(app.commands).handle(request.capture());
    assertThat(request.getValue().text()).isEqualTo("help");
    assertThat(request.getValue().channel()).isEmpty();
    assertThat(app.connector.messages().get(0).path())
        .startsWith("/v3/conversations/" + ALICE_CHAT + "/activities");
  }

  @Test
  void usageErrorsReachThePersonAsTheyAre() throws Exception {
    when(app.commands.handle(any()))
        .thenReturn(CommandReply.usage("I don't know `shedule`. Try: `schedule add`"));

    app.post(app.activities.mention("shedule add"));

    assertThat(app.connector.messages().get(0).body().path("text").asText())
        .isEqualTo("I don't know `shedule`. Try: `schedule add`");
  }

  @Test
  void scheduleAddAnswersWithTheFormCard() throws Exception {
    when(app.commands.handle(any()))
        .thenReturn(
            CommandReply.form(CommandReply.Form.SCHEDULE_ADD, "Opening the schedule form…"));
    ObjectNode activity = app.activities.mention("schedule add");
    activity.put("localTimezone", "Europe/London");

    app.post(activity);

    ArgumentCaptor<CommandRequest> request = ArgumentCaptor.forClass(CommandRequest.class);
    verify(app.commands).handle(request.capture());
    assertThat(request.getValue().userZone()).contains(ZoneId.of("Europe/London"));
    JsonNode attachment = app.connector.messages().get(0).body().path("attachments").get(0);
    assertThat(attachment.path("contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(attachment.path("content")).isEqualTo(Fixtures.json("cards/schedule-form.json"));
  }

  @Test
  void submittedFormCreatesTheScheduleAndReplacesTheCard() throws Exception {
    when(app.scheduleForm.submit(any(), any(), any()))
        .thenReturn(new FormResult.Saved("Prompt ritual #3: Fridays 07:30 Europe/London"));

    app.post(app.activities.submit(formValues("07:30", "Europe/London"), "card-1", "root-1"));

    ArgumentCaptor<ScheduleForm> form = ArgumentCaptor.forClass(ScheduleForm.class);
    verify(app.scheduleForm).submit(eq(ALICE_USER), eq(GENERAL_CHANNEL), form.capture());
    assertThat(form.getValue().values())
        .isEqualTo(
            Map.of(
                Field.KIND, "prompt",
                Field.DAYS, "fri",
                Field.TIME, "07:30",
                Field.ZONE, "Europe/London",
                Field.QUESTION, "What surprised you?",
                Field.WINDOW, "3d"));
    FakeBotConnector.Call update = app.connector.messages().get(0);
    assertThat(update.method()).isEqualTo("PUT");
    assertThat(update.path()).endsWith("/activities/card-1");
    assertThat(update.body().path("attachments").get(0).path("content").path("body").toString())
        .contains("Ritual added", "Prompt ritual #3");
    assertThat(update.body().path("attachments").get(0).path("content").has("actions")).isFalse();
  }

  @Test
  void invalidFormComesBackWithTheErrorsNextToTheFields() throws Exception {
    when(app.scheduleForm.submit(any(), any(), any()))
        .thenReturn(
            new FormResult.Invalid(
                Map.of(
                    Field.TIME, "Time must look like 07:30",
                    Field.ZONE, "Unknown time zone: Mars/Olympus")));

    app.post(app.activities.submit(formValues("25:00", "Mars/Olympus"), "card-1", "root-1"));

    assertThat(app.connector.messages()).hasSize(1);
    FakeBotConnector.Call update = app.connector.messages().get(0);
    assertThat(update.method()).isEqualTo("PUT");
    assertThat(update.body().path("attachments").get(0).path("content"))
        .isEqualTo(Fixtures.json("cards/schedule-form-invalid.json"));
  }

  @Test
  void refusedFormIsExplainedInTheReplyChain() throws Exception {
    when(app.scheduleForm.submit(any(), any(), any()))
        .thenReturn(new FormResult.Refused("Only moderators can add rituals here."));

    app.post(app.activities.submit(formValues("07:30", "Europe/London"), "card-1", "root-1"));

    FakeBotConnector.Call reply = app.connector.messages().get(0);
    assertThat(reply.method()).isEqualTo("POST");
    assertThat(reply.path()).contains(";messageid=root-1");
    assertThat(reply.body().path("text").asText())
        .isEqualTo("Only moderators can add rituals here.");
  }

  @Test
  void actionExecuteSubmitIsAnsweredWithTheRefreshedCard() throws Exception {
    when(app.scheduleForm.submit(any(), any(), any()))
        .thenReturn(new FormResult.Invalid(Map.of(Field.TIME, "Time must look like 07:30")));
    ObjectNode data = formValues("25:00", "Europe/London");
    data.remove("rituals");
    ObjectNode value = Activities.object();
    value
        .putObject("action")
        .put("type", "Action.Execute")
        .put("verb", "schedule_add")
        .set("data", data);

    HttpResponse<String> response =
        app.post(app.activities.invoke("adaptiveCard/action", value, "root-1"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = new ObjectMapper().readTree(response.body());
    assertThat(body.path("statusCode").asInt()).isEqualTo(200);
    assertThat(body.path("type").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(body.path("value").path("body").toString()).contains("time_error");
    verify(app.scheduleForm).submit(eq(ALICE_USER), eq(GENERAL_CHANNEL), any());
  }

  @Test
  void formSubmittedInPersonalChatIsNotSaved() throws Exception {
    ObjectNode activity = app.activities.personalMessage(null);
    activity.remove("text");
    activity.set("value", formValues("07:30", "Europe/London"));

    app.post(activity);

    verify(app.scheduleForm, never()).submit(any(), any(), any());
    assertThat(app.connector.messages().get(0).body().path("text").asText())
        .contains("@Rituals schedule add");
  }

  @Test
  void aCommandWithoutSenderIsIgnored() throws Exception {
    ObjectNode activity = app.activities.mention("help");
    activity.remove("from");

    assertThat(app.post(activity).statusCode()).isEqualTo(202);

    verify(app.commands, never()).handle(any());
    assertThat(app.connector.messages()).isEmpty();
  }

  private static ObjectNode formValues(String time, String zone) {
    ObjectNode value = Activities.object();
    value.put("rituals", "schedule_add");
    value.put("kind", "prompt");
    value.put("days", "fri");
    value.put("time", time);
    value.put("zone", zone);
    value.put("question", "What surprised you?");
    value.put("bank_tag", "");
    value.put("window", "3d");
    return value;
  }
}

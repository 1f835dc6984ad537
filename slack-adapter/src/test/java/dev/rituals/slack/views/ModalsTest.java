package dev.rituals.slack.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.FormResult;
import dev.rituals.core.usecase.ScheduleForm;
import dev.rituals.core.usecase.ScheduleForm.Field;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackTestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class ModalsTest {
  private static final TenantRef TEAM = new TenantRef(Platform.SLACK, FakeSlackApi.TEAM);
  private static final UserRef DANA = new UserRef(TEAM, "U1DANA");

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
  void validScheduleFormIsSavedTheModalClosesAndTheModeratorGetsAConfirmation() throws Exception {
    when(slack.forms.submit(any(), any(), any()))
        .thenReturn(new FormResult.Saved("Ritual #1 added: Mon, Fri at 07:00 Europe/Berlin."));

    HttpResponse<String> response = slack.interaction(scheduleSubmission("C0MATHS", "07:00"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty(); // an empty 200 closes the modal
    ArgumentCaptor<ScheduleForm> form = ArgumentCaptor.forClass(ScheduleForm.class);
    verify(slack.forms).submit(eq(DANA), eq(new ChannelRef(TEAM, "C0MATHS")), form.capture());
    assertThat(form.getValue().values())
        .isEqualTo(
            Map.of(
                Field.KIND, "prompt",
                Field.DAYS, "mon,fri",
                Field.TIME, "07:00",
                Field.ZONE, "Europe/Berlin",
                Field.QUESTION, "What did you try this week?"));
    await()
        .atMost(Duration.ofSeconds(3))
        .until(() -> !slack.api.calls("chat.postEphemeral").isEmpty());
    FakeSlackApi.Call confirmation = slack.api.calls("chat.postEphemeral").get(0);
    assertThat(confirmation.param("channel")).isEqualTo("C0MATHS");
    assertThat(confirmation.param("user")).isEqualTo("U1DANA");
    assertThat(confirmation.param("text"))
        .isEqualTo("Ritual #1 added: Mon, Fri at 07:00 Europe/Berlin.");
  }

  @Test
  void aWorkspaceAdminWhoIsNotAModeratorSavesTheFormAsAdmin() throws Exception {
    slack.api.admin("U1DANA");
    when(slack.forms.submitAsAdmin(any(), any(), any()))
        .thenReturn(new FormResult.Saved("Ritual #1 added: Mon, Fri at 07:00 Europe/Berlin."));

    HttpResponse<String> response = slack.interaction(scheduleSubmission("C0MATHS", "07:00"));

    assertThat(response.body()).isEmpty();
    verify(slack.forms).submitAsAdmin(eq(DANA), eq(new ChannelRef(TEAM, "C0MATHS")), any());
    verify(slack.forms, never()).submit(any(), any(), any());
  }

  @Test
  void invalidScheduleFormComesBackAsInlineErrorsKeyedByBlockId() throws Exception {
    when(slack.forms.submit(any(), any(), any()))
        .thenReturn(
            new FormResult.Invalid(
                Map.of(
                    Field.ZONE,
                    "Unknown time zone `Mars/Base`.",
                    Field.DAYS,
                    "Pick at least one day.")));

    HttpResponse<String> response = slack.interaction(scheduleSubmission("C0MATHS", "07:00"));

    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body)
        .isEqualTo(
            JsonParser.parseString(
                """
                {"response_action":"errors",
                 "errors":{"zone":"Unknown time zone `Mars/Base`.","days":"Pick at least one day."}}
                """));
    Thread.sleep(300);
    assertThat(slack.api.calls("chat.postEphemeral")).isEmpty();
  }

  @Test
  void refusedScheduleFormReplacesTheModalWithTheReason() throws Exception {
    when(slack.forms.submit(any(), any(), any()))
        .thenReturn(new FormResult.Refused("Only moderators of Maths teachers can add rituals."));

    HttpResponse<String> response = slack.interaction(scheduleSubmission("C0MATHS", "07:00"));

    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_action").getAsString()).isEqualTo("update");
    assertThat(body.getAsJsonObject("view").toString())
        .contains("Only moderators of Maths teachers can add rituals.");
  }

  @Test
  void answerButtonOpensTheAnswerModalForThatPrompt() throws Exception {
    PromptId prompt = PromptId.random();
    JsonObject section = new JsonObject();
    section.addProperty("type", "section");
    section.addProperty("block_id", "prompt_question");
    JsonObject text = new JsonObject();
    text.addProperty("type", "mrkdwn");
    text.addProperty("text", "*Q1*  What did you try?");
    section.add("text", text);
    JsonArray blocks = new JsonArray();
    blocks.add(section);
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", "1700000000.000100");
    message.add("blocks", blocks);

    HttpResponse<String> response =
        slack.interaction(
            Payloads.blockAction("answer_prompt", prompt.toString(), message, "C0MATHS"));

    assertThat(response.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(3)).until(() -> !slack.api.calls("views.open").isEmpty());
    FakeSlackApi.Call open = slack.api.calls("views.open").get(0);
    assertThat(open.param("trigger_id")).isEqualTo("trigger-3");
    JsonObject view = open.json("view");
    assertThat(view.get("callback_id").getAsString()).isEqualTo("answer_prompt_modal");
    assertThat(view.get("private_metadata").getAsString()).isEqualTo(prompt.toString());
    assertThat(view.getAsJsonArray("blocks").toString()).contains("*Q1*  What did you try?");
  }

  @Test
  void answerModalSubmitIsRecordedWithTheViewIdAsSourceKey() throws Exception {
    PromptId prompt = PromptId.random();
    when(slack.answers.onSubmit(any(), any(), any(), any(), any(), any(), any()))
        .thenReturn(AnswerOutcome.RECORDED);

    HttpResponse<String> response = slack.interaction(answerSubmission(prompt, "Exit tickets!"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
    verify(slack.answers)
        .onSubmit(
            prompt,
            DANA,
            "dana",
            "Exit tickets!",
            AnswerSource.MODAL,
            "V0ANSWER",
            SlackTestApp.NOW);
  }

  @Test
  void answerToAClosedPromptIsRefusedInlineAndNothingCloses() throws Exception {
    when(slack.answers.onSubmit(any(), any(), any(), any(), any(), any(), any()))
        .thenReturn(AnswerOutcome.IGNORED);

    HttpResponse<String> response = slack.interaction(answerSubmission(PromptId.random(), "late"));

    JsonObject body = JsonParser.parseString(response.body()).getAsJsonObject();
    assertThat(body.get("response_action").getAsString()).isEqualTo("errors");
    assertThat(body.getAsJsonObject("errors").get("answer").getAsString())
        .contains("not taking answers");
  }

  private static String scheduleSubmission(String channel, String time) {
    JsonObject values = new JsonObject();
    Payloads.put(values, "kind", Payloads.selected("static_select", "prompt"));
    Payloads.put(values, "days", Payloads.checked("mon", "fri"));
    Payloads.put(values, "time", Payloads.time(time));
    Payloads.put(values, "zone", Payloads.text("Europe/Berlin"));
    Payloads.put(values, "question", Payloads.text("What did you try this week?"));
    Payloads.put(values, "bank_tag", Payloads.text(null));
    Payloads.put(values, "window", Payloads.text(""));
    return Payloads.viewSubmission("schedule_add", "V0SCHED", channel, values);
  }

  private static String answerSubmission(PromptId prompt, String answer) {
    JsonObject values = new JsonObject();
    Payloads.put(values, "answer", Payloads.text(answer));
    return Payloads.viewSubmission("answer_prompt_modal", "V0ANSWER", prompt.toString(), values);
  }
}

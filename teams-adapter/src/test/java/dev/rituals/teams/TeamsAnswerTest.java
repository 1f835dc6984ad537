package dev.rituals.teams;

import static dev.rituals.teams.Activities.ALICE_NAME;
import static dev.rituals.teams.Activities.ALICE_USER;
import static dev.rituals.teams.Activities.GENERAL;
import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static dev.rituals.teams.Activities.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.IncomingMessage;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** Answers: card submits, replies in a prompt's reply chain, edits and deletes. */
class TeamsAnswerTest {
  private static final String PROMPT_ROOT = "1700000000042";
  private static final TenantRef TEAMS_TENANT = new TenantRef(Platform.TEAMS, TENANT);
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
  void cardSubmitIsRecordedOnceAsTheMembersAnswer() throws Exception {
    when(app.answers.onSubmit(any(), any(), any(), any(), any(), any(), any()))
        .thenReturn(AnswerOutcome.RECORDED);
    ObjectNode submit =
        app.activities.submit(answer(Fixtures.PROMPT_ID, "Exit tickets"), PROMPT_ROOT, PROMPT_ROOT);
    String submitId = submit.get("id").asText();

    app.post(submit);

    verify(app.answers)
        .onSubmit(
            PromptId.parse(Fixtures.PROMPT_ID),
            ALICE_USER,
            ALICE_NAME,
            "Exit tickets",
            AnswerSource.CARD,
            submitId,
            TeamsTestApp.NOW);
    // the answer is shown in the prompt's reply chain, where the others are
    FakeBotConnector.Call reply = app.connector.messages().get(0);
    assertThat(reply.path())
        .startsWith("/v3/conversations/" + GENERAL + ";messageid=" + PROMPT_ROOT);
    assertThat(reply.body().path("text").asText())
        .isEqualTo("**Alice Adams** answered:\n\nExit tickets");
  }

  @Test
  void duplicateCardSubmitSaysNothingMore() throws Exception {
    when(app.answers.onSubmit(any(), any(), any(), any(), any(), any(), any()))
        .thenReturn(AnswerOutcome.DUPLICATE);

    app.post(app.activities.submit(answer(Fixtures.PROMPT_ID, "Again"), PROMPT_ROOT, PROMPT_ROOT));

    assertThat(app.connector.messages()).isEmpty();
  }

  @Test
  void emptyOrForeignCardSubmitsRecordNothing() throws Exception {
    app.post(app.activities.submit(answer(Fixtures.PROMPT_ID, "  "), PROMPT_ROOT, PROMPT_ROOT));
    app.post(app.activities.submit(answer("not-a-uuid", "Exit tickets"), PROMPT_ROOT, PROMPT_ROOT));

    verify(app.answers, never()).onSubmit(any(), any(), any(), any(), any(), any(), any());
    assertThat(app.connector.messages())
        .extracting(call -> call.body().path("text").asText())
        .containsExactly(
            "Write your answer in the box first, then press **Answer**.",
            "This card is not a prompt I know, so nothing was recorded.");
  }

  @Test
  void replyInAPromptsReplyChainIsAnAnswerToIt() throws Exception {
    ObjectNode reply = app.activities.channelMessage("Think-pair-share", PROMPT_ROOT);
    String id = reply.get("id").asText();

    app.post(reply);

    ArgumentCaptor<IncomingMessage> message = ArgumentCaptor.forClass(IncomingMessage.class);
    verify(app.answers).onMessage(message.capture());
    assertThat(message.getValue())
        .isEqualTo(
            new IncomingMessage(
                ALICE_USER,
                ALICE_NAME,
                "Think-pair-share",
                new MessageRef(GENERAL_CHANNEL, id),
                Optional.of(new MessageRef(GENERAL_CHANNEL, PROMPT_ROOT)),
                GENERAL + ":" + id,
                TeamsTestApp.NOW));
    assertThat(app.connector.messages()).isEmpty();
  }

  @Test
  void newPostInTheChannelHasNoParent() throws Exception {
    app.post(app.activities.channelMessage("A2 exit tickets", null));

    ArgumentCaptor<IncomingMessage> message = ArgumentCaptor.forClass(IncomingMessage.class);
    verify(app.answers).onMessage(message.capture());
    assertThat(message.getValue().threadParent()).isEmpty();
    assertThat(message.getValue().text()).isEqualTo("A2 exit tickets");
  }

  @Test
  void editedMessageUpdatesTheAnswer() throws Exception {
    app.post(
        app.activities.changed(
            "messageUpdate",
            "editMessage",
            "1700000000050",
            PROMPT_ROOT,
            "Think-pair-share, twice"));

    verify(app.answers)
        .onEdit(
            TEAMS_TENANT, GENERAL + ":1700000000050", "Think-pair-share, twice", TeamsTestApp.NOW);
  }

  @Test
  void deletedMessageRetractsTheAnswer() throws Exception {
    app.post(
        app.activities.changed(
            "messageDelete", "softDeleteMessage", "1700000000050", PROMPT_ROOT, null));

    verify(app.answers).onDelete(TEAMS_TENANT, GENERAL + ":1700000000050");
  }

  @Test
  void undeleteAndOtherUpdatesAreIgnored() throws Exception {
    app.post(
        app.activities.changed(
            "messageUpdate", "undeleteMessage", "1700000000050", PROMPT_ROOT, "x"));

    verify(app.answers, never()).onEdit(any(), anyString(), anyString(), any());
    verify(app.answers, never()).onDelete(any(), anyString());
  }

  @Test
  void closedPromptTellsThePersonTheirAnswerWasNotRecorded() throws Exception {
    when(app.answers.onSubmit(any(), any(), any(), any(), eq(AnswerSource.CARD), any(), any()))
        .thenReturn(AnswerOutcome.IGNORED);

    app.post(app.activities.submit(answer(Fixtures.PROMPT_ID, "Late"), PROMPT_ROOT, PROMPT_ROOT));

    assertThat(app.connector.messages().get(0).body().path("text").asText())
        .contains("not recorded");
  }

  private static ObjectNode answer(String promptId, String text) {
    ObjectNode value = Activities.object();
    value.put("rituals", "answer");
    value.put("promptId", promptId);
    value.put("answer", text);
    return value;
  }
}

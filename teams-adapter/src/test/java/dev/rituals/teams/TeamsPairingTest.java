package dev.rituals.teams;

import static dev.rituals.teams.Activities.ALICE_CHAT;
import static dev.rituals.teams.Activities.ALICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.core.usecase.PairFollowUpUseCase;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Teams intros are personal messages; the follow-up card's buttons record answers in core. */
class TeamsPairingTest {
  private static final UUID PAIR = UUID.fromString("6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11");

  private final PairFollowUpUseCase pairing = mock(PairFollowUpUseCase.class);
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    app =
        new TeamsTestApp(
            TeamsSettings.local(),
            Clock.fixed(TeamsTestApp.NOW, ZoneOffset.UTC),
            new TeamsUseCases(
                mock(HandleCommandUseCase.class),
                mock(SubmitScheduleFormUseCase.class),
                mock(RecordAnswerUseCase.class),
                mock(MembershipUseCase.class),
                mock(ReportUseCase.class),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(pairing)));
    app.post(app.activities.personalInstall());
    app.connector.clear();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void introIsAPersonalMessageWithThePartnersNameAndTheChatLink() {
    MessageBody intro =
        new MessageBody(
            MessageKind.INTRO,
            "*You're paired with Bob Brown* this round in Science.\nWhy you: both teach science\n"
                + "Start a chat: https://teams.microsoft.com/l/chat/0/0?users=29%3Abob",
            Map.of("pairId", PAIR.toString()));

    DeliveryResult result = app.gateway().directMessage(ALICE_USER, intro);

    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    FakeBotConnector.Call call = app.connector.messages().get(0);
    assertThat(call.path()).isEqualTo("/v3/conversations/" + ALICE_CHAT + "/activities");
    assertThat(call.body().path("text").asText())
        .contains("Bob Brown")
        .contains("https://teams.microsoft.com/l/chat/0/0?users=29%3Abob");
  }

  @Test
  void followUpIsACardWithMetNotYetAndCouldntButtons() {
    app.gateway()
        .directMessage(
            ALICE_USER,
            new MessageBody(
                MessageKind.PAIR_FOLLOW_UP,
                "Did you meet Bob?",
                Map.of("pairId", PAIR.toString())));

    JsonNode card =
        app.connector.messages().get(0).body().path("attachments").get(0).path("content");
    assertThat(card.path("actions")).hasSize(3);
    assertThat(card.path("actions").findValuesAsText("title"))
        .containsExactly("We met", "Not yet", "Couldn't");
    JsonNode data = card.path("actions").get(2).path("data");
    assertThat(data.path("pairId").asText()).isEqualTo(PAIR.toString());
    assertThat(data.path("response").asText()).isEqualTo("COULD_NOT");
  }

  @Test
  void clickedButtonRecordsTheAnswerAndReplacesTheCard() throws Exception {
    when(pairing.answer(ALICE_USER, PAIR, PairResponse.MET))
        .thenReturn("Great, thanks! Noted that you met.");
    ObjectNode value = Activities.object();
    value.put(Cards.ACTION_KEY, "pair_answer");
    value.put("pairId", PAIR.toString());
    value.put("response", "MET");
    ObjectNode submit = app.activities.personalMessage("");
    submit.remove("text");
    submit.put("replyToId", "card-9");
    submit.set("value", value);

    app.post(submit);

    verify(pairing).answer(ALICE_USER, PAIR, PairResponse.MET);
    FakeBotConnector.Call update = app.connector.messages().get(0);
    assertThat(update.method()).isEqualTo("PUT");
    assertThat(update.path()).endsWith("/activities/card-9");
    assertThat(update.body().toString()).contains("Noted that you met");
  }
}

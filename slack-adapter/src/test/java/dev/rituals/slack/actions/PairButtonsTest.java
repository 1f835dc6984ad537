package dev.rituals.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.gson.JsonObject;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.PairFollowUpUseCase;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackCore;
import dev.rituals.slack.SlackTestApp;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Clicking a follow-up button records the answer in core and replaces the message. */
class PairButtonsTest {
  private static final UserRef DANA =
      new UserRef(new TenantRef(Platform.SLACK, FakeSlackApi.TEAM), "U1DANA");
  private static final UUID PAIR = UUID.fromString("6f1c9a36-7f1e-4a55-9d0e-0d7f3f1b2c11");

  private final PairFollowUpUseCase pairing = mock(PairFollowUpUseCase.class);
  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    slack =
        new SlackTestApp(
            Clock.fixed(SlackTestApp.NOW, ZoneOffset.UTC),
            app ->
                new SlackCore(
                    app.commands,
                    app.forms,
                    app.answers,
                    app.membership,
                    app.reports,
                    Optional.of(app.home),
                    app.eventLog,
                    Optional.empty(),
                    Optional.of(pairing)));
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void couldntButtonRecordsTheAnswerAndReplacesTheQuestion() throws Exception {
    when(pairing.answer(DANA, PAIR, PairResponse.COULD_NOT))
        .thenReturn("Thanks for saying. You can be paired with them again in a later round.");

    HttpResponse<String> response =
        slack.interaction(Payloads.blockAction("pair_couldnt", PAIR.toString(), message(), "DU1"));

    assertThat(response.statusCode()).isEqualTo(200);
    await().atMost(Duration.ofSeconds(3)).until(() -> !slack.api.calls("chat.update").isEmpty());
    verify(pairing).answer(DANA, PAIR, PairResponse.COULD_NOT);
    FakeSlackApi.Call update = slack.api.calls("chat.update").get(0);
    assertThat(update.param("channel")).isEqualTo("DU1");
    assertThat(update.param("ts")).isEqualTo("1700000000.000200");
    assertThat(update.param("text")).contains("paired with them again");
    assertThat(update.param("blocks"))
        .contains("paired with them again")
        .doesNotContain("pair_met");
  }

  @Test
  void pauseButtonPausesPairing() throws Exception {
    when(pairing.stayOrPause(DANA, false)).thenReturn("Pairing is paused for you.");

    slack.interaction(Payloads.blockAction("pair_pause", "pair_pause", message(), "DU1"));

    await().atMost(Duration.ofSeconds(3)).until(() -> !slack.api.calls("chat.update").isEmpty());
    verify(pairing).stayOrPause(DANA, false);
    assertThat(slack.api.calls("chat.update").get(0).param("text")).contains("paused");
  }

  private static JsonObject message() {
    JsonObject message = new JsonObject();
    message.addProperty("type", "message");
    message.addProperty("ts", "1700000000.000200");
    return message;
  }
}

package dev.rituals.slack.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.rituals.core.model.Platform;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackTestApp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pause / Resume on a moderator's App Home. */
class HomeActionsTest {
  private static final UserRef DANA =
      new UserRef(new TenantRef(Platform.SLACK, FakeSlackApi.TEAM), "U1DANA");

  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackTestApp();
    when(slack.home.homeFor(any(), any())).thenReturn(new HomeView(List.of()));
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
  }

  @Test
  void pauseButtonPausesTheRitualAndTheRefreshedHomeSaysSo() throws Exception {
    RitualId ritual = RitualId.random();
    when(slack.home.setPaused(DANA, ritual, true))
        .thenReturn(CommandReply.ok("Paused ritual #2 of Maths teachers."));

    HttpResponse<String> response =
        slack.interaction(Payloads.blockAction("pause_ritual", ritual.toString(), null, "D0DANA"));

    assertThat(response.statusCode()).isEqualTo(200);
    verify(slack.home, timeout(3000)).setPaused(DANA, ritual, true);
    await().atMost(Duration.ofSeconds(3)).until(() -> !slack.api.calls("views.publish").isEmpty());
    assertThat(slack.api.calls("views.publish").get(0).param("view"))
        .contains("Paused ritual #2 of Maths teachers.");
  }

  @Test
  void resumeRefusedByCoreShowsCoresReasonOnTheHome() throws Exception {
    RitualId ritual = RitualId.random();
    when(slack.home.setPaused(DANA, ritual, false))
        .thenReturn(CommandReply.denied("Only moderators can resume rituals."));

    slack.interaction(Payloads.blockAction("resume_ritual", ritual.toString(), null, "D0DANA"));

    await().atMost(Duration.ofSeconds(3)).until(() -> !slack.api.calls("views.publish").isEmpty());
    assertThat(slack.api.calls("views.publish").get(0).param("view"))
        .contains("Only moderators can resume rituals.");
  }
}

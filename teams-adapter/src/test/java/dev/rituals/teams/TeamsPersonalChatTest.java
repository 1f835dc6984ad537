package dev.rituals.teams;

import static dev.rituals.teams.Activities.ALICE_USER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.HandleCommandUseCase;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.core.usecase.HomeViewUseCase;
import dev.rituals.core.usecase.MembershipUseCase;
import dev.rituals.core.usecase.RecordAnswerUseCase;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.core.usecase.SubmitScheduleFormUseCase;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The personal chat with the bot: help, my stats. */
class TeamsPersonalChatTest {
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private final HandleCommandUseCase commands = mock(HandleCommandUseCase.class);
  private final HomeViewUseCase home = mock(HomeViewUseCase.class);

  @Test
  void myStatsShowsTheHomeViewAsACard() throws Exception {
    when(home.homeFor(ALICE_USER, Optional.of(LONDON))).thenReturn(aliceHome());
    try (TeamsTestApp app = app(Optional.of(home))) {
      ObjectNode message = app.activities.personalMessage("My stats");
      message.put("localTimezone", "Europe/London");

      app.post(message);

      var reply = app.connector.messages().get(0).body();
      assertThat(reply.path("attachments").get(0).path("content"))
          .isEqualTo(Fixtures.json("cards/my-stats.json"));
    }
  }

  @Test
  void myStatsFallsBackToTheParticipationReport() throws Exception {
    when(commands.handle(any())).thenReturn(CommandReply.ok("You answered 4 times."));
    try (TeamsTestApp app = app(Optional.empty())) {

      app.post(app.activities.personalMessage("stats"));

      ArgumentCaptor<CommandRequest> request = ArgumentCaptor.forClass(CommandRequest.class);
      verify(commands).handle(request.capture());
      assertThat(request.getValue().text()).isEqualTo("report last-30-days");
      assertThat(request.getValue().channel()).isEmpty();
      assertThat(app.connector.messages().get(0).body().path("text").asText())
          .isEqualTo("You answered 4 times.");
    }
  }

  @Test
  void helpIsCoresGrammarHelp() throws Exception {
    when(commands.handle(any())).thenReturn(CommandReply.ok("Rituals commands:\n• @Rituals help"));
    try (TeamsTestApp app = app(Optional.of(home))) {

      app.post(app.activities.personalMessage("help"));

      ArgumentCaptor<CommandRequest> request = ArgumentCaptor.forClass(CommandRequest.class);
      verify(commands).handle(request.capture());
      assertThat(request.getValue().text()).isEqualTo("help");
      assertThat(app.connector.messages().get(0).body().path("text").asText())
          .isEqualTo("Rituals commands:\n\n• @Rituals help");
    }
  }

  @Test
  void myStatsInAChannelIsAnOrdinaryCommand() throws Exception {
    when(commands.handle(any())).thenReturn(CommandReply.usage("I don't know `my`."));
    try (TeamsTestApp app = app(Optional.of(home))) {

      app.post(app.activities.mention("my stats"));

      verify(commands).handle(any());
      assertThat(app.connector.messages().get(0).body().path("text").asText())
          .isEqualTo("I don't know `my`.");
    }
  }

  private TeamsTestApp app(Optional<HomeViewUseCase> homeView) throws Exception {
    return new TeamsTestApp(
        TeamsSettings.local(),
        Clock.fixed(TeamsTestApp.NOW, ZoneOffset.UTC),
        new TeamsUseCases(
            commands,
            mock(SubmitScheduleFormUseCase.class),
            mock(RecordAnswerUseCase.class),
            mock(MembershipUseCase.class),
            mock(ReportUseCase.class),
            homeView,
            Optional.empty()));
  }

  private static HomeView aliceHome() {
    return new HomeView(
        List.of(
            new HomeView.CommunityHome(
                new CommunityId(UUID.randomUUID()),
                "Science Teachers",
                LONDON,
                true,
                3,
                List.of(
                    new HomeView.RitualLine(
                        new RitualId(UUID.randomUUID()),
                        1,
                        "Weekly prompt, Fri 07:30",
                        false,
                        Optional.of(Instant.parse("2026-03-06T07:30:00Z").atZone(LONDON))),
                    new HomeView.RitualLine(
                        new RitualId(UUID.randomUUID()), 2, "Live chat", true, Optional.empty())),
                List.of(
                    new HomeView.RecentAnswer(
                        "What surprised you this week?", Instant.parse("2026-02-27T08:15:00Z"))))));
  }
}

package dev.rituals.slack.events;

import static dev.rituals.slack.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.after;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.core.usecase.ParticipationReport;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackTestApp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MemberEventsTest {
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

  @Test
  void startingRegistersTheSingleWorkspaceWithCore() {
    verify(slack.membership)
        .installed(
            new dev.rituals.core.model.Installation(
                TEAM, "Teachers of Tomorrow", FakeSlackApi.BOT_USER, SlackTestApp.NOW, true));
  }

  @Test
  void memberJoiningAChannelIsHandedToCoreForTheWelcome() throws Exception {
    slack.event(
        envelope(
            "Ev20",
            Payloads.event(
                "member_joined_channel",
                Map.of(
                    "user",
                    "U3NEW",
                    "channel",
                    "C0MATHS",
                    "channel_type",
                    "C",
                    "team",
                    FakeSlackApi.TEAM))));

    verify(slack.membership, timeout(3000))
        .joinedChannel(new ChannelRef(TEAM, "C0MATHS"), new UserRef(TEAM, "U3NEW"), "Dana");
  }

  @Test
  void theBotJoiningAChannelIsNotANewMember() throws Exception {
    slack.event(
        envelope(
            "Ev21",
            Payloads.event(
                "member_joined_channel",
                Map.of(
                    "user",
                    FakeSlackApi.BOT_USER,
                    "channel",
                    "C0MATHS",
                    "team",
                    FakeSlackApi.TEAM))));

    verify(slack.membership, after(500).never()).joinedChannel(any(), any(), anyString());
  }

  @Test
  void memberLeavingAChannelIsHandedToCore() throws Exception {
    slack.event(
        envelope(
            "Ev26",
            Payloads.event(
                "member_left_channel",
                Map.of(
                    "user",
                    "U3NEW",
                    "channel",
                    "C0MATHS",
                    "channel_type",
                    "C",
                    "team",
                    FakeSlackApi.TEAM))));

    verify(slack.membership, timeout(3000))
        .leftChannel(new ChannelRef(TEAM, "C0MATHS"), new UserRef(TEAM, "U3NEW"));
  }

  @Test
  void appUninstalledDisablesTheWorkspace() throws Exception {
    slack.event(envelope("Ev22", Payloads.event("app_uninstalled", Map.of())));

    verify(slack.membership, timeout(3000)).uninstalled(TEAM);
  }

  @Test
  void revokedBotTokenDisablesTheWorkspaceButRevokedUserTokensDoNot() throws Exception {
    slack.event(envelope("Ev23", tokensRevoked("oauth", "U1DANA")));
    verify(slack.membership, after(500).never()).uninstalled(any());

    slack.event(envelope("Ev24", tokensRevoked("bot", FakeSlackApi.BOT_USER)));
    verify(slack.membership, timeout(3000)).uninstalled(TEAM);
  }

  @Test
  void openingAppHomePublishesTheMembersCommunitiesWithPauseButtonsForModerators()
      throws Exception {
    CommunityId community = CommunityId.random();
    RitualId ritual = RitualId.random();
    when(slack.home.homeFor(new UserRef(TEAM, "U1DANA"), Optional.of(ZoneId.of("Europe/Berlin"))))
        .thenReturn(
            new HomeView(
                List.of(
                    new HomeView.CommunityHome(
                        community,
                        "Maths teachers",
                        ZoneId.of("Europe/Berlin"),
                        true,
                        3,
                        List.of(
                            new HomeView.RitualLine(
                                ritual, 1, "Weekly prompt, Fri 07:00", false, Optional.empty())),
                        List.of(
                            new HomeView.RecentAnswer(
                                "What did you try?", Instant.parse("2026-03-01T08:00:00Z")))))));
    when(slack.reports.report(any(), any()))
        .thenReturn(
            new ParticipationReport(
                "Maths teachers",
                new dev.rituals.core.model.DateRange(
                    java.time.LocalDate.of(2026, 2, 7), java.time.LocalDate.of(2026, 3, 6)),
                10,
                List.of(),
                List.of(
                    new ParticipationReport.OccurrenceLine(
                        Instant.parse("2026-02-27T06:00:00Z"), "What did you try?", 4, 10))));

    slack.event(
        envelope(
            "Ev25",
            Payloads.event(
                "app_home_opened", Map.of("user", "U1DANA", "channel", "D0DANA", "tab", "home"))));

    await().atMost(Duration.ofSeconds(3)).until(() -> !slack.api.calls("views.publish").isEmpty());
    FakeSlackApi.Call publish = slack.api.calls("views.publish").get(0);
    assertThat(publish.param("user_id")).isEqualTo("U1DANA");
    JsonObject view = publish.json("view");
    assertThat(view.get("type").getAsString()).isEqualTo("home");
    String blocks = view.getAsJsonArray("blocks").toString();
    assertThat(blocks)
        .contains(
            "Maths teachers", "Weekly prompt, Fri 07:00", "3 in a row", "4 of 10 answered (40%)")
        .contains("\"action_id\":\"pause_ritual\"", "\"value\":\"" + ritual + "\"");
  }

  private static JsonObject tokensRevoked(String kind, String user) {
    JsonArray users = new JsonArray();
    users.add(user);
    JsonObject tokens = new JsonObject();
    tokens.add(kind, users);
    JsonObject event = new JsonObject();
    event.addProperty("type", "tokens_revoked");
    event.add("tokens", tokens);
    return event;
  }
}

package dev.rituals.teams;

import static dev.rituals.teams.Activities.ALICE;
import static dev.rituals.teams.Activities.ALICE_CHAT;
import static dev.rituals.teams.Activities.ALICE_USER;
import static dev.rituals.teams.Activities.BOT;
import static dev.rituals.teams.Activities.GENERAL;
import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static dev.rituals.teams.Activities.TEAM_NAME;
import static dev.rituals.teams.Activities.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Installation;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DeliveryResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Installing the app, the roster, and proactive messages from the stored references. */
class TeamsInstallTest {
  private static final TenantRef TEAMS_TENANT = new TenantRef(Platform.TEAMS, TENANT);
  private TeamsTestApp app;

  @BeforeEach
  void start() throws Exception {
    app = new TeamsTestApp();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void installInATeamTellsCoreAndGreetsTheChannelOnce() throws Exception {
    assertThat(app.post(app.activities.teamInstall()).statusCode()).isEqualTo(202);
    // Teams also sends installationUpdate for the same install: no second greeting
    assertThat(app.post(app.activities.teamInstallationUpdate("add")).statusCode()).isEqualTo(202);

    verify(app.membership, times(2))
        .installed(new Installation(TEAMS_TENANT, TEAM_NAME, BOT, TeamsTestApp.NOW, true));
    assertThat(app.connector.messages()).hasSize(1);
    FakeBotConnector.Call greeting = app.connector.messages().get(0);
    assertThat(greeting.path()).startsWith("/v3/conversations/" + GENERAL + "/activities");
    assertThat(greeting.body().path("text").asText()).contains("@Rituals help");
  }

  @Test
  void promptReachesTheChannelProactivelyAfterARestart() throws Exception {
    app.post(app.activities.teamInstall());
    app.connector.clear();

    app.restart();
    DeliveryResult result = app.gateway().post(GENERAL_CHANNEL, Fixtures.prompt());

    assertThat(app.connector.messages()).hasSize(1);
    FakeBotConnector.Call post = app.connector.messages().get(0);
    assertThat(post.method()).isEqualTo("POST");
    // a new post in the channel, i.e. the root of a new reply chain
    assertThat(post.path()).isEqualTo("/v3/conversations/" + GENERAL + "/activities");
    assertThat(post.body().path("from").path("id").asText()).isEqualTo(BOT);
    assertThat(post.body().path("attachments").get(0).path("contentType").asText())
        .isEqualTo("application/vnd.microsoft.card.adaptive");
    assertThat(post.body().path("attachments").get(0).path("content"))
        .isEqualTo(Fixtures.json("cards/prompt.json"));
    assertThat(result)
        .isEqualTo(
            new DeliveryResult.Delivered(new MessageRef(GENERAL_CHANNEL, app.connector.lastId())));
  }

  @Test
  void personalInstallKeepsTheChatForDirectMessages() throws Exception {
    app.post(app.activities.personalInstall());
    app.connector.clear();
    app.restart();

    DeliveryResult result = app.gateway().directMessage(ALICE_USER, MessageBody.text("Hello"));

    assertThat(app.connector.messages()).hasSize(1);
    assertThat(app.connector.messages().get(0).path())
        .isEqualTo("/v3/conversations/" + ALICE_CHAT + "/activities");
    assertThat(result)
        .isEqualTo(
            new DeliveryResult.Delivered(
                new MessageRef(
                    ChannelRef.of(Platform.TEAMS, TENANT, ALICE_CHAT), app.connector.lastId())));
  }

  @Test
  void directMessageOpensThePersonalChatOnceWhenNoneIsStored() throws Exception {
    app.post(app.activities.teamInstall());
    app.connector.clear();
    UserRef bob = UserRef.of(Platform.TEAMS, TENANT, "29:bob");

    DeliveryResult first = app.gateway().directMessage(bob, MessageBody.text("Welcome, Bob"));
    DeliveryResult second = app.gateway().directMessage(bob, MessageBody.text("Reminder"));

    var calls = app.connector.messages();
    assertThat(calls)
        .extracting(FakeBotConnector.Call::path)
        .containsExactly(
            "/v3/conversations",
            "/v3/conversations/a:created-1/activities",
            "/v3/conversations/a:created-1/activities");
    assertThat(calls.get(0).body().path("members").get(0).path("id").asText()).isEqualTo("29:bob");
    assertThat(calls.get(0).body().path("bot").path("id").asText()).isEqualTo(BOT);
    assertThat(calls.get(0).body().path("tenantId").asText()).isEqualTo(TENANT);
    assertThat(first).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(((DeliveryResult.Delivered) second).message().channel().channelId())
        .isEqualTo("a:created-1");
  }

  @Test
  void membersJoiningTheTeamJoinItsChannelsWithTheirNames() throws Exception {
    app.post(app.activities.teamInstall());
    app.connector.knowsMember("29:bob", "Bob Brown");

    app.post(app.activities.membersAdded("29:bob"));

    verify(app.membership)
        .joinedChannel(GENERAL_CHANNEL, UserRef.of(Platform.TEAMS, TENANT, "29:bob"), "Bob Brown");
  }

  @Test
  void membersLeavingTheTeamLeaveItsChannels() throws Exception {
    app.post(app.activities.teamInstall());

    app.post(app.activities.membersRemoved(ALICE));

    verify(app.membership).leftChannel(GENERAL_CHANNEL, ALICE_USER);
    verify(app.membership, never()).uninstalled(any());
  }

  @Test
  void removingTheBotFromItsLastTeamUninstallsTheTenant() throws Exception {
    app.post(app.activities.teamInstall());

    app.post(app.activities.membersRemoved(BOT));

    verify(app.membership).uninstalled(TEAMS_TENANT);
    assertThat(app.gateway().post(GENERAL_CHANNEL, MessageBody.text("still there?")))
        .isInstanceOf(DeliveryResult.Failed.class);
  }

  @Test
  void postingWithoutAnyInstallFailsWithAReason() {
    DeliveryResult result = app.gateway().post(GENERAL_CHANNEL, MessageBody.text("hello"));

    assertThat(result).isInstanceOf(DeliveryResult.Failed.class);
    assertThat(((DeliveryResult.Failed) result).reason()).contains("install the app");
    assertThat(app.connector.calls()).isEmpty();
  }

  @Test
  void aChannelNobodySpokeInIsReachedThroughTheTeamsServiceUrl() throws Exception {
    app.post(app.activities.teamInstall());
    app.connector.clear();
    ChannelRef other = ChannelRef.of(Platform.TEAMS, TENANT, "19:other@thread.tacv2");

    DeliveryResult result = app.gateway().post(other, MessageBody.text("hello"));

    assertThat(app.connector.messages().get(0).path())
        .isEqualTo("/v3/conversations/19:other@thread.tacv2/activities");
    assertThat(result).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(GENERAL).isNotEqualTo(other.channelId());
  }
}

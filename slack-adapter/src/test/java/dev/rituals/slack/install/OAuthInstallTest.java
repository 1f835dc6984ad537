package dev.rituals.slack.install;

import static dev.rituals.slack.Payloads.envelope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;

import com.google.gson.JsonObject;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Installation;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;
import dev.rituals.slack.FakeSlackApi;
import dev.rituals.slack.Payloads;
import dev.rituals.slack.SlackTestApp;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Installing into a new workspace through /slack/install and /slack/oauth_redirect. */
class OAuthInstallTest {
  private static final TenantRef NEW_SCHOOL = new TenantRef(Platform.SLACK, "T0NEW");

  private Database database;
  private SlackTestApp slack;

  @BeforeEach
  void start() throws Exception {
    database = TestDatabases.h2();
    slack =
        new SlackTestApp(
            Clock.fixed(SlackTestApp.NOW, ZoneOffset.UTC),
            SlackTestApp::mockCore,
            Optional.of(database.dsl()));
    slack.api.tokenTeam("xoxb-new-school", "T0NEW");
    JsonObject access = FakeSlackApi.fixture("oauth.v2.access");
    access.addProperty("app_id", "A0RITUALS");
    access.addProperty("access_token", "xoxb-new-school");
    access.addProperty("token_type", "bot");
    access.addProperty("scope", "chat:write,commands");
    access.addProperty("bot_user_id", "UBOTNEW");
    access.remove("refresh_token");
    access.remove("expires_in");
    access.remove("enterprise");
    access.remove("incoming_webhook");
    access.getAsJsonObject("team").addProperty("id", "T0NEW");
    access.getAsJsonObject("team").addProperty("name", "New School");
    JsonObject installer = new JsonObject();
    installer.addProperty("id", "U0ADMIN");
    access.add("authed_user", installer);
    slack.api.override("oauth.v2.access", call -> FakeSlackApi.Answer.ok(access.toString()));
  }

  @AfterEach
  void stop() throws Exception {
    slack.close();
    database.close();
  }

  @Test
  void installingStoresTheWorkspaceTellsCoreAndItsTokenIsUsedFromThenOn() throws Exception {
    HttpResponse<String> install = slack.get("/slack/install");
    assertThat(install.statusCode()).isEqualTo(200);
    String state = state(install);
    assertThat(install.body())
        .contains("https://slack.com/oauth/v2/authorize?client_id=" + SlackTestApp.CLIENT_ID)
        .contains(
            URLEncoder.encode("channels:history,channels:read,chat:write", StandardCharsets.UTF_8));

    HttpResponse<String> redirect = callback(state);

    assertThat(redirect.statusCode()).isEqualTo(200);
    assertThat(slack.api.calls("oauth.v2.access").get(0).param("code")).isEqualTo("code-1");
    verify(slack.membership)
        .installed(new Installation(NEW_SCHOOL, "New School", "UBOTNEW", SlackTestApp.NOW, true));
    DeliveryResult sent =
        slack
            .module
            .chatGateway()
            .post(new ChannelRef(NEW_SCHOOL, "C0NEW"), MessageBody.text("Hello"));
    assertThat(sent).isInstanceOf(DeliveryResult.Delivered.class);
    assertThat(slack.api.calls("chat.postMessage").get(0).authorization())
        .isEqualTo("Bearer xoxb-new-school");
  }

  @Test
  void aStateCannotBeUsedTwice() throws Exception {
    String state = state(slack.get("/slack/install"));
    callback(state);

    HttpResponse<String> replay = callback(state);

    assertThat(replay.body()).doesNotContain("xoxb");
    assertThat(slack.api.calls("oauth.v2.access")).hasSize(1);
  }

  @Test
  void callbackWithoutTheBrowsersStateCookieIsRefused() throws Exception {
    String state = state(slack.get("/slack/install"));

    slack.get("/slack/oauth_redirect?code=code-1&state=" + state);

    assertThat(slack.api.calls("oauth.v2.access")).isEmpty();
    verify(slack.membership, never()).installed(any());
  }

  @Test
  void uninstallingForgetsTheWorkspacesTokenAndDisablesIt() throws Exception {
    callback(state(slack.get("/slack/install")));
    String uninstalled =
        envelope("EvBye", Payloads.event("app_uninstalled", Map.of()))
            .replace(FakeSlackApi.TEAM, "T0NEW");

    assertThat(slack.event(uninstalled).statusCode()).isEqualTo(200);

    verify(slack.membership, timeout(3000)).uninstalled(NEW_SCHOOL);
    Awaitility.await()
        .until(
            () ->
                new JooqInstallationService(database.dsl(), slack.clock)
                    .botToken("T0NEW")
                    .isEmpty());
  }

  private HttpResponse<String> callback(String state) throws Exception {
    return slack.get(
        "/slack/oauth_redirect?code=code-1&state=" + state,
        "Cookie",
        "slack-app-oauth-state=" + state);
  }

  private static String state(HttpResponse<String> install) {
    Matcher m = Pattern.compile("[?&;]state=([^&\"']+)").matcher(install.body());
    assertThat(m.find()).as("state in the authorize URL").isTrue();
    String state = m.group(1);
    assertThat(install.headers().allValues("Set-Cookie"))
        .anySatisfy(c -> assertThat(c).startsWith("slack-app-oauth-state=" + state));
    return state;
  }
}

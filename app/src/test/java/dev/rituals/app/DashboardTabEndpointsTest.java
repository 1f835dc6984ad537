package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.app.web.TabConfigPage;
import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.History;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.ReplyAttachment;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard tab's server side over real HTTP on the whole app (H2): the configuration page, the
 * check of a pasted link, and the long-lived, revocable tab link it answers with.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTabEndpointsTest {
  static final ChannelRef OTHER_CHANNEL =
      ChannelRef.of(Platform.TEAMS, "tenant-1", "19:science@thread.tacv2");
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dataDir;
  ReportPagesApp pages;
  History other;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    pages = new ReportPagesApp(dataDir, ReportPagesApp.endOfMarch(), AppHooks.NONE);
    other =
        new History(
            pages.app.ports(),
            "Science",
            Instant.parse("2026-02-01T08:00:00Z"),
            Set.of(OTHER_CHANNEL));
  }

  @AfterAll
  void stop() {
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void aValidLinkFromTheChannelsCommunityGivesATabLinkThatShowsTheLastThirtyDays()
      throws Exception {
    HttpResponse<String> answer = check(pages.dashboard().toString(), ReportPagesApp.TEAMS_CHANNEL);

    assertThat(answer.statusCode()).isEqualTo(200);
    JsonNode json = JSON.readTree(answer.body());
    assertThat(json.path("ok").asBoolean()).isTrue();
    assertThat(json.path("community").asText()).isEqualTo("Maths <teachers>");
    assertThat(json.path("entityId").asText())
        .isEqualTo("rituals-dashboard-" + pages.history.community.id());
    String contentUrl = json.path("contentUrl").asText();
    // under the app's public URL (here the default, http://localhost:<configured port 0>)
    assertThat(contentUrl).startsWith("http://localhost:0/dashboard/tab?c=");
    assertThat(contentUrl).doesNotContain("from=").contains("g=0");

    HttpResponse<String> tab = get(URI.create(contentUrl));
    assertThat(tab.statusCode()).isEqualTo(200);
    assertThat(tab.headers().firstValue("content-security-policy").orElseThrow())
        .startsWith("default-src 'none'")
        .doesNotContain("script-src");
    assertThat(tab.body())
        .contains("Participation in Maths &lt;teachers&gt;")
        .contains("data-week=\"2026-03-02\"")
        .doesNotContain("<script");
  }

  @Test
  void aGroupChatOfTheCommunityIsAcceptedToo() throws Exception {
    HttpResponse<String> answer =
        post(
            form(
                "link",
                pages.dashboard().toString(),
                "tenant",
                "tenant-1",
                "channel",
                "",
                "chat",
                ReportPagesApp.TEAMS_CHANNEL.channelId()));

    assertThat(answer.statusCode()).isEqualTo(200);
  }

  @Test
  void garbageIsRefusedWithAShortMessage() throws Exception {
    for (String link :
        new String[] {"", "hello", "https://x/dashboard?c=1&sig=2", "%%%", "a".repeat(5000)}) {
      HttpResponse<String> answer = check(link, ReportPagesApp.TEAMS_CHANNEL);

      assertThat(answer.statusCode()).as(link).isEqualTo(400);
      assertRefused(answer, "That is not a valid dashboard link, or it has expired.");
    }
  }

  @Test
  void aLinkWithAChangedOrForgedSignatureIsRefused() throws Exception {
    String link = pages.dashboard().toString();
    String otherDates = link.replace("from=2026-03-01", "from=2026-02-01");
    String otherSignature = link.substring(0, link.length() - 3) + "AAA";
    String otherKey =
        new SignedReportLinks(
                URI.create(pages.base()),
                new LinkSigner(
                    "another-secret-of-at-least-32-characters".getBytes(StandardCharsets.UTF_8),
                    pages.clock))
            .dashboard(pages.history.community.id(), ReportPagesApp.MARCH)
            .orElseThrow()
            .toString();

    for (String bad : new String[] {otherDates, otherSignature, otherKey}) {
      HttpResponse<String> answer = check(bad, ReportPagesApp.TEAMS_CHANNEL);
      assertThat(answer.statusCode()).as(bad).isEqualTo(400);
      assertRefused(answer, "That is not a valid dashboard link, or it has expired.");
    }
  }

  @Test
  void anExpiredLinkIsRefused() throws Exception {
    Clock fortyDaysAgo = Clock.offset(pages.clock, Duration.ofDays(-40));
    String expired =
        new SignedReportLinks(
                URI.create(pages.base()),
                new LinkSigner(
                    ReportPagesApp.SECRET.getBytes(StandardCharsets.UTF_8), fortyDaysAgo))
            .dashboard(pages.history.community.id(), ReportPagesApp.MARCH)
            .orElseThrow()
            .toString();

    HttpResponse<String> answer = check(expired, ReportPagesApp.TEAMS_CHANNEL);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertRefused(answer, "That is not a valid dashboard link, or it has expired.");
  }

  @Test
  void aSignedLinkToAnotherPageIsNotADashboardLink() throws Exception {
    HttpResponse<String> answer =
        check(pages.download("csv").toString(), ReportPagesApp.TEAMS_CHANNEL);

    assertThat(answer.statusCode()).isEqualTo(400);
    assertRefused(answer, "That is not a valid dashboard link");
  }

  @Test
  void anotherCommunitysLinkIsRefusedInThisChannel() throws Exception {
    String otherLink =
        pages
            .links()
            .dashboard(other.community.id(), ReportPagesApp.MARCH)
            .orElseThrow()
            .toString();

    HttpResponse<String> answer = check(otherLink, ReportPagesApp.TEAMS_CHANNEL);

    assertThat(answer.statusCode()).isEqualTo(403);
    assertRefused(answer, "That link is for another community than this channel's.");
  }

  @Test
  void aChannelOfNoCommunityOrAnotherTenantIsRefused() throws Exception {
    ChannelRef sameIdOtherTenant =
        ChannelRef.of(Platform.TEAMS, "tenant-2", ReportPagesApp.TEAMS_CHANNEL.channelId());
    ChannelRef nowhere = ChannelRef.of(Platform.TEAMS, "tenant-1", "19:random@thread.tacv2");

    for (ChannelRef where : new ChannelRef[] {sameIdOtherTenant, nowhere}) {
      HttpResponse<String> answer = check(pages.dashboard().toString(), where);
      assertThat(answer.statusCode()).as(where.toString()).isEqualTo(404);
      assertRefused(answer, "Rituals has no community in this channel or chat.");
    }
  }

  @Test
  void withoutTeamsContextTheLinkIsNotTurnedIntoATab() throws Exception {
    for (Map<String, String> body :
        new Map[] {
          form("link", pages.dashboard().toString()),
          form("link", pages.dashboard().toString(), "tenant", "tenant-1"),
          form("link", pages.dashboard().toString(), "tenant", "t 1", "channel", "19:x"),
        }) {
      HttpResponse<String> answer = post(body);
      assertThat(answer.statusCode()).isEqualTo(400);
      assertRefused(answer, "Open this page in Microsoft Teams");
    }
  }

  @Test
  void aBodyThatIsNotAFormIsRefused() throws Exception {
    for (String body : new String[] {"link=%zz", "link=a&link=b", "x".repeat(9000)}) {
      HttpResponse<String> answer =
          http.send(
              HttpRequest.newBuilder(URI.create(pages.base() + "/teams/tab/check"))
                  .header("content-type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(400);
      assertRefused(answer, "That request was not understood.");
    }
    HttpResponse<String> notUtf8 =
        http.send(
            HttpRequest.newBuilder(URI.create(pages.base() + "/teams/tab/check"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {'l', '=', (byte) 0xff}))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(notUtf8.statusCode()).isEqualTo(400);
    HttpResponse<String> getInstead = get(URI.create(pages.base() + "/teams/tab/check"));
    assertThat(getInstead.statusCode()).isEqualTo(405);
  }

  @Test
  void aModeratorsDashboardResetStopsEveryLinkAndTabGivenBeforeInThatCommunityOnly()
      throws Exception {
    ChannelRef channel = ChannelRef.of(Platform.TEAMS, "tenant-1", "19:reset@thread.tacv2");
    UserRef moderator = UserRef.of(Platform.TEAMS, "tenant-1", "29:mod");
    assertThat(say(moderator, channel, "community create \"Reset Lab\"").outcome())
        .isEqualTo(CommandReply.Outcome.OK);
    URI oldLink = dashboardLink(moderator, channel);
    String oldTab = tabLink(oldLink, channel);
    String otherTab = contentUrlFor(other);
    assertThat(get(URI.create(oldTab)).statusCode()).isEqualTo(200);
    assertThat(get(oldLink).statusCode()).isEqualTo(200);

    CommandReply reset = say(moderator, channel, "dashboard reset");

    assertThat(reset.outcome()).as(reset.text()).isEqualTo(CommandReply.Outcome.OK);
    HttpResponse<String> revoked = get(URI.create(oldTab));
    assertThat(revoked.statusCode()).isEqualTo(403);
    assertThat(revoked.body()).contains("This tab's link is no longer valid");
    assertThat(revoked.body()).doesNotContain("Reset Lab");
    assertThat(get(oldLink).statusCode()).as("the old dashboard link").isEqualTo(403);
    HttpResponse<String> oldPasted = check(oldLink.toString(), channel);
    assertThat(oldPasted.statusCode()).as("the old link pasted in a tab").isEqualTo(400);
    assertRefused(oldPasted, "That is not a valid dashboard link, or it has expired.");
    assertThat(get(URI.create(otherTab)).statusCode()).as("another community").isEqualTo(200);
    String freshTab = tabLink(dashboardLink(moderator, channel), channel);
    assertThat(freshTab).contains("g=1");
    assertThat(get(URI.create(freshTab)).statusCode()).isEqualTo(200);
  }

  private URI dashboardLink(UserRef moderator, ChannelRef channel) {
    CommandReply reply = say(moderator, channel, "report dashboard");
    assertThat(reply.outcome()).as(reply.text()).isEqualTo(CommandReply.Outcome.OK);
    return ((ReplyAttachment.Link) reply.attachment().orElseThrow()).url();
  }

  private String tabLink(URI dashboardLink, ChannelRef channel) throws Exception {
    HttpResponse<String> answer = check(dashboardLink.toString(), channel);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return JSON.readTree(answer.body()).path("contentUrl").asText();
  }

  private CommandReply say(UserRef who, ChannelRef channel, String text) {
    return pages
        .app
        .services()
        .commands()
        .handle(new CommandRequest(who, "Mo", Optional.of(channel), text, false, Optional.empty()));
  }

  @Test
  void aChangedOrForgedTabLinkShowsNoData() throws Exception {
    String contentUrl = contentUrlFor(pages.history);
    String otherCommunity =
        contentUrl.replace(
            pages.history.community.id().toString(), other.community.id().toString());
    String nextGeneration = contentUrl.replaceAll("g=\\d+", "g=99");

    for (String bad :
        new String[] {otherCommunity, nextGeneration, pages.base() + "/dashboard/tab"}) {
      HttpResponse<String> page = get(URI.create(bad));
      assertThat(page.statusCode()).as(bad).isEqualTo(403);
      assertThat(page.body()).doesNotContain("Participation in");
    }
  }

  @Test
  void theConfigPageShowsNoCommunityDataAndMayLoadOnlyTeamsJsAndItsOwnScript() throws Exception {
    HttpResponse<String> page = get(URI.create(pages.base() + TabConfigPage.PATH));

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<script src=\"" + TabConfigPage.TEAMS_JS + "\"")
        .contains("<script src=\"config.js\"")
        .doesNotContain("Maths");
    assertThat(page.headers().firstValue("content-security-policy").orElseThrow())
        .contains("script-src 'self' " + TabConfigPage.TEAMS_JS + ";")
        .contains("connect-src 'self';")
        .contains("frame-ancestors 'self' https://teams.microsoft.com")
        .doesNotContain("unsafe-eval");
    HttpResponse<String> script = get(URI.create(pages.base() + TabConfigPage.SCRIPT_PATH));
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("content-type"))
        .hasValue("text/javascript; charset=utf-8");
    assertThat(script.body()).contains("pages.config").contains("setConfig");
  }

  private String contentUrlFor(History community) throws Exception {
    ChannelRef where = community.community.channels().iterator().next();
    String link =
        pages
            .links()
            .dashboard(community.community.id(), ReportPagesApp.MARCH)
            .orElseThrow()
            .toString();
    HttpResponse<String> answer = check(link, where);
    assertThat(answer.statusCode()).isEqualTo(200);
    URI contentUrl = URI.create(JSON.readTree(answer.body()).path("contentUrl").asText());
    return pages.base() + contentUrl.getRawPath() + "?" + contentUrl.getRawQuery();
  }

  private static void assertRefused(HttpResponse<String> answer, String message) throws Exception {
    JsonNode json = JSON.readTree(answer.body());
    assertThat(json.path("ok").asBoolean()).isFalse();
    assertThat(json.path("message").asText()).startsWith(message).hasSizeLessThan(160);
    assertThat(json.has("contentUrl")).isFalse();
  }

  private HttpResponse<String> check(String link, ChannelRef where) throws Exception {
    return post(
        form("link", link, "tenant", where.tenant().tenantId(), "channel", where.channelId()));
  }

  private HttpResponse<String> post(Map<String, String> fields) throws Exception {
    String body =
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return http.send(
        HttpRequest.newBuilder(URI.create(pages.base() + "/teams/tab/check"))
            .header("content-type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** GET on the app; a link under the public URL is opened on the app's real port. */
  private HttpResponse<String> get(URI uri) throws Exception {
    URI local =
        URI.create(
            pages.base()
                + uri.getRawPath()
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
    return http.send(HttpRequest.newBuilder(local).build(), HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, String> form(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return map;
  }
}

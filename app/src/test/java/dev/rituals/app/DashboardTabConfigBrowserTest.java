package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.testing.History;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The dashboard tab's configuration page in a real headless Chromium, as Teams would frame it. A
 * stand-in {@code microsoftTeams} object (served from another loopback origin in place of
 * Microsoft's CDN, so the page's policy must allow it) records what the page tells Teams.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardTabConfigBrowserTest {
  static final String STAND_IN =
      "window.__teams = { validity: [], configs: [], save: null };\n"
          + "window.microsoftTeams = {\n"
          + "  app: {\n"
          + "    initialize: function () { return Promise.resolve(); },\n"
          + "    getContext: function () { return Promise.resolve(%s); }\n"
          + "  },\n"
          + "  pages: { config: {\n"
          + "    setValidityState: function (v) { window.__teams.validity.push(v); },\n"
          + "    registerOnSaveHandler: function (h) { window.__teams.save = h; },\n"
          + "    setConfig: function (c) { window.__teams.configs.push(c); return Promise.resolve(); }\n"
          + "  } }\n"
          + "};\n";
  static final String CONTEXT =
      "{ user: { tenant: { id: 'tenant-1' } }, channel: { id: '19:maths@thread.tacv2' } }";

  @TempDir static Path dataDir;
  HttpServer standIn;
  volatile boolean teamsJsAvailable = true;
  ReportPagesApp pages;
  History other;
  WebDriver browser;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  void start() throws Exception {
    assumeTrue(
        Files.isExecutable(DashboardBrowserTest.CHROMIUM)
            && Files.isExecutable(DashboardBrowserTest.CHROMEDRIVER),
        "needs chromium and chromedriver (apt-get install chromium chromium-driver)");
    standIn = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    byte[] script = String.format(STAND_IN, CONTEXT).getBytes(StandardCharsets.UTF_8);
    standIn.createContext(
        "/teams-js/MicrosoftTeams.min.js",
        exchange -> {
          if (!teamsJsAvailable) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
          }
          // the page loads TeamsJS with crossorigin="anonymous", as Microsoft's CDN allows
          exchange.getResponseHeaders().add("Content-Type", "text/javascript");
          exchange.getResponseHeaders().add("Access-Control-Allow-Origin", "*");
          exchange.sendResponseHeaders(200, script.length);
          exchange.getResponseBody().write(script);
          exchange.close();
        });
    standIn.start();
    URI teamsJs =
        URI.create(
            "http://127.0.0.1:"
                + standIn.getAddress().getPort()
                + "/teams-js/MicrosoftTeams.min.js");
    pages =
        new ReportPagesApp(
            dataDir, ReportPagesApp.endOfMarch(), AppHooks.NONE.withTeamsJs(teamsJs));
    other =
        new History(
            pages.app.ports(),
            "Science",
            Instant.parse("2026-02-01T08:00:00Z"),
            Set.of(ChannelRef.of(Platform.TEAMS, "tenant-1", "19:science@thread.tacv2")));
    ChromeOptions options = new ChromeOptions();
    options.setBinary(DashboardBrowserTest.CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(DashboardBrowserTest.CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(10));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (pages != null) {
      pages.close();
    }
    if (standIn != null) {
      standIn.stop(0);
    }
  }

  @Test
  void aValidLinkIsCheckedAndSavingHandsTeamsTheTabLink() throws Exception {
    paste(pages.dashboard().toString());

    await().atMost(Duration.ofSeconds(10)).until(() -> status().contains("Press Save"));
    assertThat(status()).isEqualTo("That link is for Maths <teachers>. Press Save to add the tab.");
    assertThat(validity()).last().isEqualTo(true);
    assertThat(save()).isEqualTo("success");

    List<Map<String, Object>> configs = configs();
    assertThat(configs).hasSize(1);
    Map<String, Object> config = configs.get(0);
    assertThat(config.get("suggestedDisplayName")).isEqualTo("Rituals dashboard");
    assertThat(config.get("entityId"))
        .isEqualTo("rituals-dashboard-" + pages.history.community.id());
    URI contentUrl = URI.create((String) config.get("contentUrl"));
    assertThat(config.get("websiteUrl")).isEqualTo(contentUrl.toString());
    assertThat(contentUrl.getRawPath()).isEqualTo("/dashboard/tab");
    assertThat(contentUrl.getRawQuery())
        .startsWith("c=" + pages.history.community.id() + "&exp=")
        .contains("&g=0&sig=");
    HttpResponse<String> tab =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(pages.base() + "/dashboard/tab?" + contentUrl.getRawQuery()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(tab.statusCode()).isEqualTo(200);
    assertThat(tab.body()).contains("Participation in Maths &lt;teachers&gt;");
  }

  @Test
  void garbageShowsAShortMessageAndNothingIsSaved() {
    assertRefused("not a link at all", "That is not a valid dashboard link, or it has expired.");
  }

  @Test
  void anExpiredLinkShowsAShortMessageAndNothingIsSaved() {
    String expired =
        new SignedReportLinks(
                URI.create(pages.base()),
                new LinkSigner(
                    ReportPagesApp.SECRET.getBytes(StandardCharsets.UTF_8),
                    Clock.offset(pages.clock, Duration.ofDays(-40))))
            .dashboard(pages.history.community.id(), ReportPagesApp.MARCH)
            .orElseThrow()
            .toString();

    assertRefused(expired, "That is not a valid dashboard link, or it has expired.");
  }

  @Test
  void anotherCommunitysLinkShowsAShortMessageAndNothingIsSaved() {
    String otherLink =
        pages
            .links()
            .dashboard(other.community.id(), ReportPagesApp.MARCH)
            .orElseThrow()
            .toString();

    assertRefused(otherLink, "That link is for another community than this channel's.");
  }

  @Test
  void anEmptyLinkIsNotSentAndSavingIsRefused() {
    paste("");

    await().atMost(Duration.ofSeconds(10)).until(() -> !status().isEmpty());
    assertThat(status()).isEqualTo("Paste the link from @Rituals report dashboard first.");
    assertThat(save()).isEqualTo("failure: Check a dashboard link first.");
    assertThat(configs()).isEmpty();
  }

  @Test
  void outsideTeamsThePageSaysWhereToOpenItAndOffersNoForm() {
    teamsJsAvailable = false;
    try {
      browser.get(pages.base() + "/teams/tab/config");

      await().atMost(Duration.ofSeconds(10)).until(() -> !status().isEmpty());
      assertThat(status())
          .isEqualTo(
              "Open this page in Microsoft Teams: add the tab with + in a channel or group chat.");
      assertThat(browser.findElement(By.id("link-form")).isDisplayed()).isFalse();
    } finally {
      teamsJsAvailable = true;
    }
  }

  private void assertRefused(String link, String message) {
    paste(link);

    await()
        .atMost(Duration.ofSeconds(10))
        .until(() -> !status().isEmpty() && !status().equals("Checking…"));
    assertThat(status()).startsWith(message);
    assertThat(browser.findElement(By.id("status")).getAttribute("class")).isEqualTo("bad");
    assertThat(validity()).doesNotContain(true);
    assertThat(save()).isEqualTo("failure: Check a dashboard link first.");
    assertThat(configs()).isEmpty();
  }

  /** Opens the page afresh (as Teams does for each new tab), pastes and checks the link. */
  private void paste(String link) {
    browser.get(pages.base() + "/teams/tab/config");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                "true".equals(browser.findElement(By.id("link-form")).getAttribute("data-ready")));
    browser.findElement(By.id("link")).sendKeys(link);
    browser.findElement(By.id("check")).click();
  }

  private String status() {
    return browser.findElement(By.id("status")).getText();
  }

  @SuppressWarnings("unchecked")
  private List<Object> validity() {
    return (List<Object>) js().executeScript("return window.__teams.validity;");
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> configs() {
    return (List<Map<String, Object>>) js().executeScript("return window.__teams.configs;");
  }

  /** What Teams does when the person presses Save: calls the page's save handler. */
  private String save() {
    return (String)
        js().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                    + "window.__teams.save({"
                    + " notifySuccess: function () { setTimeout(function () { done('success'); }, 50); },"
                    + " notifyFailure: function (r) { done('failure: ' + r); } });");
  }

  private JavascriptExecutor js() {
    return (JavascriptExecutor) browser;
  }
}

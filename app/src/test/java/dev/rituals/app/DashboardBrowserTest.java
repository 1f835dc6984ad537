package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/** The moderators' dashboard in a real headless Chromium, opened from a signed link. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir static Path dataDir;
  ReportPagesApp pages;
  WebDriver browser;

  @BeforeAll
  void start() throws Exception {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs chromium and chromedriver (apt-get install chromium chromium-driver)");
    pages = new ReportPagesApp(dataDir);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20));
  }

  @AfterAll
  void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (pages != null) {
      pages.close();
    }
  }

  @Test
  void theDashboardShowsParticipationOverTimeLevelsAndTopResources() {
    browser.get(pages.dashboard().toString());

    assertThat(browser.getTitle()).isEqualTo("Participation in Maths <teachers>");
    assertThat(text("h1")).isEqualTo("Participation in Maths <teachers>");
    assertThat(text("#tile-members .value")).isEqualTo("3");
    assertThat(text("#tile-answers .value")).isEqualTo("6");
    assertThat(text("#tile-participants .value")).isEqualTo("2");
    assertThat(text("#tile-response-rate .value")).isEqualTo("50%");

    List<WebElement> weeks = browser.findElements(By.cssSelector("#weekly-chart rect.week"));
    Map<String, String> peoplePerWeek =
        weeks.stream()
            .collect(
                Collectors.toMap(
                    w -> w.getAttribute("data-week"), w -> w.getAttribute("data-people")));
    assertThat(peoplePerWeek)
        .containsEntry("2026-03-02", "2")
        .containsEntry("2026-03-09", "1")
        .containsEntry("2026-03-16", "2")
        .containsEntry("2026-03-23", "1");
    assertThat(browser.findElement(By.id("response-rate")).getAttribute("points")).isNotBlank();
    WebElement tallest =
        weeks.stream()
            .filter(w -> w.getAttribute("data-week").equals("2026-03-02"))
            .findFirst()
            .orElseThrow();
    assertThat(tallest.getSize().getHeight()).as("bars are drawn").isPositive();

    assertThat(level("core")).isEqualTo("2");
    assertThat(level("dormant")).isEqualTo("1");
    assertThat(text("#levels li[data-level=core]")).isEqualTo("Core: 2");

    List<WebElement> resources = browser.findElements(By.cssSelector("#resources li a"));
    assertThat(resources).hasSize(1);
    assertThat(resources.get(0).getAttribute("href")).isEqualTo("https://example.org/exit-tickets");
    assertThat(text("#resources li")).endsWith("6 answers");
  }

  @Test
  void peoplesNamesAreShownAsTextNeverRun() {
    browser.get(pages.dashboard().toString());

    assertThat(text("#members tbody")).contains(ReportPagesApp.TRICKY);
    assertThat(browser.findElements(By.tagName("script"))).isEmpty();
  }

  @Test
  void aTamperedLinkShowsTheExpiredPage() {
    browser.get(pages.dashboard().toString().replace("from=2026-03-01", "from=2026-02-01"));

    assertThat(browser.findElement(By.tagName("body")).getText())
        .contains("This link has expired or is not valid");
    assertThat(browser.findElements(By.id("weekly-chart"))).isEmpty();
  }

  private String text(String css) {
    return browser.findElement(By.cssSelector(css)).getText();
  }

  private String level(String name) {
    return browser
        .findElement(By.cssSelector("#levels-chart rect[data-level=" + name + "]"))
        .getAttribute("data-count");
  }
}

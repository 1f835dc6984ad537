package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * archive export links to the HTML transcript the app serves: escaped, grouped by question, and
 * only for a token the app signed.
 */
class TranscriptPageTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");

  @TempDir Path dataDir;
  final HttpClient http = HttpClient.newHttpClient();

  @Test
  void archiveExportGivesALinkToTheEscapedHtmlTranscript() throws Exception {
    AppConfig base =
        AppConfig.from(
            Map.of(
                "PORT", "1",
                "RITUALS_DATA_DIR", dataDir.toString(),
                "RITUALS_PUBLIC_URL", "https://rituals.example",
                "RITUALS_LINK_SECRET", "a-test-secret-of-some-length"));
    assertThat(base.toString()).doesNotContain("a-test-secret");
    AppConfig config = // on a random port
        new AppConfig(
            0,
            base.dataDir(),
            base.databaseUrl(),
            base.databaseUser(),
            base.databasePassword(),
            base.slack(),
            base.teams(),
            false,
            base.publicUrl(),
            base.linkSecret());
    try (RitualsApp app = RitualsApp.start(config, Clock.systemUTC())) {
      command(app, "community create \"Maths <b>club</b>\"");
      command(app, "ask now \"What is <script>alert(1)</script> & why?\"");
      AnswerOutcome answered =
          app.services()
              .answers()
              .onMessage(
                  new IncomingMessage(
                      MODERATOR,
                      "Mo <i>",
                      "A1 <img src=x onerror=alert(2)> works",
                      new MessageRef(CHANNEL, "1.1"),
                      Optional.empty(),
                      "C1:1.1",
                      java.time.Instant.now()));
      assertThat(answered).isEqualTo(AnswerOutcome.RECORDED);

      String reply = command(app, "archive export 1").text();
      Matcher link = Pattern.compile("https://rituals\\.example(/transcripts/\\S+)").matcher(reply);
      assertThat(link.find()).as(reply).isTrue();

      HttpResponse<String> page = get(app, link.group(1));
      assertThat(page.statusCode()).as(link.group(1) + " " + page.body()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
      assertThat(page.headers().firstValue("Content-Security-Policy"))
          .contains("default-src 'none'; style-src 'unsafe-inline'");
      assertThat(page.body())
          .contains("<h2>Q1. What is &lt;script&gt;alert(1)&lt;/script&gt; &amp; why?</h2>")
          .contains("&lt;img src=x onerror=alert(2)&gt; works")
          .contains("Maths &lt;b&gt;club&lt;/b&gt;")
          .doesNotContain("<script>")
          .doesNotContain("<img");

      String tampered = link.group(1).substring(0, link.group(1).length() - 2) + "AA";
      assertThat(get(app, tampered).statusCode()).isEqualTo(404);
      assertThat(get(app, "/transcripts/").statusCode()).isEqualTo(404);
    }
  }

  private HttpResponse<String> get(RitualsApp app, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static CommandReply command(RitualsApp app, String text) {
    return app.services()
        .commands()
        .handle(
            new CommandRequest(
                MODERATOR, "Mo", Optional.of(CHANNEL), text, false, Optional.empty()));
  }
}

package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.MutableClock;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DownloadShelfTest {
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
  DownloadShelf shelf;
  HttpServer server;
  HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() throws Exception {
    HttpServer probe = new HttpServer("127.0.0.1", 0, Map.of());
    probe.start();
    int port = probe.port();
    probe.close();
    shelf = new DownloadShelf(URI.create("http://127.0.0.1:" + port), clock);
    server = new HttpServer("127.0.0.1", port, Map.of("/files/*", shelf));
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  HttpResponse<byte[]> get(String link) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aPublishedFileDownloadsWithItsTypeAndNameUntilItExpires() throws Exception {
    byte[] pdf = "%PDF-1.7 certificate".getBytes(StandardCharsets.US_ASCII);
    String link = shelf.publish(ANA, "pd-hours-2026.pdf", "application/pdf", pdf);
    assertThat(link)
        .matches("http://127\\.0\\.0\\.1:\\d+/files/[A-Za-z0-9_-]{43}/pd-hours-2026\\.pdf");

    HttpResponse<byte[]> ok = get(link);
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo(pdf);
    assertThat(ok.headers().firstValue("content-type")).contains("application/pdf");
    assertThat(ok.headers().firstValue("content-disposition"))
        .contains("attachment; filename=\"pd-hours-2026.pdf\"");

    clock.advance(DownloadShelf.TTL.plus(Duration.ofSeconds(1)));
    HttpResponse<byte[]> expired = get(link);
    assertThat(expired.statusCode()).isEqualTo(404);
    assertThat(new String(expired.body(), StandardCharsets.UTF_8)).contains("expired");
  }

  @Test
  void aGuessedTokenFindsNothingAndEachPublicationGetsItsOwnLink() throws Exception {
    String first = shelf.publish(ANA, "my-data.json", "application/json", new byte[] {'{', '}'});
    String second = shelf.publish(ANA, "my-data.json", "application/json", new byte[] {'{', '}'});
    assertThat(first).isNotEqualTo(second);
    String guessed =
        first.replaceFirst("/files/[^/]+/", "/files/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/");
    assertThat(get(guessed).statusCode()).isEqualTo(404);
  }
}

package dev.rituals.app;

import static dev.rituals.db.jooq.Tables.DOWNLOAD_FILE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.db.Database;
import dev.rituals.db.repository.JooqDownloadFiles;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Download links over HTTP, with the files in a real database: two shelves on one database stand
 * for two nodes of a cluster behind a load balancer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class DownloadShelfContract {
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
  Database database;
  DownloadShelf nodeA;
  DownloadShelf nodeB;
  HttpServer serverA;
  HttpServer serverB;
  HttpClient http = HttpClient.newHttpClient();

  abstract Database openDatabase();

  @BeforeAll
  void open() {
    database = openDatabase();
  }

  @AfterAll
  void close() {
    database.close();
  }

  @BeforeEach
  void start() throws Exception {
    database.dsl().deleteFrom(DOWNLOAD_FILE).execute();
    serverA = serve(shelf -> nodeA = shelf);
    serverB = serve(shelf -> nodeB = shelf);
  }

  HttpServer serve(java.util.function.Consumer<DownloadShelf> keep) throws Exception {
    HttpServer probe = new HttpServer("127.0.0.1", 0, Map.of());
    probe.start();
    int port = probe.port();
    probe.close();
    DownloadShelf shelf =
        new DownloadShelf(
            URI.create("http://127.0.0.1:" + port), clock, new JooqDownloadFiles(database.dsl()));
    keep.accept(shelf);
    HttpServer server = new HttpServer("127.0.0.1", port, Map.of("/files/*", shelf));
    server.start();
    return server;
  }

  @AfterEach
  void stop() throws Exception {
    serverA.close();
    serverB.close();
  }

  HttpResponse<byte[]> get(String link) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(link)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** The same path on node B: what a load balancer does when it picks the other node. */
  String onNodeB(String link) {
    return link.replaceFirst(":\\d+/", ":" + serverB.port() + "/");
  }

  @Test
  void aFileMadeOnOneNodeDownloadsFromTheOtherUntilItExpires() throws Exception {
    byte[] pdf = "%PDF-1.7 certificate \u00ff".getBytes(StandardCharsets.ISO_8859_1);
    String link = nodeA.publish(ANA, "pd-hours-2026.pdf", "application/pdf", pdf);
    assertThat(link)
        .matches("http://127\\.0\\.0\\.1:\\d+/files/[A-Za-z0-9_-]{43}/pd-hours-2026\\.pdf");

    HttpResponse<byte[]> ok = get(onNodeB(link));
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo(pdf);
    assertThat(ok.headers().firstValue("content-type")).contains("application/pdf");
    assertThat(ok.headers().firstValue("cache-control")).contains("private, no-store");
    assertThat(ok.headers().firstValue("content-disposition"))
        .contains("attachment; filename=\"pd-hours-2026.pdf\"");
    assertThat(get(link).statusCode()).isEqualTo(200);

    clock.advance(DownloadShelf.TTL.plus(Duration.ofSeconds(1)));
    HttpResponse<byte[]> expired = get(onNodeB(link));
    assertThat(expired.statusCode()).isEqualTo(404);
    assertThat(expired.headers().firstValue("cache-control")).contains("private, no-store");
    assertThat(new String(expired.body(), StandardCharsets.UTF_8)).contains("expired");
  }

  @Test
  void onlyTheTokensHashIsStoredAndAGuessedOrMalformedTokenFindsNothing() throws Exception {
    String first = nodeA.publish(ANA, "my-data.json", "application/json", new byte[] {'{', '}'});
    String second = nodeA.publish(ANA, "my-data.json", "application/json", new byte[] {'{', '}'});
    assertThat(first).isNotEqualTo(second);
    String token = first.split("/")[4];
    assertThat(database.dsl().fetchValues(DOWNLOAD_FILE.TOKEN_HASH))
        .hasSize(2)
        .noneMatch(hash -> hash.contains(token));

    assertThat(get(first.replace(token, "A".repeat(43))).statusCode()).isEqualTo(404);
    assertThat(get(first.replace(token, "x%27%20or%201%3D1%20--")).statusCode()).isEqualTo(404);
    assertThat(get(first.replace("/" + token + "/my-data.json", "/")).statusCode()).isEqualTo(404);
  }

  @Test
  void aFileOverTheCapIsRefusedWithAMessageAndNothingIsStored() {
    byte[] huge = new byte[DownloadShelf.MAX_BYTES + 1];

    assertThatThrownBy(() -> nodeA.publish(ANA, "my-data.json", "application/json", huge))
        .isInstanceOf(DocumentLinks.TooLargeException.class)
        .hasMessageContaining("10 MB")
        .hasMessageContaining("no link was made");
    assertThat(database.dsl().fetchCount(DOWNLOAD_FILE)).isZero();
  }

  @Test
  void aPersonKeepsOnlyTheNewestLinksAndTheSweepDeletesExpiredFiles() throws Exception {
    String oldest = nodeA.publish(ANA, "a.json", "application/json", new byte[] {1});
    for (int i = 1; i < DownloadShelf.MAX_PER_OWNER; i++) {
      clock.advance(Duration.ofSeconds(1));
      nodeA.publish(ANA, "a.json", "application/json", new byte[] {1});
    }
    clock.advance(Duration.ofSeconds(1));
    String newest = nodeA.publish(ANA, "a.json", "application/json", new byte[] {2});

    assertThat(get(oldest).statusCode()).isEqualTo(404);
    assertThat(get(newest).statusCode()).isEqualTo(200);
    assertThat(database.dsl().fetchCount(DOWNLOAD_FILE)).isEqualTo(DownloadShelf.MAX_PER_OWNER);

    assertThat(nodeB.sweep()).isZero();
    clock.advance(DownloadShelf.TTL);
    assertThat(nodeB.sweep()).isEqualTo(DownloadShelf.MAX_PER_OWNER);
    assertThat(database.dsl().fetchCount(DOWNLOAD_FILE)).isZero();
  }
}

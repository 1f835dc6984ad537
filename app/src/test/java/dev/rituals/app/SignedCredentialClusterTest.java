package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.Ed25519;
import dev.rituals.core.testing.CompactJws;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.db.Database;
import dev.rituals.db.testing.TestDatabases;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two app nodes on one PostgreSQL behind one public address: a pd statement asked on node A gives
 * links node B serves, and its credential verifies with nothing but the public key fetched over
 * HTTP from the key URL in its header. The key survives a restart; each community has its own.
 */
class SignedCredentialClusterTest {
  static final String PUBLIC = "https://rituals.example";
  static final String SECRET_KEY = Base64.getEncoder().encodeToString(new byte[32]);
  static final ChannelRef SCIENCE = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final ChannelRef MATHS = ChannelRef.of(Platform.SLACK, "T2", "C9");
  static final UserRef BEN = UserRef.of(Platform.SLACK, "T2", "U_BEN");
  static final Pattern LINK = Pattern.compile(Pattern.quote(PUBLIC) + "(/files/\\S+)");

  @TempDir Path dir;
  final Database shared = TestDatabases.postgres();
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();
  final List<RitualsApp> nodes = new ArrayList<>();
  int answers;

  @AfterEach
  void stop() {
    nodes.forEach(RitualsApp::close);
    shared.close();
  }

  RitualsApp node(String name) throws Exception {
    AppConfig config =
        AppConfig.from(
                Map.of(
                    "PORT",
                    "1",
                    "RITUALS_DATA_DIR",
                    dir.resolve(name).toString(),
                    "DATABASE_URL",
                    ((HikariDataSource) shared.dataSource()).getJdbcUrl(),
                    "DATABASE_USER",
                    "postgres",
                    "DATABASE_PASSWORD",
                    "postgres",
                    "RITUALS_CLUSTERED",
                    "true",
                    "RITUALS_PUBLIC_URL",
                    PUBLIC,
                    "RITUALS_SECRET_KEY",
                    SECRET_KEY))
            .withPort(0);
    RitualsApp app = RitualsApp.start(config, Clock.systemUTC());
    nodes.add(app);
    return app;
  }

  static CommandReply say(RitualsApp node, UserRef who, ChannelRef where, String text) {
    return node.services()
        .commands()
        .handle(new CommandRequest(who, "Ana", Optional.of(where), text, false, Optional.empty()));
  }

  /** A community whose member answered one prompt: something to issue a statement for. */
  void activeCommunity(RitualsApp node, UserRef who, ChannelRef where, String name) {
    assertThat(say(node, who, where, "community create " + name).outcome())
        .isEqualTo(CommandReply.Outcome.OK);
    say(node, who, where, "pd rule prompt 10m");
    say(node, who, where, "ask now \"What worked this week?\"");
    String id = "1700000000." + ++answers;
    AnswerOutcome answered =
        node.services()
            .answers()
            .onMessage(
                new IncomingMessage(
                    who,
                    "Ana",
                    "A1 wait time",
                    new MessageRef(where, id),
                    Optional.empty(),
                    where.channelId() + ":" + id,
                    Instant.now()));
    assertThat(answered).isEqualTo(AnswerOutcome.RECORDED);
  }

  /** The statement's two links, as paths under the public address. */
  static List<String> links(CommandReply reply) {
    Matcher m = LINK.matcher(reply.text());
    List<String> paths = new ArrayList<>();
    while (m.find()) {
      paths.add(m.group(1));
    }
    assertThat(paths).as(reply.text()).hasSize(2);
    return paths;
  }

  /** What the load balancer does: the public address's path, on one node. */
  HttpResponse<byte[]> get(RitualsApp node, String publicPathOrUrl) throws Exception {
    String path = publicPathOrUrl.replace(PUBLIC, "");
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  CompactJws download(RitualsApp node, String path) throws Exception {
    HttpResponse<byte[]> response = get(node, path);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("content-type")).contains("application/vc+jwt");
    assertThat(response.headers().firstValue("cache-control")).contains("private, no-store");
    return CompactJws.parse(new String(response.body(), StandardCharsets.US_ASCII));
  }

  /** Only what is public: the key URL in the header, fetched over HTTP. */
  PublicKey publishedKey(RitualsApp node, CompactJws jws) throws Exception {
    String kid = jws.headerJson().get("kid").asText();
    assertThat(kid).startsWith(PUBLIC + "/ob/issuers/");
    HttpResponse<byte[]> response = get(node, kid);
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode jwk = json.readTree(response.body());
    assertThat(jwk.get("kty").asText()).isEqualTo("OKP");
    assertThat(jwk.get("crv").asText()).isEqualTo("Ed25519");
    assertThat(jwk.get("kid").asText()).isEqualTo(kid);
    return Ed25519.publicKey(Base64.getUrlDecoder().decode(jwk.get("x").asText()));
  }

  @Test
  void aStatementMadeOnOneNodeDownloadsAndVerifiesOnTheOtherAndItsKeyOutlivesRestarts()
      throws Exception {
    RitualsApp a = node("a");
    RitualsApp b = node("b");
    activeCommunity(a, ANA, SCIENCE, "Science");

    List<String> links = links(say(a, ANA, SCIENCE, "pd statement"));
    HttpResponse<byte[]> pdf = get(b, links.get(0));
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    CompactJws jws = download(b, links.get(1));

    JsonNode header = jws.headerJson();
    assertThat(header.get("alg").asText()).isEqualTo("EdDSA");
    assertThat(header.get("typ").asText()).isEqualTo("vc+jwt");
    JsonNode vc = jws.payloadJson();
    String issuer = vc.get("issuer").get("id").asText();
    assertThat(issuer).startsWith(PUBLIC + "/ob/issuers/");
    assertThat(vc.get("iss").asText()).isEqualTo(issuer);
    assertThat(vc.get("evidence")).hasSize(1);
    PublicKey key = publishedKey(b, jws);
    assertThat(jws.verifiesWith(key)).isTrue();

    ObjectNode forged = (ObjectNode) vc.deepCopy();
    ((ObjectNode) forged.get("credentialSubject")).put("creditsEarned", 99);
    assertThat(jws.withPayload(forged.toString()).verifiesWith(key)).isFalse();

    // The issuer Profile, from the issuer id alone, names the community and lists that key.
    JsonNode profile = json.readTree(get(a, issuer).body());
    assertThat(profile.get("name").asText()).isEqualTo("Science");
    assertThat(profile.get("verificationMethod").get(0).get("id").asText())
        .isEqualTo(header.get("kid").asText());

    // Both nodes stop; a new one on the same database signs with the same key.
    nodes.forEach(RitualsApp::close);
    nodes.clear();
    RitualsApp c = node("c");
    CompactJws later = download(c, links(say(c, ANA, SCIENCE, "pd statement")).get(1));
    assertThat(later.headerJson().get("kid").asText()).isEqualTo(header.get("kid").asText());
    assertThat(later.verifiesWith(key)).isTrue();
  }

  @Test
  void eachCommunitySignsWithItsOwnKeyAndForgetMeRemovesThePersonsDownloads() throws Exception {
    RitualsApp a = node("a");
    RitualsApp b = node("b");
    activeCommunity(a, ANA, SCIENCE, "Science");
    activeCommunity(b, BEN, MATHS, "Maths");

    List<String> anas = links(say(a, ANA, SCIENCE, "pd statement"));
    List<String> bens = links(say(b, BEN, MATHS, "pd statement"));
    CompactJws science = download(b, anas.get(1));
    CompactJws maths = download(a, bens.get(1));

    assertThat(science.headerJson().get("kid").asText())
        .isNotEqualTo(maths.headerJson().get("kid").asText());
    assertThat(maths.verifiesWith(publishedKey(a, science))).isFalse();
    assertThat(maths.verifiesWith(publishedKey(a, maths))).isTrue();
    // Science's profile lists only Science's key.
    String scienceIssuer = science.payloadJson().get("issuer").get("id").asText();
    JsonNode profile = json.readTree(get(b, scienceIssuer).body());
    assertThat(profile.get("verificationMethod")).hasSize(1);
    assertThat(profile.toString()).doesNotContain(maths.headerJson().get("kid").asText());
    // A key of Maths asked for under Science's profile is not found.
    String mathsKeyId = maths.headerJson().get("kid").asText().replaceAll(".*/keys/", "");
    assertThat(get(a, scienceIssuer + "/keys/" + mathsKeyId).statusCode()).isEqualTo(404);
    assertThat(get(a, "/ob/issuers/not-a-community").statusCode()).isEqualTo(404);
    HttpResponse<String> post =
        http.send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port() + "/ob/issuers/x"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(post.statusCode()).isEqualTo(405);

    say(a, ANA, SCIENCE, "forget me confirm");

    assertThat(get(b, anas.get(0)).statusCode()).isEqualTo(404);
    assertThat(get(b, anas.get(1)).statusCode()).isEqualTo(404);
    assertThat(get(b, bens.get(1)).statusCode()).isEqualTo(200);
  }
}

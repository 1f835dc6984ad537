package dev.rituals.teams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With MicrosoftAppId and MicrosoftAppPassword set, every activity needs a Bot Framework token. The
 * SDK's real validation runs; its OpenID metadata URL points at the fake connector, which publishes
 * a test key (the only way to validate a signature without Microsoft's servers).
 */
class TeamsAuthTest {
  private static final String APP_ID = "00000000-1111-2222-3333-444444444444";
  private static final String KEY_ID = "test-key";

  private TeamsTestApp app;
  private KeyPair channelKey;

  @BeforeEach
  void start() throws Exception {
    app = new TeamsTestApp(TeamsTestApp.withAuth(APP_ID));
    channelKey = rsa();
    app.connector.publishSigningKey(KEY_ID, (RSAPublicKey) channelKey.getPublic());
    // A static setting of the SDK; restored after each test.
    ChannelValidation.setOpenIdMetaDataUrl(app.connector.openIdMetadataUrl());
  }

  @AfterEach
  void stop() throws Exception {
    ChannelValidation.setOpenIdMetaDataUrl(
        AuthenticationConstants.TO_BOT_FROM_CHANNEL_OPENID_METADATA_URL);
    app.close();
  }

  @Test
  void missingTokenIs401() throws Exception {
    HttpResponse<String> response = post(null);

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("token");
    verify(app.answers, never()).onDelete(any(), anyString());
  }

  @Test
  void garbageTokenIs401() throws Exception {
    assertThat(post("Bearer definitely.not.a-jwt").statusCode()).isEqualTo(401);
    assertThat(post("Basic dXNlcjpwYXNz").statusCode()).isEqualTo(401);
  }

  @Test
  void tokenFromAnotherIssuerIs401() throws Exception {
    String token = token(channelKey, "https://evil.example.com", APP_ID, serviceUrl());

    assertThat(post("Bearer " + token).statusCode()).isEqualTo(401);
  }

  @Test
  void tokenSignedWithThePublishedChannelKeyIsAccepted() throws Exception {
    String token = token(channelKey, issuer(), APP_ID, serviceUrl());

    HttpResponse<String> response = post("Bearer " + token);

    assertThat(response.statusCode()).isEqualTo(202);
    verify(app.answers).onDelete(any(), anyString());
  }

  @Test
  void tokenSignedWithAnotherKeyIs401() throws Exception {
    String token = token(rsa(), issuer(), APP_ID, serviceUrl());

    assertThat(post("Bearer " + token).statusCode()).isEqualTo(401);
    verify(app.answers, never()).onDelete(any(), anyString());
  }

  @Test
  void tokenForAnotherBotIs401() throws Exception {
    String token = token(channelKey, issuer(), "another-bot", serviceUrl());

    assertThat(post("Bearer " + token).statusCode()).isEqualTo(401);
  }

  @Test
  void tokenIssuedForAnotherServiceUrlIs401() throws Exception {
    String token = token(channelKey, issuer(), APP_ID, "https://smba.example.com/emea/");

    assertThat(post("Bearer " + token).statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> post(String authorization) throws Exception {
    // a messageDelete: it reaches core (onDelete) without the bot sending anything back,
    // which would need a real Azure AD token
    ObjectNode activity =
        app.activities.changed("messageDelete", "softDeleteMessage", "1700000000050", "1", null);
    return app.post(new ObjectMapper().writeValueAsString(activity), authorization);
  }

  private String serviceUrl() {
    return app.connector.serviceUrl();
  }

  private static String issuer() {
    return AuthenticationConstants.TO_BOT_FROM_CHANNEL_TOKEN_ISSUER;
  }

  /** A channel token as the Bot Connector signs it; lifetimes against the SDK's wall clock. */
  private static String token(KeyPair key, String issuer, String audience, String serviceUrl) {
    Instant now = Instant.now();
    return JWT.create()
        .withKeyId(KEY_ID)
        .withIssuer(issuer)
        .withAudience(audience)
        .withClaim("serviceurl", serviceUrl)
        .withNotBefore(Date.from(now.minus(Duration.ofMinutes(1))))
        .withExpiresAt(Date.from(now.plus(Duration.ofMinutes(10))))
        .sign(Algorithm.RSA256((RSAPublicKey) key.getPublic(), (RSAPrivateKey) key.getPrivate()));
  }

  private static KeyPair rsa() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    return generator.generateKeyPair();
  }
}

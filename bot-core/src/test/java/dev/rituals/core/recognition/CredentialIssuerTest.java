package dev.rituals.core.recognition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.CompactJws;
import dev.rituals.core.testing.InMemoryIssuerKeys;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A statement signed as VC-JWT, checked the way a verifier would: from the published JWK. */
class CredentialIssuerTest {
  static final Instant ISSUED = Instant.parse("2026-11-20T12:00:00Z");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final TenantRef T1 = new TenantRef(Platform.SLACK, "T1");

  InMemoryIssuerKeys keys = new InMemoryIssuerKeys();
  CredentialIssuer issuer = new CredentialIssuer(URI.create("https://rituals.example/"), keys);
  Community science = community("Science Teachers");
  Community maths = community("Maths Circle");

  static Community community(String name) {
    return new Community(
        CommunityId.random(), T1, name, "", ZoneId.of("UTC"), Set.of(), ISSUED.minusSeconds(86400));
  }

  static PdStatement statement(String communityName) {
    PdEntry entry =
        new PdEntry(
            LocalDate.of(2026, 11, 3),
            PdEntry.Activity.PROMPT,
            Duration.ofMinutes(10),
            "Weekly prompt",
            List.of("answer 6f1c1b1e-3c1a-4a57-9d3e-1f6f7a1d2b3c"));
    return new PdStatement(
        communityName,
        "Ana Lima",
        new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)),
        new PdRule(Duration.ofMinutes(60), Duration.ofMinutes(10), Duration.ofMinutes(30)),
        List.of(entry),
        ISSUED);
  }

  /** What a verifier does: look the kid up in the issuer's Profile and take that JWK. */
  JsonNode publishedJwk(Community c, String kid) {
    for (JsonNode method : issuer.profile(c).get("verificationMethod")) {
      if (method.get("id").asText().equals(kid)) {
        return method.get("publicKeyJwk");
      }
    }
    throw new AssertionError("no verification method " + kid);
  }

  static java.security.PublicKey key(JsonNode jwk) {
    assertThat(jwk.get("kty").asText()).isEqualTo("OKP");
    assertThat(jwk.get("crv").asText()).isEqualTo("Ed25519");
    return Ed25519.publicKey(Base64.getUrlDecoder().decode(jwk.get("x").asText()));
  }

  @Test
  void theCredentialIsACompactJwsThatVerifiesWithThePublishedKey() {
    CompactJws jws = CompactJws.parse(issuer.issue(statement(science.name()), science.id(), ANA));

    JsonNode header = jws.headerJson();
    assertThat(header.get("alg").asText()).isEqualTo("EdDSA");
    assertThat(header.get("typ").asText()).isEqualTo("vc+jwt");
    String kid = header.get("kid").asText();
    assertThat(kid).startsWith("https://rituals.example/ob/issuers/" + science.id() + "/keys/");
    assertThat(jws.verifiesWith(key(publishedJwk(science, kid)))).isTrue();

    JsonNode vc = jws.payloadJson();
    String profile = "https://rituals.example/ob/issuers/" + science.id();
    assertThat(vc.get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
    assertThat(vc.get("issuer").get("id").asText()).isEqualTo(profile);
    assertThat(vc.get("iss").asText()).isEqualTo(profile);
    assertThat(vc.get("jti").asText()).isEqualTo(vc.get("id").asText()).startsWith("urn:uuid:");
    assertThat(vc.get("nbf").asLong()).isEqualTo(ISSUED.getEpochSecond());
    assertThat(vc.get("evidence").get(0).get("id").asText())
        .isEqualTo("urn:uuid:6f1c1b1e-3c1a-4a57-9d3e-1f6f7a1d2b3c");
    assertThat(vc.get("credentialSubject").get("creditsEarned").decimalValue())
        .isEqualByComparingTo("0.17");
  }

  @Test
  void aChangedPayloadOrAnotherCommunitysKeyDoesNotVerify() {
    CompactJws jws = CompactJws.parse(issuer.issue(statement(science.name()), science.id(), ANA));
    String kid = jws.headerJson().get("kid").asText();
    ObjectNode forged = (ObjectNode) jws.payloadJson();
    ((ObjectNode) forged.get("credentialSubject")).put("creditsEarned", 40);

    assertThat(jws.withPayload(forged.toString()).verifiesWith(key(publishedJwk(science, kid))))
        .isFalse();

    CompactJws other = CompactJws.parse(issuer.issue(statement(maths.name()), maths.id(), ANA));
    String otherKid = other.headerJson().get("kid").asText();
    assertThat(otherKid).isNotEqualTo(kid).contains(maths.id().toString());
    assertThat(jws.verifiesWith(key(publishedJwk(maths, otherKid)))).isFalse();
  }

  @Test
  void theProfileNamesTheCommunityAndListsOnlyItsOwnKeys() {
    assertThat(issuer.profile(science).get("verificationMethod")).isEmpty();
    issuer.issue(statement(science.name()), science.id(), ANA);
    issuer.issue(statement(science.name()), science.id(), ANA);

    ObjectNode profile = issuer.profile(science);
    assertThat(profile.get("type").get(0).asText()).isEqualTo("Profile");
    assertThat(profile.get("name").asText()).isEqualTo("Science Teachers");
    assertThat(profile.get("verificationMethod")).hasSize(1);
    assertThat(profile.get("assertionMethod").get(0).asText())
        .isEqualTo(profile.get("verificationMethod").get(0).get("id").asText());
    assertThat(issuer.profile(maths).get("verificationMethod")).isEmpty();
    assertThat(issuer.jwks(science.id()).get("keys")).hasSize(1);
  }
}

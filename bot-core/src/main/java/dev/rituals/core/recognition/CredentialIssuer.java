package dev.rituals.core.recognition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.IssuerKeyStore;
import dev.rituals.core.port.IssuerKeyStore.PublicIssuerKey;
import dev.rituals.core.port.IssuerKeyStore.SigningKey;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Issues a community's Open Badges 3.0 credentials as VC-JWT (OB 3.0 section 8.2; compact JWS,
 * {@code alg} EdDSA) and describes the community as an issuer Profile. Each community is its own
 * issuer with its own key: the credential says the community vouches for the hours, and one
 * community's key never signs for another. The header's {@code kid} is an https URL that answers
 * with the public key as a JWK, and the Profile lists every key the community signed with.
 */
public final class CredentialIssuer {
  /** Where the app serves issuer Profiles: {@code /ob/issuers/<community id>}. */
  public static final String PROFILE_PATH = "/ob/issuers/";

  /** Under a Profile: {@code /ob/issuers/<community id>/keys/<key id>} is one public JWK. */
  public static final String KEYS_SEGMENT = "/keys/";

  private static final String TYPE = "vc+jwt";

  private final ObjectMapper json = new ObjectMapper();
  private final String base;
  private final IssuerKeyStore keys;

  /**
   * @param publicUrl the address the app is reached at (RITUALS_PUBLIC_URL); issuer ids hang off
   *     it, so it must stay stable for credentials to keep verifying
   */
  public CredentialIssuer(URI publicUrl, IssuerKeyStore keys) {
    String text = publicUrl.toString();
    this.base = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  /** The community's issuer id: the URL of its Profile. */
  public URI profileId(CommunityId community) {
    return URI.create(base + PROFILE_PATH + community.value());
  }

  /** The URL a verifier dereferences to get the public key named {@code keyId}. */
  public URI keyUrl(CommunityId community, String keyId) {
    return URI.create(profileId(community) + KEYS_SEGMENT + keyId);
  }

  /** The member's statement as a signed OpenBadgeCredential (a compact JWS). */
  public String issue(PdStatement s, CommunityId community, UserRef member) {
    ObjectNode payload =
        new OpenBadgeCredential().toTree(s, community, member, profileId(community));
    // The registered claims OB 3.0 maps from the credential (8.2.4); there is no credentialSubject
    // id (the subject is named by its identifier), so no "sub".
    payload.put("iss", profileId(community).toString());
    payload.put("jti", payload.get("id").asText());
    payload.put("nbf", s.issuedAt().getEpochSecond());
    SigningKey key = keys.signingKey(community);
    ObjectNode header = json.createObjectNode();
    header.put("alg", "EdDSA");
    header.put("typ", TYPE);
    header.put("kid", keyUrl(community, key.keyId()).toString());
    String signingInput = encode(header) + "." + encode(payload);
    byte[] signature =
        Ed25519.sign(key.privateKey(), signingInput.getBytes(StandardCharsets.US_ASCII));
    return signingInput + "." + Ed25519.base64Url(signature);
  }

  /**
   * The community as an OB 3.0 issuer Profile: its name and every public key it signed with, each a
   * {@code JsonWebKey} verification method whose id is the key's URL (the JWT's {@code kid}).
   */
  public ObjectNode profile(Community community) {
    ObjectNode profile = json.createObjectNode();
    profile
        .putArray("@context")
        .add(OpenBadgeCredential.VC_CONTEXT)
        .add(OpenBadgeCredential.OB_CONTEXT);
    String id = profileId(community.id()).toString();
    profile.put("id", id);
    profile.putArray("type").add("Profile");
    profile.put("name", community.name());
    ArrayNode methods = profile.putArray("verificationMethod");
    ArrayNode assertion = profile.putArray("assertionMethod");
    for (PublicIssuerKey key : keys.publicKeys(community.id())) {
      String keyUrl = keyUrl(community.id(), key.keyId()).toString();
      ObjectNode method = methods.addObject();
      method.put("id", keyUrl);
      method.put("type", "JsonWebKey");
      method.put("controller", id);
      method.set("publicKeyJwk", jwk(community.id(), key));
      assertion.add(keyUrl);
    }
    return profile;
  }

  /** One public key as an RFC 8037 OKP JWK, named by its URL. */
  public ObjectNode jwk(CommunityId community, PublicIssuerKey key) {
    ObjectNode jwk = json.createObjectNode();
    jwk.put("kty", "OKP");
    jwk.put("crv", "Ed25519");
    jwk.put("x", Ed25519.base64Url(key.rawKey()));
    jwk.put("kid", keyUrl(community, key.keyId()).toString());
    jwk.put("alg", "EdDSA");
    jwk.put("use", "sig");
    return jwk;
  }

  /** The community's public keys as a JWK Set. */
  public ObjectNode jwks(CommunityId community) {
    ObjectNode set = json.createObjectNode();
    ArrayNode list = set.putArray("keys");
    keys.publicKeys(community).forEach(key -> list.add(jwk(community, key)));
    return set;
  }

  private String encode(ObjectNode node) {
    try {
      return Ed25519.base64Url(json.writeValueAsBytes(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings always serialises", e);
    }
  }
}

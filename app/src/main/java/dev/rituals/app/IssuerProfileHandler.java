package dev.rituals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.port.CommunityRepository;
import dev.rituals.core.port.IssuerKeyStore;
import dev.rituals.core.recognition.CredentialIssuer;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What a verifier of a community's credentials fetches, all public by design:
 *
 * <ul>
 *   <li>{@code GET /ob/issuers/<community id>}: the issuer Profile (name and public keys);
 *   <li>{@code GET /ob/issuers/<community id>/keys/<key id>}: one public key as a JWK (the
 *       credential's {@code kid});
 *   <li>{@code GET /ob/issuers/<community id>/jwks}: all its public keys as a JWK Set.
 * </ul>
 *
 * Nothing else about the community (members, channels, tenant) is shown; an unknown or malformed id
 * is a plain 404.
 */
final class IssuerProfileHandler extends Handler.Abstract {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final CredentialIssuer issuer;
  private final CommunityRepository communities;
  private final IssuerKeyStore keys;

  IssuerProfileHandler(
      CredentialIssuer issuer, CommunityRepository communities, IssuerKeyStore keys) {
    this.issuer = issuer;
    this.communities = communities;
    this.keys = keys;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      PlainResponses.write(response, 405, "application/json", "{\"error\":\"GET only\"}", callback);
      return true;
    }
    // "/ob/issuers/<id>[/keys/<kid> | /jwks]" splits to ["", "ob", "issuers", id, ...]
    String[] parts = request.getHttpURI().getPath().split("/");
    Optional<Community> community = parts.length >= 4 ? community(parts[3]) : Optional.empty();
    Optional<JsonNode> body = community.flatMap(c -> document(c, parts));
    if (body.isEmpty()) {
      PlainResponses.write(
          response, 404, "application/json", "{\"error\":\"no such issuer or key\"}", callback);
      return true;
    }
    // Public keys change only when a key is added; verifiers may cache briefly.
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "public, max-age=300");
    response.getHeaders().put("Access-Control-Allow-Origin", "*");
    String type =
        parts.length == 4
            ? "application/ld+json"
            : parts.length == 5 ? "application/jwk-set+json" : "application/jwk+json";
    PlainResponses.write(response, 200, type, JSON.writeValueAsString(body.get()), callback);
    return true;
  }

  private Optional<JsonNode> document(Community c, String[] parts) {
    if (parts.length == 4) {
      return Optional.of(issuer.profile(c));
    }
    if (parts.length == 5 && parts[4].equals("jwks")) {
      return Optional.of(issuer.jwks(c.id()));
    }
    if (parts.length == 6 && parts[4].equals("keys")) {
      return keys.publicKeys(c.id()).stream()
          .filter(k -> k.keyId().equals(parts[5]))
          .findFirst()
          .map(k -> issuer.jwk(c.id(), k));
    }
    return Optional.empty();
  }

  private Optional<Community> community(String id) {
    try {
      return communities.findById(new CommunityId(UUID.fromString(id)));
    } catch (IllegalArgumentException notAnId) {
      return Optional.empty();
    }
  }
}

package dev.rituals.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * A verifier's view of a compact JWS, written from RFC 7515 alone so tests check the issuer's
 * output independently of the code that made it.
 */
public record CompactJws(String header, String payload, String signature) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public static CompactJws parse(String compact) {
    String[] parts = compact.strip().split("\\.", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("a compact JWS has 3 parts, not " + parts.length);
    }
    return new CompactJws(parts[0], parts[1], parts[2]);
  }

  public JsonNode headerJson() {
    return json(header);
  }

  public JsonNode payloadJson() {
    return json(payload);
  }

  /** Whether the EdDSA signature over header.payload verifies with {@code key}. */
  public boolean verifiesWith(PublicKey key) {
    try {
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(key);
      ed.update((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
      return ed.verify(Base64.getUrlDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  /** The same token with its payload replaced: what a forger would send. */
  public CompactJws withPayload(String json) {
    return new CompactJws(
        header,
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(json.getBytes(StandardCharsets.UTF_8)),
        signature);
  }

  private static JsonNode json(String part) {
    try {
      return JSON.readTree(Base64.getUrlDecoder().decode(part));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

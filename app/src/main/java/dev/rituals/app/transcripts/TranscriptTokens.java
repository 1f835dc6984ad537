package dev.rituals.app.transcripts;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.port.TranscriptLinks;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Expiring links to one occurrence's HTML transcript: the token names the community, the occurrence
 * and the expiry, signed with HMAC-SHA256, so the page needs no login and a link cannot be changed
 * to reach another transcript. Nodes that share {@code RITUALS_LINK_SECRET} accept each other's
 * links; without it every start makes a new key (older links stop working).
 */
public final class TranscriptTokens implements TranscriptLinks {
  public static final String PATH = "/transcripts/";
  public static final Duration VALIDITY = Duration.ofDays(7);
  private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

  private final SecretKeySpec key;
  private final Clock clock;
  private final URI publicUrl;

  /** What a valid token opens. */
  public record Target(CommunityId community, OccurrenceId occurrence) {}

  public TranscriptTokens(byte[] secret, Clock clock, URI publicUrl) {
    if (secret.length < 16) {
      throw new IllegalArgumentException("the link secret must be at least 16 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  @Override
  public Optional<String> link(CommunityId community, OccurrenceId occurrence) {
    String base = publicUrl.toString().replaceAll("/+$", "");
    return Optional.of(base + PATH + sign(community, occurrence, clock.instant().plus(VALIDITY)));
  }

  String sign(CommunityId community, OccurrenceId occurrence, Instant expires) {
    byte[] payload =
        (community.value() + "." + occurrence.value() + "." + expires.getEpochSecond())
            .getBytes(StandardCharsets.US_ASCII);
    return ENCODE.encodeToString(payload) + "." + ENCODE.encodeToString(mac(payload));
  }

  /** The transcript a token opens, if it is well formed, signed by us and not expired. */
  public Optional<Target> verify(String token) {
    int dot = token.indexOf('.');
    if (dot < 1 || token.length() > 300) {
      return Optional.empty();
    }
    try {
      byte[] payload = DECODE.decode(token.substring(0, dot));
      byte[] signature = DECODE.decode(token.substring(dot + 1));
      if (!MessageDigest.isEqual(signature, mac(payload))) {
        return Optional.empty();
      }
      String[] parts = new String(payload, StandardCharsets.US_ASCII).split("\\.");
      if (parts.length != 3
          || !clock.instant().isBefore(Instant.ofEpochSecond(Long.parseLong(parts[2])))) {
        return Optional.empty();
      }
      return Optional.of(new Target(CommunityId.parse(parts[0]), OccurrenceId.parse(parts[1])));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // not base64, not numbers, not ids: simply not a link of ours
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(payload);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}

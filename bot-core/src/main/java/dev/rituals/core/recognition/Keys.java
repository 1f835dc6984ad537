package dev.rituals.core.recognition;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Outbox idempotency keys from ids of any length: platform ids may be long, the key column is not,
 * so the variable part is hashed.
 */
final class Keys {
  private Keys() {}

  static String of(String prefix, String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0); // separator: ("ab","c") and ("a","bc") differ
      }
      return prefix + ":" + HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

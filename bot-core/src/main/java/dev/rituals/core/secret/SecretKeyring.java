package dev.rituals.core.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys secrets at rest are sealed with: the current key (new secrets) and earlier ones
 * (still readable until {@code rotate-key} re-seals everything). Keys are named by an id derived
 * from the key itself, so a stored secret says which key it needs without any extra configuration.
 */
public final class SecretKeyring {
  public static final String KEY_VARIABLE = "RITUALS_SECRET_KEY";
  public static final String PREVIOUS_VARIABLE = "RITUALS_SECRET_KEY_PREVIOUS";
  static final int KEY_BYTES = 32;

  private final String currentId;
  private final Map<String, SecretKey> keys;

  private SecretKeyring(String currentId, Map<String, SecretKey> keys) {
    this.currentId = currentId;
    this.keys = Map.copyOf(keys);
  }

  /** The current key first, then any earlier keys that stored secrets may still use. */
  public static SecretKeyring of(byte[] current, List<byte[]> previous) {
    Map<String, SecretKey> keys = new LinkedHashMap<>();
    String currentId = add(keys, current);
    previous.forEach(key -> add(keys, key));
    return new SecretKeyring(currentId, keys);
  }

  /**
   * Reads {@value #KEY_VARIABLE} (base64 of 32 random bytes, e.g. {@code openssl rand -base64 32})
   * and optionally {@value #PREVIOUS_VARIABLE} (the same, comma-separated); empty when no key is
   * set.
   *
   * @throws IllegalArgumentException naming the variable (never its value) when a key is malformed
   */
  public static Optional<SecretKeyring> fromEnvironment(Map<String, String> env) {
    String current = env.get(KEY_VARIABLE);
    if (current == null || current.isBlank()) {
      return Optional.empty();
    }
    List<byte[]> previous = new ArrayList<>();
    String older = env.getOrDefault(PREVIOUS_VARIABLE, "");
    for (String key : older.split(",")) {
      if (!key.isBlank()) {
        previous.add(decode(PREVIOUS_VARIABLE, key));
      }
    }
    return Optional.of(of(decode(KEY_VARIABLE, current), previous));
  }

  public String currentId() {
    return currentId;
  }

  SecretKey current() {
    return keys.get(currentId);
  }

  Optional<SecretKey> byId(String id) {
    return Optional.ofNullable(keys.get(id));
  }

  private static byte[] decode(String variable, String text) {
    byte[] key;
    try {
      key = Base64.getDecoder().decode(text.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          variable + " must be base64 (e.g. from `openssl rand -base64 32`); value not shown");
    }
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException(
          variable
              + " must be 32 bytes in base64 (e.g. from `openssl rand -base64 32`), not "
              + key.length
              + " bytes; value not shown");
    }
    return key;
  }

  private static String add(Map<String, SecretKey> keys, byte[] key) {
    if (key.length != KEY_BYTES) {
      throw new IllegalArgumentException("an AES-256 key has 32 bytes, not " + key.length);
    }
    String id = idOf(key);
    keys.putIfAbsent(id, new SecretKeySpec(key.clone(), "AES"));
    return id;
  }

  /** 8 hex digits of a SHA-256 over the key: names it, reveals nothing usable about it. */
  static String idOf(byte[] key) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update("rituals-secret-key-id:".getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha.digest(key), 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "SecretKeyring[current=" + currentId + ", keys=" + keys.keySet() + "]";
  }
}

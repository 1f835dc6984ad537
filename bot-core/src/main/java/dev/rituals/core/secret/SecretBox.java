package dev.rituals.core.secret;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Seals secrets (bot tokens, refresh tokens) for storage with AES-256-GCM. The stored form is
 * {@code enc:v1:<key id>:<base64(nonce | ciphertext | tag)>}; the key id says which key of the
 * {@link SecretKeyring} opens it. A context string (table, column and row key) is bound in as
 * associated data, so a sealed token copied to another row or workspace does not open there.
 */
public final class SecretBox {
  static final String PREFIX = "enc:v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecretKeyring keys;
  private final SecureRandom random = new SecureRandom();

  public SecretBox(SecretKeyring keys) {
    this.keys = keys;
  }

  /**
   * A box with a random key that lives as long as the process: secrets are never stored in clear,
   * but what it sealed cannot be opened after a restart. For tests and throwaway runs.
   */
  public static SecretBox ephemeral() {
    byte[] key = new byte[SecretKeyring.KEY_BYTES];
    new SecureRandom().nextBytes(key);
    return new SecretBox(SecretKeyring.of(key, List.of()));
  }

  /** The sealed form of {@code secret} ({@code null} stays {@code null}). */
  public String seal(String secret, String context) {
    if (secret == null) {
      return null;
    }
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, context);
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      ByteBuffer out = ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed);
      return PREFIX
          + keys.currentId()
          + ":"
          + Base64.getEncoder().withoutPadding().encodeToString(out.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
    }
  }

  /**
   * The secret in {@code stored}. A value without the sealed prefix was written before secrets were
   * sealed and is returned as it is; {@code rotate-key} seals such values.
   *
   * @throws SecretException when the key it names is not configured, or it was tampered with or
   *     belongs to another context
   */
  public String open(String stored, String context) {
    if (stored == null || !isSealed(stored)) {
      return stored;
    }
    String rest = stored.substring(PREFIX.length());
    int colon = rest.indexOf(':');
    if (colon < 0) {
      throw new SecretException("a sealed secret without a key id");
    }
    String keyId = rest.substring(0, colon);
    SecretKey key =
        keys.byId(keyId)
            .orElseThrow(
                () ->
                    new SecretException(
                        "a secret is sealed with key "
                            + keyId
                            + ", which is not configured; set it in "
                            + SecretKeyring.PREVIOUS_VARIABLE
                            + " (current key is "
                            + keys.currentId()
                            + ")"));
    try {
      byte[] data = Base64.getDecoder().decode(rest.substring(colon + 1));
      if (data.length <= NONCE_BYTES) {
        throw new SecretException("a sealed secret that is too short");
      }
      byte[] nonce = java.util.Arrays.copyOf(data, NONCE_BYTES);
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, nonce, context);
      byte[] plain = cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new SecretException(
          "a sealed secret did not open with key " + keyId + " (altered, or from another row)");
    }
  }

  /** Whether {@code stored} is sealed with the current key (nothing for rotate-key to do). */
  public boolean sealedWithCurrentKey(String stored) {
    return stored == null || stored.startsWith(PREFIX + keys.currentId() + ":");
  }

  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  private static Cipher cipher(int mode, SecretKey key, byte[] nonce, String context)
      throws GeneralSecurityException {
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
    cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
    return cipher;
  }

  /** A sealed secret that cannot be opened; the message never contains the secret. */
  public static final class SecretException extends RuntimeException {
    public SecretException(String message) {
      super(message);
    }
  }
}

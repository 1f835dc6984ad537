package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import java.security.PrivateKey;
import java.util.List;
import java.util.Objects;

/**
 * The key pairs communities sign their Open Badges credentials with: one made on first use, its
 * private half kept sealed, every public half kept so credentials signed earlier still verify.
 */
public interface IssuerKeyStore {
  /**
   * The key {@code community} signs with now: its newest key this node can open, or a new one,
   * stored before it is returned.
   */
  SigningKey signingKey(CommunityId community);

  /** Every public key {@code community} has had, oldest first; empty when it never signed. */
  List<PublicIssuerKey> publicKeys(CommunityId community);

  /**
   * A private key and its name.
   *
   * @param keyId the RFC 7638 thumbprint of its public key
   */
  record SigningKey(String keyId, PrivateKey privateKey) {
    public SigningKey {
      Objects.requireNonNull(keyId, "keyId");
      Objects.requireNonNull(privateKey, "privateKey");
    }
  }

  /**
   * A public key as a verifier gets it.
   *
   * @param rawKey the 32 bytes of the Ed25519 public key
   */
  record PublicIssuerKey(String keyId, byte[] rawKey) {
    public PublicIssuerKey {
      Objects.requireNonNull(keyId, "keyId");
      rawKey = rawKey.clone();
    }

    @Override
    public byte[] rawKey() {
      return rawKey.clone();
    }
  }
}

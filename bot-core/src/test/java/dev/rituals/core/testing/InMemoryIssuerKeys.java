package dev.rituals.core.testing;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.port.IssuerKeyStore;
import dev.rituals.core.recognition.Ed25519;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Real Ed25519 key pairs, one per community, made on first use and kept in memory. */
public final class InMemoryIssuerKeys implements IssuerKeyStore {
  private final Map<CommunityId, KeyPair> keys = new ConcurrentHashMap<>();

  @Override
  public SigningKey signingKey(CommunityId community) {
    KeyPair pair = keys.computeIfAbsent(community, c -> Ed25519.generate());
    return new SigningKey(keyId(pair), pair.getPrivate());
  }

  @Override
  public List<PublicIssuerKey> publicKeys(CommunityId community) {
    KeyPair pair = keys.get(community);
    return pair == null
        ? List.of()
        : List.of(new PublicIssuerKey(keyId(pair), Ed25519.rawPublicKey(pair.getPublic())));
  }

  private static String keyId(KeyPair pair) {
    return Ed25519.thumbprint(Ed25519.rawPublicKey(pair.getPublic()));
  }
}

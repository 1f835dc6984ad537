package dev.rituals.db.repository;

import static dev.rituals.db.jooq.Tables.ISSUER_KEY;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.port.IssuerKeyStore;
import dev.rituals.core.recognition.Ed25519;
import dev.rituals.core.secret.SecretBox;
import dev.rituals.db.jooq.tables.records.IssuerKeyRecord;
import java.security.KeyPair;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Communities' credential keys in {@code issuer_key}: the private key as PKCS#8, sealed with the
 * app's {@link SecretBox} and bound to its row; the public key in clear, since it is published.
 */
public final class JooqIssuerKeys implements IssuerKeyStore {
  private static final Logger log = LoggerFactory.getLogger(JooqIssuerKeys.class);

  private final DSLContext dsl;
  private final SecretBox box;
  private final Clock clock;

  public JooqIssuerKeys(DSLContext dsl, SecretBox box, Clock clock) {
    this.dsl = dsl;
    this.box = box;
    this.clock = clock;
  }

  @Override
  public SigningKey signingKey(CommunityId community) {
    List<IssuerKeyRecord> stored =
        dsl.selectFrom(ISSUER_KEY)
            .where(ISSUER_KEY.COMMUNITY_ID.eq(community.value()))
            .orderBy(ISSUER_KEY.CREATED_AT.desc(), ISSUER_KEY.KEY_ID)
            .fetch();
    for (IssuerKeyRecord row : stored) {
      try {
        String pkcs8 = box.open(row.getPrivateKey(), context(community, row.getKeyId()));
        return new SigningKey(
            row.getKeyId(), Ed25519.privateKey(Base64.getDecoder().decode(pkcs8)));
      } catch (SecretBox.SecretException e) {
        // Sealed with a key this node lacks (e.g. no RITUALS_SECRET_KEY: a per-process key).
        log.warn(
            "An issuer key of community {} does not open ({}); set RITUALS_SECRET_KEY so keys"
                + " survive restarts. Signing with a newer key; the old one stays published.",
            community,
            e.getMessage());
      }
    }
    return create(community);
  }

  private SigningKey create(CommunityId community) {
    KeyPair pair = Ed25519.generate();
    byte[] raw = Ed25519.rawPublicKey(pair.getPublic());
    String keyId = Ed25519.thumbprint(raw);
    dsl.insertInto(ISSUER_KEY)
        .set(ISSUER_KEY.COMMUNITY_ID, community.value())
        .set(ISSUER_KEY.KEY_ID, keyId)
        .set(ISSUER_KEY.PUBLIC_KEY, Ed25519.base64Url(raw))
        .set(
            ISSUER_KEY.PRIVATE_KEY,
            box.seal(
                Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                context(community, keyId)))
        .set(ISSUER_KEY.CREATED_AT, clock.instant())
        .execute();
    log.info("Made an issuer key for community {}", community);
    return new SigningKey(keyId, pair.getPrivate());
  }

  @Override
  public List<PublicIssuerKey> publicKeys(CommunityId community) {
    return dsl.select(ISSUER_KEY.KEY_ID, ISSUER_KEY.PUBLIC_KEY)
        .from(ISSUER_KEY)
        .where(ISSUER_KEY.COMMUNITY_ID.eq(community.value()))
        .orderBy(ISSUER_KEY.CREATED_AT, ISSUER_KEY.KEY_ID)
        .fetch(r -> new PublicIssuerKey(r.value1(), Base64.getUrlDecoder().decode(r.value2())));
  }

  /**
   * Re-seals every private key not yet on the current key ({@code rotate-key}).
   *
   * @return how many keys were re-sealed
   * @throws SecretBox.SecretException when one does not open; nothing is changed then
   */
  public int resealAll() {
    return dsl.transactionResult(
        cfg -> {
          DSLContext tx = cfg.dsl();
          int changed = 0;
          for (IssuerKeyRecord row : tx.selectFrom(ISSUER_KEY).forUpdate().fetch()) {
            if (box.sealedWithCurrentKey(row.getPrivateKey())) {
              continue;
            }
            String context = context(new CommunityId(row.getCommunityId()), row.getKeyId());
            String clear = box.open(row.getPrivateKey(), context);
            changed +=
                tx.update(ISSUER_KEY)
                    .set(ISSUER_KEY.PRIVATE_KEY, box.seal(clear, context))
                    .where(ISSUER_KEY.COMMUNITY_ID.eq(row.getCommunityId()))
                    .and(ISSUER_KEY.KEY_ID.eq(row.getKeyId()))
                    .execute();
          }
          return changed;
        });
  }

  /** Binds the sealed key to its row: copied to another community, it does not open. */
  private static String context(CommunityId community, String keyId) {
    return "issuer_key.private_key:" + community.value() + ":" + keyId;
  }
}

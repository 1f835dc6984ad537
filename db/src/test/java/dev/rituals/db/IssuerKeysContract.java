package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.SLACK_T2;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.jooq.Tables.COMMUNITY;
import static dev.rituals.db.jooq.Tables.ISSUER_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.Community;
import dev.rituals.core.port.IssuerKeyStore.PublicIssuerKey;
import dev.rituals.core.port.IssuerKeyStore.SigningKey;
import dev.rituals.core.recognition.Ed25519;
import dev.rituals.core.secret.SecretBox;
import dev.rituals.core.secret.SecretKeyring;
import dev.rituals.db.repository.JooqIssuerKeys;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Communities' signing keys: made once, sealed at rest, kept, and never shared. */
abstract class IssuerKeysContract extends DatabaseContract {
  static final byte[] SECRET = filled(7);
  static final byte[] NEW_SECRET = filled(9);

  Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
  SecretBox box = new SecretBox(SecretKeyring.of(SECRET, List.of()));
  Community science;
  Community maths;

  static byte[] filled(int value) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) value);
    return key;
  }

  @BeforeEach
  void communities() {
    science = community("Science", SLACK_T1, channel(SLACK_T1, "C1"));
    maths = community("Maths", SLACK_T2, channel(SLACK_T2, "C9"));
    repositories.ports().communities().save(science);
    repositories.ports().communities().save(maths);
  }

  JooqIssuerKeys keys(SecretBox with) {
    return new JooqIssuerKeys(database.dsl(), with, clock);
  }

  static boolean pairs(SigningKey signing, PublicIssuerKey published) throws Exception {
    byte[] data = "probe".getBytes(StandardCharsets.US_ASCII);
    Signature ed = Signature.getInstance("Ed25519");
    ed.initVerify(Ed25519.publicKey(published.rawKey()));
    ed.update(data);
    return ed.verify(Ed25519.sign(signing.privateKey(), data));
  }

  @Test
  void aKeyIsMadeOnFirstUseAndTheSameComesBackAfterARestart() throws Exception {
    assertThat(keys(box).publicKeys(science.id())).isEmpty();

    SigningKey first = keys(box).signingKey(science.id());
    // A new store on the same database, as after a restart or on another node.
    SigningKey again =
        keys(new SecretBox(SecretKeyring.of(SECRET, List.of()))).signingKey(science.id());

    assertThat(again.keyId()).isEqualTo(first.keyId());
    assertThat(again.privateKey().getEncoded()).isEqualTo(first.privateKey().getEncoded());
    List<PublicIssuerKey> published = keys(box).publicKeys(science.id());
    assertThat(published).extracting(PublicIssuerKey::keyId).containsExactly(first.keyId());
    assertThat(published.get(0).keyId()).isEqualTo(Ed25519.thumbprint(published.get(0).rawKey()));
    assertThat(pairs(again, published.get(0))).isTrue();
  }

  @Test
  void thePrivateKeyIsStoredSealedAndEachCommunityHasItsOwn() throws Exception {
    SigningKey s = keys(box).signingKey(science.id());
    SigningKey m = keys(box).signingKey(maths.id());

    assertThat(s.keyId()).isNotEqualTo(m.keyId());
    assertThat(pairs(s, keys(box).publicKeys(maths.id()).get(0))).isFalse();
    assertThat(keys(box).publicKeys(maths.id())).hasSize(1);
    for (String stored : database.dsl().fetchValues(ISSUER_KEY.PRIVATE_KEY)) {
      assertThat(SecretBox.isSealed(stored)).isTrue();
      assertThat(stored)
          .doesNotContain(
              java.util.Base64.getEncoder().encodeToString(s.privateKey().getEncoded()));
    }
  }

  @Test
  void aSealedKeyMovedToAnotherCommunityDoesNotOpenThere() {
    keys(box).signingKey(science.id());
    String sealed = database.dsl().fetchValue(ISSUER_KEY.PRIVATE_KEY);
    SigningKey maths1 = keys(box).signingKey(maths.id());
    database
        .dsl()
        .update(ISSUER_KEY)
        .set(ISSUER_KEY.PRIVATE_KEY, sealed)
        .where(ISSUER_KEY.COMMUNITY_ID.eq(maths.id().value()))
        .execute();

    // Maths' row no longer opens: a fresh key is made rather than signing with Science's.
    SigningKey maths2 = keys(box).signingKey(maths.id());
    assertThat(maths2.keyId()).isNotEqualTo(maths1.keyId());
    assertThat(keys(box).publicKeys(maths.id())).hasSize(2);
  }

  @Test
  void withoutTheSealingKeyANewKeyIsMadeAndTheOldOneStaysPublished() {
    SigningKey old = keys(box).signingKey(science.id());

    SigningKey fresh = keys(SecretBox.ephemeral()).signingKey(science.id());

    assertThat(fresh.keyId()).isNotEqualTo(old.keyId());
    assertThat(keys(box).publicKeys(science.id()))
        .extracting(PublicIssuerKey::keyId)
        .containsExactlyInAnyOrder(old.keyId(), fresh.keyId());
  }

  @Test
  void rotateKeyReSealsEveryIssuerKeyAndTheyStillSign() throws Exception {
    SigningKey s = keys(box).signingKey(science.id());
    SecretBox rotated = new SecretBox(SecretKeyring.of(NEW_SECRET, List.of(SECRET)));

    assertThat(keys(rotated).resealAll()).isEqualTo(1);
    assertThat(keys(rotated).resealAll()).isZero();

    SecretBox onlyNew = new SecretBox(SecretKeyring.of(NEW_SECRET, List.of()));
    assertThat(keys(onlyNew).signingKey(science.id()).keyId()).isEqualTo(s.keyId());
    assertThatThrownBy(() -> keys(SecretBox.ephemeral()).resealAll())
        .isInstanceOf(SecretBox.SecretException.class);
  }

  @Test
  void deletingACommunityDeletesItsKeys() {
    keys(box).signingKey(science.id());
    keys(box).signingKey(maths.id());

    database.dsl().deleteFrom(COMMUNITY).where(COMMUNITY.ID.eq(science.id().value())).execute();

    assertThat(keys(box).publicKeys(science.id())).isEmpty();
    assertThat(keys(box).publicKeys(maths.id())).hasSize(1);
  }
}

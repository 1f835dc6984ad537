package dev.rituals.core.secret;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
  static final byte[] OLD = key(1);
  static final byte[] NEW = key(2);
  static final String TOKEN = "xoxb-1234-5678-abcdefghijkl";

  @Test
  void aSealedTokenOpensAndContainsNoneOfTheToken() {
    SecretBox box = new SecretBox(SecretKeyring.of(OLD, List.of()));
    String sealed = box.seal(TOKEN, "slack:bot_token:T1");
    assertThat(sealed).startsWith("enc:v1:" + SecretKeyring.idOf(OLD) + ":").doesNotContain("xoxb");
    assertThat(box.open(sealed, "slack:bot_token:T1")).isEqualTo(TOKEN);
    assertThat(box.seal(TOKEN, "slack:bot_token:T1"))
        .as("a fresh nonce each time")
        .isNotEqualTo(sealed);
  }

  @Test
  void aTokenSealedForOneWorkspaceDoesNotOpenForAnother() {
    SecretBox box = new SecretBox(SecretKeyring.of(OLD, List.of()));
    String sealed = box.seal(TOKEN, "slack:bot_token:T1");
    assertThatThrownBy(() -> box.open(sealed, "slack:bot_token:T2"))
        .isInstanceOf(SecretBox.SecretException.class)
        .hasMessageNotContaining("xoxb");
  }

  @Test
  void anAlteredSecretIsRefused() {
    SecretBox box = new SecretBox(SecretKeyring.of(OLD, List.of()));
    String sealed = box.seal(TOKEN, "c");
    char last = sealed.charAt(sealed.length() - 2);
    String altered =
        sealed.substring(0, sealed.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + sealed.charAt(sealed.length() - 1);
    assertThatThrownBy(() -> box.open(altered, "c")).isInstanceOf(SecretBox.SecretException.class);
  }

  @Test
  void afterRotationOldSecretsOpenWithThePreviousKeyAndNewOnesUseTheNewKey() {
    String sealedBefore = new SecretBox(SecretKeyring.of(OLD, List.of())).seal(TOKEN, "c");
    SecretBox rotated = new SecretBox(SecretKeyring.of(NEW, List.of(OLD)));
    assertThat(rotated.open(sealedBefore, "c")).isEqualTo(TOKEN);
    assertThat(rotated.sealedWithCurrentKey(sealedBefore)).isFalse();
    assertThat(rotated.sealedWithCurrentKey(rotated.seal(TOKEN, "c"))).isTrue();

    SecretBox withoutOld = new SecretBox(SecretKeyring.of(NEW, List.of()));
    assertThatThrownBy(() -> withoutOld.open(sealedBefore, "c"))
        .hasMessageContaining(SecretKeyring.idOf(OLD))
        .hasMessageContaining("RITUALS_SECRET_KEY_PREVIOUS");
  }

  @Test
  void valuesStoredBeforeSealingAreReadAsTheyAre() {
    SecretBox box = new SecretBox(SecretKeyring.of(OLD, List.of()));
    assertThat(box.open(TOKEN, "c")).isEqualTo(TOKEN);
    assertThat(box.sealedWithCurrentKey(TOKEN)).isFalse();
    assertThat(box.open(null, "c")).isNull();
  }

  @Test
  void keysComeFromTheEnvironmentAndBadOnesAreNamedNotShown() {
    String current = Base64.getEncoder().encodeToString(NEW);
    String previous = Base64.getEncoder().encodeToString(OLD);
    Optional<SecretKeyring> ring =
        SecretKeyring.fromEnvironment(
            Map.of("RITUALS_SECRET_KEY", current, "RITUALS_SECRET_KEY_PREVIOUS", previous));
    assertThat(ring).get().extracting(SecretKeyring::currentId).isEqualTo(SecretKeyring.idOf(NEW));
    assertThat(ring.get().byId(SecretKeyring.idOf(OLD))).isPresent();
    assertThat(SecretKeyring.fromEnvironment(Map.of())).isEmpty();

    String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
    assertThatThrownBy(() -> SecretKeyring.fromEnvironment(Map.of("RITUALS_SECRET_KEY", shortKey)))
        .hasMessageContaining("RITUALS_SECRET_KEY must be 32 bytes")
        .hasMessageNotContaining(shortKey);
    assertThatThrownBy(
            () -> SecretKeyring.fromEnvironment(Map.of("RITUALS_SECRET_KEY", "not base64!")))
        .hasMessageContaining("base64")
        .hasMessageNotContaining("not base64!");
  }

  static byte[] key(int fill) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) fill);
    return key;
  }
}

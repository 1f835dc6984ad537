package dev.rituals.core.links;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.testing.MutableClock;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkSignerTest {
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  LinkSigner signer = new LinkSigner("0123456789abcdef0123456789abcdef".getBytes(), clock);

  @Test
  void aSignedQueryVerifiesToItsParametersUntilItExpires() {
    String q =
        signer.sign("/dashboard", Map.of("c", "abc", "from", "2026-11-01"), Duration.ofHours(1));

    assertThat(signer.verify("/dashboard", q).orElseThrow())
        .containsExactlyInAnyOrderEntriesOf(Map.of("c", "abc", "from", "2026-11-01"));
    clock.advance(Duration.ofMinutes(59));
    assertThat(signer.verify("/dashboard", q)).isPresent();
    clock.advance(Duration.ofMinutes(1));
    assertThat(signer.verify("/dashboard", q)).isEmpty();
  }

  @Test
  void changingAnyPartBreaksTheSignature() {
    String q = signer.sign("/dashboard", Map.of("c", "abc"), Duration.ofHours(1));

    assertThat(signer.verify("/reports/download", q)).as("another path").isEmpty();
    assertThat(signer.verify("/dashboard", q.replace("c=abc", "c=abd"))).isEmpty();
    assertThat(signer.verify("/dashboard", q.replaceFirst("exp=\\d+", "exp=9999999999"))).isEmpty();
    assertThat(signer.verify("/dashboard", q + "&c=other")).as("duplicate parameter").isEmpty();
    assertThat(signer.verify("/dashboard", q.substring(0, q.indexOf("&sig=")))).isEmpty();
    LinkSigner other =
        new LinkSigner("another-secret-of-32-bytes-long!".getBytes(StandardCharsets.UTF_8), clock);
    assertThat(other.verify("/dashboard", q)).as("another secret").isEmpty();
    assertThat(signer.verify("/dashboard", "")).isEmpty();
    assertThat(signer.verify("/dashboard", "%zz=1&sig=x&exp=1")).isEmpty();
  }

  @Test
  void aShortSecretIsRefused() {
    assertThatThrownBy(() -> new LinkSigner(new byte[16], clock)).hasMessageContaining("32 bytes");
  }
}

package dev.rituals.app.transcripts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.testing.MutableClock;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Signed transcript links open the one transcript they name, for seven days, untampered. */
class TranscriptTokensTest {
  static final byte[] SECRET = "0123456789abcdef-test".getBytes(StandardCharsets.UTF_8);
  final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
  final TranscriptTokens tokens =
      new TranscriptTokens(SECRET, clock, URI.create("https://rituals.example/"));
  final CommunityId community = CommunityId.random();
  final OccurrenceId occurrence = OccurrenceId.random();

  String token() {
    String link = tokens.link(community, occurrence).orElseThrow();
    assertThat(link).startsWith("https://rituals.example/transcripts/");
    return link.substring("https://rituals.example/transcripts/".length());
  }

  @Test
  void aLinkOpensItsTranscriptUntilItExpires() {
    String token = token();
    assertThat(tokens.verify(token)).contains(new TranscriptTokens.Target(community, occurrence));

    clock.advance(TranscriptTokens.VALIDITY.minusSeconds(1));
    assertThat(tokens.verify(token)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.verify(token)).isEmpty();
  }

  @Test
  void aChangedForgedOrForeignTokenOpensNothing() {
    String token = token();
    String payload = token.substring(0, token.indexOf('.'));
    String signature = token.substring(token.indexOf('.') + 1);
    String otherPayload =
        tokens.sign(CommunityId.random(), occurrence, clock.instant().plusSeconds(60))
            .split("\\.")[0];

    assertThat(tokens.verify(otherPayload + "." + signature)).isEmpty();
    assertThat(tokens.verify(payload + "." + signature.substring(1))).isEmpty();
    assertThat(tokens.verify(payload)).isEmpty();
    assertThat(tokens.verify("not a token at all")).isEmpty();
    assertThat(tokens.verify("")).isEmpty();
    TranscriptTokens otherKey =
        new TranscriptTokens(
            "another-secret-0123456789".getBytes(StandardCharsets.UTF_8),
            clock,
            URI.create("https://rituals.example"));
    assertThat(otherKey.verify(token)).isEmpty();
  }
}

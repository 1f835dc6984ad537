package dev.rituals.core.recognition;

import java.util.Objects;

/** A community's recognition and privacy settings; {@link #DEFAULT} until a moderator sets them. */
public record RecognitionSettings(PdRule pdRule, RetentionPolicy retention) {
  public static final RecognitionSettings DEFAULT =
      new RecognitionSettings(PdRule.NONE, RetentionPolicy.DEFAULT);

  public RecognitionSettings {
    Objects.requireNonNull(pdRule, "pdRule");
    Objects.requireNonNull(retention, "retention");
  }

  public RecognitionSettings withPdRule(PdRule rule) {
    return new RecognitionSettings(rule, retention);
  }

  public RecognitionSettings withRetention(RetentionPolicy policy) {
    return new RecognitionSettings(pdRule, policy);
  }
}

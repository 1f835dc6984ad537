package dev.rituals.core.service;

import dev.rituals.core.model.OccurrenceId;
import java.util.OptionalInt;

/**
 * The step types {@link OccurrenceService#runStep} understands, and their scheduler keys. A key is
 * unique per occurrence and step, so scheduling the same step twice leaves one trigger.
 */
final class Steps {
  static final String CLOSE = "close";
  static final String QUESTION = "question:";
  static final String REMIND = "remind";

  private Steps() {}

  /** "question:3": post Q3. */
  static String question(int number) {
    return QUESTION + number;
  }

  static String questionKey(OccurrenceId occurrence, int number) {
    return "question:" + occurrence + ":" + number;
  }

  static OptionalInt questionNumber(String stepType) {
    if (stepType == null || !stepType.startsWith(QUESTION)) {
      return OptionalInt.empty();
    }
    try {
      int number = Integer.parseInt(stepType.substring(QUESTION.length()));
      return number >= 1 ? OptionalInt.of(number) : OptionalInt.empty();
    } catch (NumberFormatException e) {
      return OptionalInt.empty();
    }
  }
}

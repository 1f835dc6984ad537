package dev.rituals.core.service;

import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionBank;
import dev.rituals.core.model.QuestionTemplates;
import dev.rituals.core.model.Ritual;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Chooses an occurrence's questions: a given one first (asked now, or chosen by the host), then the
 * ritual's fixed question, then the bank's rotation. Each bank question taken is marked used, and
 * one occurrence never asks the same question twice: when the bank (or its tag) has fewer questions
 * than a live chat needs, the rest come from gentle built-in ones.
 */
final class QuestionPicker {
  static final String DEFAULT_QUESTION =
      "What is one thing from your teaching this week you'd like to share with colleagues?";

  private final Ports ports;

  QuestionPicker(Ports ports) {
    this.ports = ports;
  }

  /** Exactly {@code count} distinct question texts for Q1..Qn. */
  List<String> pick(Ritual ritual, int count, Optional<String> first, Instant now) {
    Set<String> chosen = new LinkedHashSet<>();
    first.ifPresent(chosen::add);
    if (chosen.size() < count) {
      ritual.fixedQuestion().ifPresent(chosen::add);
    }
    List<Question> pool = new ArrayList<>(ports.questions().findByCommunity(ritual.communityId()));
    while (chosen.size() < count) {
      Optional<Question> next = new QuestionBank(ritual.communityId(), pool).next(ritual.bankTag());
      if (next.isEmpty()) {
        break;
      }
      pool.remove(next.get());
      if (chosen.add(next.get().text())) {
        ports.questions().save(next.get().usedAt(now));
      }
    }
    Stream.concat(
            Stream.of(DEFAULT_QUESTION),
            QuestionTemplates.ALL.stream().flatMap(t -> t.questions().stream()))
        .filter(q -> chosen.size() < count)
        .forEach(chosen::add);
    return List.copyOf(chosen);
  }
}

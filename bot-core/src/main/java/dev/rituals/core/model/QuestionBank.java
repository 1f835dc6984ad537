package dev.rituals.core.model;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A community's questions and the rotation rule: never repeat a question until every question (of
 * the tag) has been used, then start again with the least recently used.
 */
public record QuestionBank(CommunityId communityId, List<Question> questions) {
  public QuestionBank {
    questions = List.copyOf(questions);
  }

  public Optional<Question> next(Optional<String> tag) {
    List<Question> pool =
        questions.stream().filter(q -> tag.map(t -> q.tags().contains(t)).orElse(true)).toList();
    int fewestUses = pool.stream().mapToInt(Question::timesUsed).min().orElse(0);
    return pool.stream()
        .filter(q -> q.timesUsed() == fewestUses)
        .min(
            Comparator.comparing((Question q) -> q.lastUsedAt().orElse(Instant.MIN))
                .thenComparing(Question::number));
  }
}

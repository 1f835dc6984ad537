package dev.rituals.core.usecase;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was said in one occurrence, grouped by question: the archive's record of a prompt, live chat
 * or slow chat. Retracted answers are left out.
 *
 * @param title e.g. "Live chat" or "Weekly prompt"
 * @param host who chose the question, when the ritual has a rotating host
 */
public record Transcript(
    String community,
    String title,
    ZoneId zone,
    Instant opensAt,
    Instant closesAt,
    Optional<String> host,
    List<Question> questions) {
  public Transcript {
    Objects.requireNonNull(community, "community");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(opensAt, "opensAt");
    Objects.requireNonNull(closesAt, "closesAt");
    Objects.requireNonNull(host, "host");
    questions = List.copyOf(questions);
  }

  public int answerCount() {
    return questions.stream().mapToInt(q -> q.answers().size()).sum();
  }

  public long people() {
    return questions.stream()
        .flatMap(q -> q.answers().stream())
        .map(Answer::author)
        .distinct()
        .count();
  }

  /** Qn with its answers, oldest first. */
  public record Question(int number, String text, Instant postedAt, List<Answer> answers) {
    public Question {
      answers = List.copyOf(answers);
    }
  }

  /** One answer: who (display name), when, what; late when given after the close. */
  public record Answer(String author, Instant at, String text, boolean late, int replies) {}
}

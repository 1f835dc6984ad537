package dev.rituals.core.service.commands;

import dev.rituals.core.command.QuestionsAdd;
import dev.rituals.core.command.Tag;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionId;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** questions add | list | remove: the community's question bank. */
final class QuestionCommands {
  static final int LIST_LIMIT = 50;

  private final Ports ports;
  private final Clock clock;

  QuestionCommands(Ports ports, Clock clock) {
    this.ports = ports;
    this.clock = clock;
  }

  CommandReply add(Community community, QuestionsAdd command) {
    Question question =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  boolean duplicate =
                      ports.questions().findByCommunity(community.id()).stream()
                          .anyMatch(q -> q.text().equalsIgnoreCase(command.text().value()));
                  if (duplicate) {
                    return null;
                  }
                  Question q =
                      new Question(
                          QuestionId.random(),
                          community.id(),
                          ports.questions().nextNumber(community.id()),
                          command.text().value(),
                          command.tags().stream().map(Tag::value).collect(Collectors.toSet()),
                          clock.instant(),
                          Optional.empty(),
                          0);
                  ports.questions().save(q);
                  return q;
                });
    if (question == null) {
      return CommandReply.usage("That question is already in the bank.");
    }
    return CommandReply.ok(
        "Added question " + question.number() + " to the bank" + tags(question) + ".");
  }

  CommandReply list(Community community, Optional<Tag> tag, CommandContext ctx) {
    List<Question> questions =
        ports.questions().findByCommunity(community.id()).stream()
            .filter(q -> tag.map(t -> q.tags().contains(t.value())).orElse(true))
            .toList();
    if (questions.isEmpty()) {
      return CommandReply.ok(
          tag.map(t -> "No questions tagged #" + t.value() + ".")
              .orElse(
                  "The bank is empty. Add one: `"
                      + ctx.prefix()
                      + "questions add \"What worked this week?\" tags reflection`"));
    }
    String lines =
        questions.stream()
            .limit(LIST_LIMIT)
            .map(
                q ->
                    q.number()
                        + ". "
                        + Describe.shorten(q.text())
                        + tags(q)
                        + (q.timesUsed() == 0
                            ? " _(not used yet)_"
                            : " _(used " + q.timesUsed() + "×)_"))
            .collect(Collectors.joining("\n"));
    String more =
        questions.size() > LIST_LIMIT ? "\n…and " + (questions.size() - LIST_LIMIT) + " more." : "";
    return CommandReply.ok("Question bank of *" + community.name() + "*:\n" + lines + more);
  }

  CommandReply remove(Community community, int number, CommandContext ctx) {
    Optional<Question> question = ports.questions().findByNumber(community.id(), number);
    if (question.isEmpty()) {
      return CommandReply.notFound(
          "There is no question "
              + number
              + " in the bank. See `"
              + ctx.prefix()
              + "questions list`.");
    }
    ports.transactions().inTransaction(() -> ports.questions().remove(question.get().id()));
    return CommandReply.ok(
        "Removed question " + number + ": “" + Describe.shorten(question.get().text()) + "”.");
  }

  private static String tags(Question q) {
    return q.tags().isEmpty()
        ? ""
        : " " + q.tags().stream().sorted().map(t -> "#" + t).collect(Collectors.joining(" "));
  }
}

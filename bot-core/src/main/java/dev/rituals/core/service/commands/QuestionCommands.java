package dev.rituals.core.service.commands;

import dev.rituals.core.command.QuestionsAdd;
import dev.rituals.core.command.QuestionsImport;
import dev.rituals.core.command.Tag;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionId;
import dev.rituals.core.model.QuestionTemplates;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** questions add | list | remove | import | template: the community's question bank. */
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

  /**
   * Stores every question of the list that is not already in the bank (same text, any case), in one
   * transaction, numbered in the order given.
   */
  CommandReply importAll(Community community, QuestionsImport command) {
    List<String> skipped = new ArrayList<>();
    List<Question> added =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  Set<String> known = knownTexts(community);
                  List<Question> stored = new ArrayList<>();
                  int number = ports.questions().nextNumber(community.id());
                  for (QuestionsImport.Line line : command.questions()) {
                    if (!known.add(key(line.text().value()))) {
                      skipped.add("line " + line.line());
                      continue;
                    }
                    Question q =
                        question(community, number++, line.text().value(), tagValues(line.tags()));
                    ports.questions().save(q);
                    stored.add(q);
                  }
                  return stored;
                });
    StringBuilder text = new StringBuilder();
    if (added.isEmpty()) {
      text.append("Nothing new to import: every question is already in the bank.");
    } else {
      text.append("Imported ")
          .append(added.size())
          .append(added.size() == 1 ? " question" : " questions")
          .append(" into the bank of *")
          .append(community.name())
          .append("* (numbers ")
          .append(added.get(0).number())
          .append(added.size() == 1 ? "" : "–" + added.get(added.size() - 1).number())
          .append(").");
    }
    if (!skipped.isEmpty() && !added.isEmpty()) {
      text.append(" Skipped ")
          .append(skipped.size())
          .append(" already in the bank (")
          .append(String.join(", ", skipped.subList(0, Math.min(10, skipped.size()))))
          .append(skipped.size() > 10 ? ", …" : "")
          .append(").");
    }
    return CommandReply.ok(text.toString());
  }

  /** Lists the templates, or adds one template's questions tagged with its name. */
  CommandReply template(Community community, Optional<String> name, CommandContext ctx) {
    if (name.isEmpty()) {
      return CommandReply.ok(
          "Question templates to start a bank from:\n"
              + QuestionTemplates.ALL.stream()
                  .map(
                      t ->
                          "• *"
                              + t.name()
                              + "* — "
                              + t.title()
                              + ": "
                              + t.purpose()
                              + " ("
                              + t.questions().size()
                              + " questions)")
                  .collect(Collectors.joining("\n"))
              + "\nAdd one with `"
              + ctx.prefix()
              + "questions template friyay`.");
    }
    Optional<QuestionTemplates.Template> template = QuestionTemplates.find(name.get());
    if (template.isEmpty()) {
      return CommandReply.notFound("There is no template called " + name.get() + ".");
    }
    QuestionTemplates.Template t = template.get();
    int added =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  Set<String> known = knownTexts(community);
                  int number = ports.questions().nextNumber(community.id());
                  int count = 0;
                  for (String text : t.questions()) {
                    if (known.add(key(text))) {
                      ports.questions().save(question(community, number++, text, Set.of(t.name())));
                      count++;
                    }
                  }
                  return count;
                });
    if (added == 0) {
      return CommandReply.ok("The bank already has every question of *" + t.title() + "*.");
    }
    return CommandReply.ok(
        "Added "
            + added
            + " questions from *"
            + t.title()
            + "*, tagged #"
            + t.name()
            + ". A ritual can draw only these with `bank "
            + t.name()
            + "`; see them with `"
            + ctx.prefix()
            + "questions list "
            + t.name()
            + "`.");
  }

  private Set<String> knownTexts(Community community) {
    Set<String> known = new HashSet<>();
    ports.questions().findByCommunity(community.id()).forEach(q -> known.add(key(q.text())));
    return known;
  }

  private static String key(String text) {
    return text.strip().toLowerCase(Locale.ROOT);
  }

  private static Set<String> tagValues(Set<Tag> tags) {
    return tags.stream().map(Tag::value).collect(Collectors.toSet());
  }

  private Question question(Community community, int number, String text, Set<String> tags) {
    return new Question(
        QuestionId.random(),
        community.id(),
        number,
        text,
        tags,
        clock.instant(),
        Optional.empty(),
        0);
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

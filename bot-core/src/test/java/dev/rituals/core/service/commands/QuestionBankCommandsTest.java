package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.QuestionTemplates;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** questions import and questions template, through the command service. */
class QuestionBankCommandsTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef MEMBER = UserRef.of(Platform.SLACK, "T1", "U_MEM");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  CommandService commands = new CommandService(ports, scheduler, occurrences, clock);
  CommunityId community;

  CommandReply say(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(
            who, who.userId(), Optional.of(CHANNEL), text, false, Optional.of(ZoneId.of("UTC"))));
  }

  @BeforeEach
  void createCommunity() {
    assertThat(say(MODERATOR, "community create \"Maths\"").outcome()).isEqualTo(Outcome.OK);
    community = ports.communities().findByChannel(CHANNEL).orElseThrow().id();
    say(MEMBER, "community join");
  }

  List<String> bank() {
    return ports.questions().findByCommunity(community).stream()
        .map(q -> q.number() + " " + q.text() + " " + q.tags().stream().sorted().toList())
        .toList();
  }

  @Test
  void importAddsNewQuestionsInOrderAndSkipsOnesAlreadyInTheBank() {
    say(MODERATOR, "questions add \"How do you start a lesson?\"");

    CommandReply reply =
        say(
            MODERATOR,
            "questions import tags openers\n"
                + "What is your favourite warm-up?\n"
                + "how do you start a lesson?\n"
                + "Which hook works best? #hooks\n"
                + "What is your favourite warm-up?");

    assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.OK);
    assertThat(reply.text())
        .isEqualTo(
            "Imported 2 questions into the bank of *Maths* (numbers 2–3). Skipped 2 already in"
                + " the bank (line 2, line 4).");
    assertThat(bank())
        .containsExactly(
            "1 How do you start a lesson? []",
            "2 What is your favourite warm-up? [openers]",
            "3 Which hook works best? [hooks, openers]");
  }

  @Test
  void aListWithABadLineStoresNothingAndSaysWhichLines() {
    CommandReply reply =
        say(MODERATOR, "questions import\nGood one?\n" + "z".repeat(3100) + "\nAnother?");

    assertThat(reply.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(reply.text())
        .contains("Nothing was imported: 1 line needs fixing first.")
        .contains("Line 2")
        .contains("Example: `/rituals questions import");
    assertThat(bank()).isEmpty();
  }

  @Test
  void aCsvListImportsWithItsTagsColumn() {
    CommandReply reply =
        say(
            MODERATOR,
            "questions import\nquestion,tags\n\"Which tool, app or trick saves you time?\","
                + "\"tools;time\"\nWhat did you read lately?,reading");

    assertThat(reply.text()).startsWith("Imported 2 questions");
    assertThat(bank())
        .containsExactly(
            "1 Which tool, app or trick saves you time? [time, tools]",
            "2 What did you read lately? [reading]");
  }

  @Test
  void membersMayListTemplatesButOnlyModeratorsLoadThemOrImport() {
    assertThat(say(MEMBER, "questions template").text())
        .contains("*friyay* — Weekly celebration (#FriYay)")
        .contains("*goal-check-in* — Goal check-in");
    assertThat(say(MEMBER, "questions template friyay").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(MEMBER, "questions import\nOne?").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(bank()).isEmpty();
  }

  @Test
  void aTemplateFillsTheBankTaggedWithItsNameOnce() {
    QuestionTemplates.Template friyay = QuestionTemplates.find("friyay").orElseThrow();

    CommandReply first = say(MODERATOR, "questions template friyay");
    CommandReply second = say(MODERATOR, "questions template friyay");

    assertThat(first.text())
        .startsWith("Added " + friyay.questions().size() + " questions from *Weekly celebration")
        .contains("tagged #friyay");
    assertThat(second.text()).contains("already has every question");
    List<Question> questions = ports.questions().findByCommunity(community);
    assertThat(questions)
        .hasSize(friyay.questions().size())
        .allMatch(q -> q.tags().equals(java.util.Set.of("friyay")));
    assertThat(questions.stream().map(Question::text).toList())
        .containsExactlyElementsOf(friyay.questions());
  }

  @Test
  void everyTemplateHasAtLeastSixQuestionsWrittenForTeachers() {
    assertThat(QuestionTemplates.ALL)
        .extracting(QuestionTemplates.Template::name)
        .contains("friyay", "reflection", "problem-of-practice", "resource-share", "goal-check-in");
    assertThat(QuestionTemplates.ALL)
        .allSatisfy(t -> assertThat(t.questions()).hasSizeGreaterThanOrEqualTo(6));
  }
}

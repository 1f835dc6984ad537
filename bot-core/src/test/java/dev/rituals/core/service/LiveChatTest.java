package dev.rituals.core.service;

import static dev.rituals.core.service.Engine.SLACK_CHANNEL;
import static dev.rituals.core.service.Engine.TEAMS_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Question;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.RecordingChatGateway.Sent;
import dev.rituals.core.usecase.AnswerOutcome;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A live chat: welcome, Q1..Qn every k minutes, answers by thread or "A3 ...", a wrap-up. */
class LiveChatTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final Instant THURSDAY_7PM = Instant.parse("2026-11-19T00:00:00Z");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final UserRef BEN = UserRef.of(Platform.SLACK, "T1", "U_BEN");

  Engine engine = new Engine(THURSDAY_7PM, NY, SLACK_CHANNEL, TEAMS_CHANNEL);

  Ritual liveChat(int questions, Duration every) {
    Schedule schedule =
        Schedule.weekly(
            DayOfWeek.WEDNESDAY,
            LocalTime.of(19, 0),
            NY,
            every.multipliedBy(questions).plusMinutes(10));
    return engine.ritual(1, RitualKind.LIVE_CHAT, schedule, RitualPlan.liveChat(questions, every));
  }

  @Test
  void welcomeAndQ1OpenTheChatThenOneQuestionEveryIntervalThenAWrapUp() {
    engine.bank("Bank one?", "Bank two?", "Bank three?", "Bank four?");
    Ritual ritual = liveChat(3, Duration.ofMinutes(8));

    Occurrence occurrence = engine.occurrences.fire(ritual.id(), THURSDAY_7PM).orElseThrow();
    engine.sender.drain();
    assertThat(kinds(engine.sentTo(SLACK_CHANNEL))).containsExactly("WELCOME", "PROMPT Q1");
    assertThat(engine.sentTo(SLACK_CHANNEL).get(0).body().text())
        .contains("live chat")
        .contains("3 questions, one every 8 minutes")
        .contains("until 19:34");
    assertThat(kinds(engine.sentTo(TEAMS_CHANNEL))).containsExactly("WELCOME", "PROMPT Q1");

    engine.advance(Duration.ofMinutes(7).plusSeconds(59));
    assertThat(kinds(engine.sentTo(SLACK_CHANNEL))).hasSize(2);
    engine.advance(Duration.ofSeconds(1));
    assertThat(kinds(engine.sentTo(SLACK_CHANNEL)))
        .containsExactly("WELCOME", "PROMPT Q1", "PROMPT Q2");
    engine.advanceTo(occurrence.closesAt().minusSeconds(1));
    assertThat(kinds(engine.sentTo(SLACK_CHANNEL)))
        .containsExactly("WELCOME", "PROMPT Q1", "PROMPT Q2", "PROMPT Q3");
    engine.advanceTo(occurrence.closesAt());
    assertThat(kinds(engine.sentTo(SLACK_CHANNEL)))
        .containsExactly("WELCOME", "PROMPT Q1", "PROMPT Q2", "PROMPT Q3", "RECAP");
    assertThat(occurrence.closesAt()).isEqualTo(THURSDAY_7PM.plus(Duration.ofMinutes(34)));
    assertThat(engine.ports.occurrences().findPrompts(occurrence.id()))
        .extracting(Prompt::postAt)
        .containsExactly(
            THURSDAY_7PM, THURSDAY_7PM.plusSeconds(8 * 60), THURSDAY_7PM.plusSeconds(16 * 60));
  }

  @Test
  void aLiveChatAsksDistinctBankQuestionsAndMarksEachUsed() {
    engine.bank("One?", "Two?", "Three?", "Four?", "Five?");
    Ritual ritual = liveChat(3, Duration.ofMinutes(5));
    Occurrence first = engine.occurrences.fire(ritual.id(), THURSDAY_7PM).orElseThrow();

    List<String> asked = texts(first);
    assertThat(asked).containsExactly("One?", "Two?", "Three?");
    Map<String, Question> bank = bank();
    assertThat(bank.get("One?").timesUsed()).isEqualTo(1);
    assertThat(bank.get("Four?").timesUsed()).isZero();

    engine.advance(Duration.ofDays(7));
    Occurrence second =
        engine.occurrences.fire(ritual.id(), THURSDAY_7PM.plus(Duration.ofDays(7))).orElseThrow();
    assertThat(texts(second))
        .as("unused questions first, then the least recently used")
        .containsExactly("Four?", "Five?", "One?")
        .doesNotHaveDuplicates();
  }

  @Test
  void aBankSmallerThanTheChatIsCompletedWithBuiltInQuestionsNeverRepeated() {
    engine.bank("Only one?");
    Ritual ritual = liveChat(4, Duration.ofMinutes(5));

    Occurrence occurrence = engine.occurrences.fire(ritual.id(), THURSDAY_7PM).orElseThrow();

    assertThat(texts(occurrence))
        .hasSize(4)
        .doesNotHaveDuplicates()
        .startsWith("Only one?", OccurrenceService.DEFAULT_QUESTION);
  }

  @Test
  void repliesInAQuestionsThreadOrA3MessagesAnswerThatQuestionOnlyOnceItIsPosted() {
    engine.bank("One?", "Two?", "Three?");
    Ritual ritual = liveChat(3, Duration.ofMinutes(10));
    Occurrence occurrence = engine.occurrences.fire(ritual.id(), THURSDAY_7PM).orElseThrow();
    engine.sender.drain();

    engine.advance(Duration.ofMinutes(2));
    assertThat(engine.channelMessage(ANA, "Ana", SLACK_CHANNEL, "A2 too early"))
        .as("Q2 is not posted yet")
        .isEqualTo(AnswerOutcome.IGNORED);
    assertThat(engine.channelMessage(ANA, "Ana", SLACK_CHANNEL, "A1: labs with soda cans"))
        .isEqualTo(AnswerOutcome.RECORDED);

    engine.advance(Duration.ofMinutes(10));
    assertThat(engine.channelMessage(BEN, "Ben", SLACK_CHANNEL, "A2 exit tickets"))
        .isEqualTo(AnswerOutcome.RECORDED);
    assertThat(
            engine.threadReply(
                BEN, "Ben", engine.question(SLACK_CHANNEL, 1), "late to Q1 but in its thread"))
        .isEqualTo(AnswerOutcome.RECORDED);

    engine.advanceTo(occurrence.closesAt().plus(Duration.ofMinutes(5)));
    assertThat(engine.channelMessage(ANA, "Ana", SLACK_CHANNEL, "A3 after the wrap-up"))
        .isEqualTo(AnswerOutcome.RECORDED_LATE);
    assertThat(
            engine.threadReply(ANA, "Ana", engine.question(SLACK_CHANNEL, 2), "one more thought"))
        .isEqualTo(AnswerOutcome.RECORDED_LATE);

    Map<Integer, Prompt> prompts =
        engine.ports.occurrences().findPrompts(occurrence.id()).stream()
            .collect(Collectors.toMap(Prompt::number, Function.identity()));
    List<Answer> answers = engine.ports.answers().findByOccurrence(occurrence.id());
    assertThat(answers)
        .extracting(a -> number(prompts, a) + (a.late() ? " late: " : ": ") + a.text())
        .containsExactlyInAnyOrder(
            "1: labs with soda cans",
            "2: exit tickets",
            "1: late to Q1 but in its thread",
            "3 late: after the wrap-up",
            "2 late: one more thought");
  }

  @Test
  void aNumberedAnswerLongAfterTheChatClosedIsNotAnAnswer() {
    engine.bank("One?");
    Ritual ritual = liveChat(1, Duration.ofMinutes(10));
    Occurrence occurrence = engine.occurrences.fire(ritual.id(), THURSDAY_7PM).orElseThrow();
    engine.advanceTo(occurrence.closesAt().plus(AnswerService.LATE_GRACE).plusSeconds(1));

    assertThat(engine.channelMessage(ANA, "Ana", SLACK_CHANNEL, "A1 a week later"))
        .isEqualTo(AnswerOutcome.IGNORED);
  }

  @Test
  void questionStepsAreIdempotentAndDoNothingOnceTheChatClosed() {
    engine.bank("One?", "Two?", "Three?");
    Ritual ritual = liveChat(3, Duration.ofMinutes(10));
    Occurrence occurrence = engine.occurrences.fire(ritual.id(), THURSDAY_7PM).orElseThrow();
    assertThat(engine.scheduler.steps())
        .containsKeys(
            "question:" + occurrence.id() + ":2",
            "question:" + occurrence.id() + ":3",
            "close:" + occurrence.id());

    engine.clock.set(THURSDAY_7PM.plus(Duration.ofMinutes(10)));
    assertThat(engine.occurrences.postQuestion(occurrence.id(), 2)).isTrue();
    engine.occurrences.runStep("question:2", occurrence.id().toString(), THURSDAY_7PM);
    assertThat(engine.occurrences.fire(ritual.id(), THURSDAY_7PM)).isEmpty();
    engine.occurrences.close(occurrence.id());
    assertThat(engine.occurrences.postQuestion(occurrence.id(), 3)).isFalse();
    engine.sender.drain();

    assertThat(kinds(engine.sentTo(SLACK_CHANNEL)))
        .containsExactly("WELCOME", "PROMPT Q1", "PROMPT Q2", "RECAP");
  }

  private List<String> texts(Occurrence occurrence) {
    return engine.ports.occurrences().findPrompts(occurrence.id()).stream()
        .map(Prompt::text)
        .toList();
  }

  private Map<String, Question> bank() {
    return engine.ports.questions().findByCommunity(engine.community.id()).stream()
        .collect(Collectors.toMap(Question::text, Function.identity()));
  }

  private static int number(Map<Integer, Prompt> prompts, Answer answer) {
    return prompts.values().stream()
        .filter(p -> p.id().equals(answer.promptId()))
        .findFirst()
        .orElseThrow()
        .number();
  }

  static List<String> kinds(List<Sent> sent) {
    return sent.stream()
        .map(
            s ->
                s.body().kind() == MessageKind.PROMPT
                    ? "PROMPT Q" + s.body().field("number").orElse("?")
                    : s.body().kind().name())
        .toList();
  }
}

package dev.rituals.core.service;

import static dev.rituals.core.service.Engine.SLACK_CHANNEL;
import static dev.rituals.core.service.Engine.TEAMS_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.RitualSettings;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.RecordingChatGateway.Sent;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One private nudge before a window closes, to members who have not answered and want it. */
class RemindersTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final Instant FRIDAY_7AM = Instant.parse("2026-11-20T12:00:00Z");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final UserRef BEN = UserRef.of(Platform.SLACK, "T1", "U_BEN");
  static final UserRef CLEO = UserRef.of(Platform.SLACK, "T1", "U_CLEO");
  static final UserRef DEV = UserRef.of(Platform.TEAMS, "tenant-1", "29:dev");
  static final UserRef OUTSIDER = UserRef.of(Platform.SLACK, "T9", "U_OUT");

  Engine engine = new Engine(FRIDAY_7AM, NY, SLACK_CHANNEL, TEAMS_CHANNEL);

  Ritual prompt(Duration window) {
    engine.bank("What did you try this week?");
    return engine.ritual(
        1,
        RitualKind.PROMPT,
        Schedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(7, 0), NY, window),
        RitualPlan.single());
  }

  List<Sent> nudges() {
    return Stream.concat(engine.slack.sent().stream(), engine.teams.sent().stream())
        .filter(s -> s.body().kind() == MessageKind.REMINDER)
        .toList();
  }

  @Test
  void onlyMembersWhoHaveNotAnsweredAndWantNudgesGetOneADayBeforeTheClose() {
    engine.member(ANA, "Ana");
    engine.member(BEN, "Ben");
    engine.ports.members().save(engine.member(CLEO, "Cleo").withNudges(false));
    engine.member(DEV, "Dev");
    engine.member(OUTSIDER, "Olu");
    Ritual ritual = prompt(Duration.ofDays(3));
    Occurrence occurrence = engine.occurrences.fire(ritual.id(), FRIDAY_7AM).orElseThrow();
    engine.sender.drain();
    engine.advance(Duration.ofHours(2));
    engine.threadReply(ANA, "Ana", engine.question(SLACK_CHANNEL, 1), "Soda-can density lab");

    Instant sunday7am = Instant.parse("2026-11-22T12:00:00Z");
    assertThat(engine.scheduler.steps().get("remind:" + occurrence.id()).at()).isEqualTo(sunday7am);
    engine.advanceTo(sunday7am.minusSeconds(1));
    assertThat(nudges()).isEmpty();
    engine.advanceTo(sunday7am);

    assertThat(nudges())
        .extracting(Sent::destination)
        .containsExactlyInAnyOrder(new Destination.Direct(BEN), new Destination.Direct(DEV));
    Prompt q1 = engine.ports.occurrences().findPrompts(occurrence.id()).get(0);
    assertThat(nudges().get(0).body().field("promptId")).contains(q1.id().toString());
    assertThat(nudges().get(0).body().text())
        .contains("Science Teachers")
        .contains("open until Mon 23 Nov, 07:00 (America/New_York)")
        .contains("What did you try this week?")
        .contains("nudges off`");
  }

  @Test
  void neverASecondNudgeForTheSameOccurrence() {
    engine.member(BEN, "Ben");
    Ritual ritual = prompt(Duration.ofDays(3));
    Occurrence occurrence = engine.occurrences.fire(ritual.id(), FRIDAY_7AM).orElseThrow();
    engine.advanceTo(Instant.parse("2026-11-22T12:00:00Z"));

    assertThat(engine.occurrences.remind(occurrence.id())).isZero();
    engine.occurrences.runStep("remind", occurrence.id().toString(), engine.clock.instant());
    engine.sender.drain();

    assertThat(nudges()).hasSize(1);
  }

  @Test
  void aRetractedAnswerDoesNotCountAsAnswered() {
    engine.member(ANA, "Ana");
    Ritual ritual = prompt(Duration.ofDays(3));
    Occurrence occurrence = engine.occurrences.fire(ritual.id(), FRIDAY_7AM).orElseThrow();
    engine.sender.drain();
    engine.channelMessage(ANA, "Ana", SLACK_CHANNEL, "A1 first thought");
    var answer = engine.ports.answers().findByOccurrence(occurrence.id()).get(0);
    engine.answers.onDelete(ANA.tenant(), answer.sourceKey());

    assertThat(engine.occurrences.remind(occurrence.id())).isEqualTo(1);
  }

  @Test
  void liveChatsHaveNoNudgeUnlessTheRitualAsksForOne() {
    engine.member(BEN, "Ben");
    engine.bank("One?", "Two?");
    Schedule schedule =
        Schedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(7, 0), NY, Duration.ofMinutes(30));
    Ritual chat =
        engine.ritual(
            1, RitualKind.LIVE_CHAT, schedule, RitualPlan.liveChat(2, Duration.ofMinutes(10)));
    Occurrence first = engine.occurrences.fire(chat.id(), FRIDAY_7AM).orElseThrow();
    assertThat(engine.scheduler.steps()).doesNotContainKey("remind:" + first.id());

    engine
        .ports
        .rituals()
        .save(
            chat.withSettings(
                RitualSettings.DEFAULT.withReminderLead(Optional.of(Duration.ofMinutes(10)))));
    Instant nextWeek = FRIDAY_7AM.plus(Duration.ofDays(7));
    engine.advanceTo(nextWeek);
    Occurrence second = engine.occurrences.fire(chat.id(), nextWeek).orElseThrow();

    assertThat(engine.scheduler.steps().get("remind:" + second.id()).at())
        .isEqualTo(nextWeek.plus(Duration.ofMinutes(20)));
  }

  @Test
  void noNudgeWhenTheLeadIsLongerThanTheWindowOrAfterTheClose() {
    engine.member(BEN, "Ben");
    Ritual ritual = prompt(Duration.ofHours(12));
    Occurrence occurrence = engine.occurrences.fire(ritual.id(), FRIDAY_7AM).orElseThrow();
    assertThat(engine.scheduler.steps()).doesNotContainKey("remind:" + occurrence.id());

    engine.advanceTo(occurrence.closesAt());
    assertThat(engine.occurrences.remind(occurrence.id())).isZero();
  }
}

package dev.rituals.core.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.History;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * September 2026 in a community with a weekly Monday prompt (ritual 1) and a fortnightly Thursday
 * chat (ritual 2); the clock stands while the last Monday prompt is still open.
 */
class ParticipationServiceTest {
  static final Instant AUGUST = Instant.parse("2026-08-01T08:00:00Z");
  static final DateRange SEPTEMBER =
      new DateRange(LocalDate.parse("2026-09-01"), LocalDate.parse("2026-09-30"));
  static final Duration HOUR = Duration.ofHours(1);

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-09-28T10:00:00Z"));
  ParticipationService service = new ParticipationService(ports, clock);
  History h = new History(ports, "Math Circle", AUGUST);
  UserRef ana, bob, cal, dee, eve, mod;
  CommunityMetrics metrics;

  @BeforeEach
  void september() {
    ana = h.member("UANA", "Ana", AUGUST);
    bob = h.member("UBOB", "Bob", AUGUST);
    cal = h.member("UCAL", "Cal", AUGUST);
    dee = h.member("UDEE", "Dee", Instant.parse("2026-09-15T09:00:00Z"));
    eve = h.member("UEVE", "Eve", AUGUST);
    mod = h.member("UMOD", "Mo", AUGUST);
    Ritual weekly = h.ritual(1);
    Ritual chat = h.ritual(2);
    Occurrence aug31 = h.occurrence(weekly, at("2026-08-24T06:00:00Z"), Duration.ofDays(2));
    Occurrence sep7 = h.occurrence(weekly, at("2026-09-07T06:00:00Z"), Duration.ofDays(2));
    Occurrence sep10 = h.occurrence(chat, at("2026-09-10T16:00:00Z"), HOUR);
    Occurrence sep14 = h.occurrence(weekly, at("2026-09-14T06:00:00Z"), Duration.ofDays(2));
    Occurrence sep21 = h.occurrence(weekly, at("2026-09-21T06:00:00Z"), Duration.ofDays(2));
    Occurrence sep24 = h.occurrence(chat, at("2026-09-24T16:00:00Z"), HOUR);
    Occurrence sep28 = h.occurrence(weekly, at("2026-09-28T06:00:00Z"), Duration.ofDays(2));
    Occurrence oct5 = h.occurrence(weekly, at("2026-10-05T06:00:00Z"), Duration.ofDays(2));
    h.answer(aug31, ana, HOUR); // before the range: Ana is no new voice
    for (Occurrence o : new Occurrence[] {sep7, sep14, sep21, sep28}) {
      h.answer(o, ana, HOUR);
    }
    Answer anaSecond = h.answer(sep14, ana, Duration.ofHours(3));
    Answer bobFirst = h.answer(sep7, bob, HOUR);
    for (Occurrence o : new Occurrence[] {sep10, sep21, sep24}) {
      h.answer(o, bob, Duration.ofMinutes(10));
    }
    h.answer(sep10, bob, Duration.ofMinutes(20));
    Answer calsOnly = h.answer(sep14, cal, HOUR);
    h.reply(anaSecond, cal, HOUR);
    h.reply(anaSecond, cal, Duration.ofHours(2));
    h.reply(calsOnly, cal, HOUR); // to oneself: not a reply to a peer
    h.reply(bobFirst, eve, HOUR);
    Answer retracted = h.answer(sep21, eve, HOUR);
    ports.answers().retract(eve.tenant(), retracted.sourceKey());
    h.answer(oct5, cal, HOUR); // after the range
    metrics = service.metrics(h.community.id(), SEPTEMBER);
  }

  @Test
  void countsAnswersOccurrencesRitualsAndLastActivityPerMember() {
    MemberMetrics a = line(ana);
    assertThat(a.answers()).isEqualTo(5);
    assertThat(a.occurrencesAttended()).isEqualTo(4);
    assertThat(a.ritualsAttended()).isEqualTo(1);
    assertThat(a.lastActive()).contains(at("2026-09-28T07:00:00Z"));
    MemberMetrics b = line(bob);
    assertThat(b.answers()).isEqualTo(5);
    assertThat(b.occurrencesAttended()).isEqualTo(4);
    assertThat(b.ritualsAttended()).isEqualTo(2);
    assertThat(line(cal).answers()).as("October's answer is outside the range").isEqualTo(1);
    assertThat(line(eve).answers()).as("a retracted answer never counts").isZero();
    assertThat(line(eve).lastActive())
        .as("a reply is activity")
        .contains(at("2026-09-07T08:00:00Z"));
    assertThat(line(mod).lastActive()).isEmpty();
    assertThat(metrics.totalAnswers()).isEqualTo(11);
    assertThat(metrics.participants()).isEqualTo(3);
  }

  @Test
  void streaksRunOverTheOccurrencesOfTheMembersOwnRituals() {
    assertThat(line(ana).currentStreak()).isEqualTo(4);
    assertThat(line(ana).longestStreak()).isEqualTo(4);
    // Bob's rituals: 7 yes, 10 yes, 14 no, 21 yes, 24 yes, 28 still open and unanswered.
    assertThat(line(bob).currentStreak()).as("an open occurrence does not break it").isEqualTo(2);
    assertThat(line(bob).longestStreak()).isEqualTo(2);
    assertThat(line(cal).currentStreak()).isZero();
    assertThat(line(cal).longestStreak()).isEqualTo(1);
  }

  @Test
  void repliesToPeersLeaveOutRepliesToOnesOwnAnswers() {
    assertThat(line(cal).repliesToPeers()).isEqualTo(2);
    assertThat(line(eve).repliesToPeers()).isEqualTo(1);
    assertThat(line(ana).repliesToPeers()).isZero();
  }

  @Test
  void membersFallIntoCoreActivePeripheralAndDormant() {
    assertThat(line(ana).level()).isEqualTo(EngagementLevel.CORE);
    assertThat(line(bob).level())
        .as("4 of the 5 closed-or-answered")
        .isEqualTo(EngagementLevel.CORE);
    assertThat(line(cal).level()).isEqualTo(EngagementLevel.ACTIVE);
    assertThat(line(dee).level())
        .as("joined during the dates")
        .isEqualTo(EngagementLevel.PERIPHERAL);
    assertThat(line(eve).level()).as("replied to a peer").isEqualTo(EngagementLevel.PERIPHERAL);
    assertThat(line(mod).level()).isEqualTo(EngagementLevel.DORMANT);
    assertThat(metrics.levels())
        .isEqualTo(
            Map.of(
                EngagementLevel.CORE, 2L,
                EngagementLevel.ACTIVE, 1L,
                EngagementLevel.PERIPHERAL, 2L,
                EngagementLevel.DORMANT, 1L));
  }

  @Test
  void newVoicesAreFirstEverAnswersWithinTheDates() {
    assertThat(metrics.members().stream().filter(MemberMetrics::newVoice).map(MemberMetrics::user))
        .containsExactlyInAnyOrder(bob, cal);
    assertThat(metrics.newVoices()).isEqualTo(2);
  }

  @Test
  void responseRateIsDistinctRespondentsOverMembersPerOccurrence() {
    assertThat(metrics.occurrences()).hasSize(6);
    assertThat(metrics.occurrences())
        .extracting(OccurrenceMetrics::respondents)
        .containsExactly(2, 1, 2, 2, 1, 1);
    assertThat(metrics.occurrences().get(0).responseRate()).isEqualTo(2.0 / 6);
    assertThat(metrics.meanResponseRate()).isEqualTo(9.0 / 6 / 6);
  }

  @Test
  void weeklyTrendsCoverEveryMondayTouchedByTheDatesIncludingQuietOnes() {
    assertThat(metrics.weeks())
        .extracting(WeekTrend::monday)
        .containsExactly(
            LocalDate.parse("2026-08-31"),
            LocalDate.parse("2026-09-07"),
            LocalDate.parse("2026-09-14"),
            LocalDate.parse("2026-09-21"),
            LocalDate.parse("2026-09-28"));
    assertThat(metrics.weeks().get(0).occurrences()).isZero();
    WeekTrend second = metrics.weeks().get(1);
    assertThat(second.occurrences()).isEqualTo(2);
    assertThat(second.answers()).as("Bob answered the chat twice").isEqualTo(4);
    assertThat(second.participants()).isEqualTo(2);
    assertThat(second.responseRate()).isEqualTo((2.0 / 6 + 1.0 / 6) / 2);
    assertThat(metrics.weeks().get(2).answers()).isEqualTo(3);
  }

  @Test
  void aReplyToAnAnswerRetractedLaterStillCountsForTheReplier() {
    Occurrence sep17 = h.occurrence(h.ritual(3), at("2026-09-17T06:00:00Z"), Duration.ofDays(2));
    Answer gone = h.answer(sep17, eve, HOUR);
    h.reply(gone, mod, Duration.ofMinutes(30));
    ports.answers().retract(eve.tenant(), gone.sourceKey());

    CommunityMetrics after = service.metrics(h.community.id(), SEPTEMBER);

    MemberMetrics mo =
        after.members().stream().filter(m -> m.user().equals(mod)).findFirst().orElseThrow();
    assertThat(mo.repliesToPeers()).isEqualTo(1);
    assertThat(mo.lastActive()).contains(at("2026-09-17T07:30:00Z"));
    assertThat(mo.level()).isEqualTo(EngagementLevel.PERIPHERAL);
    assertThat(after.occurrences())
        .as("the retracted answer makes no respondent")
        .extracting(OccurrenceMetrics::respondents)
        .containsExactly(2, 1, 2, 0, 2, 1, 1);
  }

  @Test
  void anUnknownCommunityIsReportedAsSuch() {
    assertThatThrownBy(() -> service.metrics(CommunityId.random(), SEPTEMBER))
        .isInstanceOf(NoSuchElementException.class);
  }

  MemberMetrics line(UserRef user) {
    return metrics.members().stream().filter(m -> m.user().equals(user)).findFirst().orElseThrow();
  }

  static Instant at(String text) {
    return Instant.parse(text);
  }
}

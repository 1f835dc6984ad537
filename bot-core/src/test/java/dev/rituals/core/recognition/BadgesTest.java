package dev.rituals.core.recognition;

import static dev.rituals.core.recognition.Recognition.ANA;
import static dev.rituals.core.recognition.Recognition.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.usecase.AnswerOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BadgesTest {
  Recognition r = new Recognition(Instant.parse("2026-09-07T14:00:00Z")); // a Monday

  @BeforeEach
  void members() {
    r.member(ANA, "Ana");
    r.member(BEN, "Ben");
  }

  List<BadgeKind> badgesOf(dev.rituals.core.model.UserRef who) {
    return r.recognition.badges().findByMember(r.community.id(), who).stream()
        .map(Badge::kind)
        .toList();
  }

  @Test
  void aFirstAnswerEarnsOneBadgeAnnouncedOnceInTheChannel() {
    r.ask("What did you try this week?");
    assertThat(r.answer(ANA, "exit tickets")).isEqualTo(AnswerOutcome.RECORDED);
    r.clock.advance(Duration.ofMinutes(5));
    r.answer(ANA, "and think-pair-share");

    assertThat(badgesOf(ANA)).containsExactly(BadgeKind.FIRST_ANSWER);
    assertThat(r.channelTexts())
        .filteredOn(t -> t.contains("First answer"))
        .singleElement()
        .asString()
        .contains("Ana")
        .contains("answered a community question for the first time");
    assertThat(badgesOf(BEN)).isEmpty();
  }

  @Test
  void fiveWeeksInARowEarnTheStreakBadgeButAGapDoesNot() {
    r.answerWeekly(ANA, 4);
    r.clock.advance(Duration.ofDays(7)); // a week off
    r.answerWeekly(ANA, 1);
    assertThat(badgesOf(ANA)).doesNotContain(BadgeKind.FIVE_WEEK_STREAK);

    r.answerWeekly(ANA, 4);
    assertThat(badgesOf(ANA)).contains(BadgeKind.FIVE_WEEK_STREAK);
    assertThat(r.channelTexts()).anyMatch(t -> t.contains("5-week streak"));
  }

  @Test
  void theTwentyFifthAnswerEarnsTheMilestoneNotTheTwentyFourth() {
    for (int i = 1; i <= 24; i++) {
      r.ask("Question " + i);
      r.answer(ANA, "answer " + i);
      r.clock.advance(Duration.ofHours(2));
    }
    assertThat(badgesOf(ANA)).doesNotContain(BadgeKind.TWENTY_FIVE_ANSWERS);
    r.ask("Question 25");
    r.answer(ANA, "answer 25");
    assertThat(badgesOf(ANA)).contains(BadgeKind.TWENTY_FIVE_ANSWERS);
  }

  @Test
  void membersWhoTurnedAnnouncementsOffEarnBadgesQuietly() {
    r.recognition
        .settings()
        .savePreferences(
            r.community.id(), BEN, MemberPreferences.DEFAULT.withAnnounceBadges(false));
    r.ask("What did you try?");
    r.answer(BEN, "a gallery walk");

    assertThat(badgesOf(BEN)).containsExactly(BadgeKind.FIRST_ANSWER);
    assertThat(r.channelTexts()).noneMatch(t -> t.contains("Ben"));
  }

  @Test
  void hostingAChatAndAFirstMentoringMeetingEarnTheirBadgesOnce() {
    OccurrenceId occurrence = r.ask("Host's question").id();
    r.service.hosted(new Hosting(r.community.id(), occurrence, BEN, r.clock.instant()));
    r.service.hosted(new Hosting(r.community.id(), occurrence, BEN, r.clock.instant()));
    MentoringMeeting meeting =
        new MentoringMeeting(r.community.id(), "round-1/pair-3", BEN, r.clock.instant());
    assertThat(r.service.meetingHeld(meeting))
        .extracting(Badge::kind)
        .containsExactly(BadgeKind.FIRST_MENTORING_MEETING);
    assertThat(r.service.meetingHeld(meeting)).isEmpty();

    assertThat(badgesOf(BEN))
        .containsExactlyInAnyOrder(BadgeKind.HOSTED_A_CHAT, BadgeKind.FIRST_MENTORING_MEETING);
    assertThat(r.channelTexts()).filteredOn(t -> t.contains("Hosted a chat")).hasSize(1);
  }

  @Test
  void aPairingGroupThatMetEarnsTheMentoringBadgeAtTheDailyRun() {
    var pair =
        new dev.rituals.core.model.PairRecord(
            java.util.UUID.randomUUID(),
            java.util.UUID.randomUUID(),
            r.community.id(),
            "MENTOR",
            r.clock.instant().atZone(r.community.zone()).toLocalDate(),
            r.clock.instant(),
            List.of(ANA, BEN),
            List.of("Ana", "Ben"),
            "both teach grade 7 science",
            1.0,
            java.util.Map.of());
    r.ports.pairings().saveRound(List.of(pair));
    r.service.daily(r.community);
    assertThat(badgesOf(BEN)).isEmpty();

    r.ports.pairings().respond(pair.id(), BEN, dev.rituals.core.model.PairResponse.MET);
    r.clock.advance(Duration.ofDays(1));
    r.service.daily(r.community);

    assertThat(badgesOf(ANA)).containsExactly(BadgeKind.FIRST_MENTORING_MEETING);
    assertThat(badgesOf(BEN)).containsExactly(BadgeKind.FIRST_MENTORING_MEETING);
    assertThat(
            new PdLedger(r.ports, r.recognition, r.clock)
                .statement(
                    r.community,
                    ANA,
                    new dev.rituals.core.model.DateRange(
                        java.time.LocalDate.of(2026, 9, 1), java.time.LocalDate.of(2026, 9, 30)))
                .count(PdEntry.Activity.MENTORING))
        .isEqualTo(1);
  }

  @Test
  void aRotatingHostWhoseRoundFiredEarnsTheHostBadgeAtTheDailyRun() {
    var occurrence = r.ask("Ben's question");
    r.ports
        .hostings()
        .insertIfAbsent(
            new dev.rituals.core.model.Hosting(
                occurrence.ritualId(),
                r.community.id(),
                occurrence.scheduledFor(),
                BEN,
                dev.rituals.core.model.HostingState.CHOSEN,
                java.util.Optional.of("Ben's question"),
                r.clock.instant().minus(Duration.ofDays(2))));
    r.clock.advance(Duration.ofDays(1));

    r.service.daily(r.community);

    assertThat(badgesOf(BEN)).containsExactly(BadgeKind.HOSTED_A_CHAT);
    assertThat(r.recognition.badges().findByMember(r.community.id(), BEN).get(0).evidence())
        .isEqualTo("occurrence " + occurrence.id().value());
  }

  @Test
  void noActivityEarnsNoBadge() {
    List<dev.rituals.core.model.Answer> none = List.of();
    assertThat(BadgeRules.earned(none, List.of(), List.of(), r.community.zone())).isEmpty();
  }
}

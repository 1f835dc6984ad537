package dev.rituals.core.recognition;

import static dev.rituals.core.recognition.Recognition.ANA;
import static dev.rituals.core.recognition.Recognition.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.UserRef;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A round opened with the question its rotating host chose counts as hosted, for recognition. */
class RotatingHostRecognitionTest {
  static final Instant MONDAY_10_NY = Instant.parse("2026-09-07T14:00:00Z");

  Recognition r = new Recognition(MONDAY_10_NY);
  Ritual ritual;

  @BeforeEach
  void weeklyRitual() {
    r.member(ANA, "Ana");
    r.member(BEN, "Ben");
    ritual =
        new Ritual(
            RitualId.random(),
            r.community.id(),
            1,
            RitualKind.PROMPT,
            Schedule.weekly(
                DayOfWeek.MONDAY, LocalTime.of(10, 0), r.community.zone(), Duration.ofDays(3)),
            Optional.of("Bank question?"),
            Optional.empty(),
            RitualState.ACTIVE,
            MONDAY_10_NY.minus(Duration.ofDays(30)));
    r.ports.rituals().save(ritual);
  }

  private void invite(UserRef host, Optional<String> chosen) {
    Hosting invited =
        Hosting.invited(ritual, MONDAY_10_NY, host, MONDAY_10_NY.minus(Duration.ofDays(3)));
    r.ports.hostings().insertIfAbsent(chosen.map(invited::chosen).orElse(invited));
  }

  private List<BadgeKind> badgesOf(UserRef who) {
    return r.recognition.badges().findByMember(r.community.id(), who).stream()
        .map(Badge::kind)
        .toList();
  }

  @Test
  void theHostWhoseChosenQuestionOpensTheRoundIsRecordedAndEarnsTheBadgeAnnouncedAtOnce() {
    invite(BEN, Optional.of("What surprised you this week?"));

    Occurrence opened = r.occurrences.fire(ritual.id(), MONDAY_10_NY).orElseThrow();

    assertThat(r.recognition.activity().hostingsBy(r.community.id(), BEN))
        .containsExactly(
            new HostedOccurrence(r.community.id(), opened.id(), BEN, opened.scheduledFor()));
    assertThat(badgesOf(BEN)).containsExactly(BadgeKind.HOSTED_A_CHAT);
    assertThat(r.recognition.badges().findByMember(r.community.id(), BEN).get(0).evidence())
        .isEqualTo("occurrence " + opened.id().value());
    assertThat(r.channelTexts())
        .filteredOn(t -> t.contains("Hosted a chat"))
        .singleElement()
        .asString()
        .contains("Ben");
    assertThat(badgesOf(ANA)).isEmpty();
  }

  @Test
  void theDailyRunAfterwardsNeitherCountsTheRoundTwiceNorAnnouncesAgain() {
    invite(BEN, Optional.of("What surprised you this week?"));
    r.occurrences.fire(ritual.id(), MONDAY_10_NY).orElseThrow();
    r.clock.advance(Duration.ofDays(1));

    r.service.daily(r.community);

    assertThat(Hostings.of(r.ports, r.recognition, r.community, BEN, r.clock.instant())).hasSize(1);
    assertThat(r.channelTexts()).filteredOn(t -> t.contains("Hosted a chat")).hasSize(1);
  }

  @Test
  void aHostWhoChoseNothingHostedNothing() {
    invite(BEN, Optional.empty());

    r.occurrences.fire(ritual.id(), MONDAY_10_NY).orElseThrow();

    assertThat(r.recognition.activity().hostingsBy(r.community.id(), BEN)).isEmpty();
    assertThat(badgesOf(BEN)).isEmpty();
    assertThat(r.channelTexts()).noneMatch(t -> t.contains("Hosted a chat"));
  }

  @Test
  void aRoundFiredTwiceRecordsItsHostOnce() {
    invite(BEN, Optional.of("What surprised you this week?"));
    r.occurrences.fire(ritual.id(), MONDAY_10_NY).orElseThrow();

    assertThat(r.occurrences.fire(ritual.id(), MONDAY_10_NY)).isEmpty();

    assertThat(r.recognition.activity().hostingsBy(r.community.id(), BEN)).hasSize(1);
    assertThat(r.channelTexts()).filteredOn(t -> t.contains("Hosted a chat")).hasSize(1);
  }
}

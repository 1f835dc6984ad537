package dev.rituals.core.recognition;

import static dev.rituals.core.recognition.Recognition.ANA;
import static dev.rituals.core.recognition.Recognition.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Destination;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.testing.RecordingScheduler;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The daily recognition run on the scheduler's step hook, driven by a hand-moved clock. */
class RecognitionDailyTest {
  Recognition r = new Recognition(Instant.parse("2026-09-07T14:00:00Z"));

  @BeforeEach
  void aClosedRound() {
    r.member(ANA, "Ana");
    r.member(BEN, "Ben");
    var occurrence = r.ask("What did you try?");
    r.answer(ANA, "exit tickets");
    r.clock.advance(Duration.ofHours(1));
    r.occurrences.close(occurrence.id());
  }

  /** Moves the clock a day at a time, running due steps as Quartz would. */
  void liveDays(int days) {
    for (int i = 0; i < days; i++) {
      r.clock.advance(Duration.ofDays(1));
      r.scheduler.runDue(r.clock.instant(), r.service.stepRunner(r.occurrences::runStep));
    }
  }

  List<OutboxMessage> invitationsToBen() {
    return r.outbox().stream()
        .filter(m -> m.idempotencyKey().startsWith("invite:"))
        .filter(m -> ((Destination.Direct) m.destination()).user().equals(BEN))
        .toList();
  }

  @Test
  void closingARoundSchedulesTheCommunitysDailyRunAtTenLocalTime() {
    RecordingScheduler.Step step =
        r.scheduler.steps().get(RecognitionDaily.STEP_TYPE + ":" + r.community.id());
    assertThat(step).isNotNull();
    assertThat(step.type()).isEqualTo(RecognitionDaily.STEP_TYPE);
    ZonedDateTime local = step.at().atZone(r.community.zone());
    assertThat(local.getHour()).isEqualTo(10);
    assertThat(step.at()).isAfter(r.clock.instant());
  }

  @Test
  void overSixtyFiveDaysAQuietMemberGetsAnInvitationEveryThirtyDaysAtMost() {
    liveDays(65);

    List<Instant> sent = invitationsToBen().stream().map(OutboxMessage::createdAt).toList();
    assertThat(sent).hasSize(3);
    for (int i = 1; i < sent.size(); i++) {
      assertThat(Duration.between(sent.get(i - 1), sent.get(i)))
          .isGreaterThanOrEqualTo(PeripheralInvitations.INTERVAL);
    }
    assertThat(r.outbox())
        .filteredOn(m -> m.idempotencyKey().startsWith("invite:"))
        .allMatch(m -> m.destination() instanceof Destination.Direct);
    // The chain keeps itself going: exactly one pending daily step.
    assertThat(r.scheduler.steps().values())
        .filteredOn(s -> s.type().equals(RecognitionDaily.STEP_TYPE))
        .hasSize(1);
  }

  @Test
  void theDailyRunAppliesTheRetentionPeriod() {
    r.recognition
        .settings()
        .saveSettings(
            r.community.id(),
            RecognitionSettings.DEFAULT.withRetention(
                new RetentionPolicy(RetentionPolicy.Mode.ANONYMISE, Optional.of(30))));
    liveDays(29);
    assertThat(r.recognition.activity().answersBy(r.community.id(), ANA)).hasSize(1);
    liveDays(2);
    assertThat(r.recognition.activity().answersBy(r.community.id(), ANA)).isEmpty();
  }
}

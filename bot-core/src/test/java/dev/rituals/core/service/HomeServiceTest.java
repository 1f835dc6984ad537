package dev.rituals.core.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingChatGateway;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.core.usecase.IncomingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HomeServiceTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MOD = UserRef.of(Platform.SLACK, "T1", "UMOD");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "UANA");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-09-04T12:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  RecordingChatGateway slack = new RecordingChatGateway(Platform.SLACK);
  OutboxSender sender = new OutboxSender(ports, List.of(slack), clock);
  AnswerService answers = new AnswerService(ports, clock);
  HomeService home = new HomeService(ports, scheduler, clock);

  void say(UserRef who, String text) {
    CommandReply reply =
        new CommandService(ports, scheduler, occurrences, clock)
            .handle(
                new CommandRequest(
                    who, who.userId(), Optional.of(CHANNEL), text, false, Optional.empty()));
    assertThat(reply.outcome()).as(reply.text()).isEqualTo(CommandReply.Outcome.OK);
  }

  @Test
  void streakCountsConsecutiveAnsweredOccurrencesAndRecentAnswersAreNewestFirst() {
    say(MOD, "community create \"Math Circle\"");
    say(MOD, "schedule add weekly fri 07:00 UTC \"What worked?\"");
    say(ANA, "community join");
    Ritual ritual = ports.rituals().findAllActive().get(0);
    // Four weekly occurrences; Ana answers weeks 2, 3 and 4 but not week 1.
    for (int week = 0; week < 4; week++) {
      Instant fire = Instant.parse("2026-09-04T07:00:00Z").plus(Duration.ofDays(7L * week));
      clock.set(fire);
      var occurrence = occurrences.fire(ritual.id(), fire).orElseThrow();
      sender.drain();
      if (week > 0) {
        MessageRef prompt = slack.sent().get(slack.sent().size() - 1).ref();
        clock.advance(Duration.ofHours(1));
        answers.onMessage(
            new IncomingMessage(
                ANA,
                "Ana",
                "answer " + week,
                new MessageRef(CHANNEL, "w" + week),
                Optional.of(prompt),
                "C1:w" + week,
                clock.instant()));
      }
      clock.set(occurrence.closesAt());
      occurrences.close(occurrence.id());
    }
    HomeView view = home.homeFor(ANA, Optional.empty());
    assertThat(view.communities())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.name()).isEqualTo("Math Circle");
              assertThat(c.moderator()).isFalse();
              assertThat(c.streak()).isEqualTo(3);
              assertThat(c.recentAnswers()).hasSize(3);
              assertThat(c.recentAnswers().get(0).answeredAt())
                  .isAfter(c.recentAnswers().get(2).answeredAt());
              assertThat(c.rituals())
                  .singleElement()
                  .satisfies(r -> assertThat(r.summary()).startsWith("Weekly prompt"));
              var metrics = c.participation().orElseThrow();
              assertThat(
                      java.time.temporal.ChronoUnit.DAYS.between(
                              metrics.range().from(), metrics.range().to())
                          + 1)
                  .as("the App Home's participation covers the last 30 days")
                  .isEqualTo(30);
              assertThat(metrics.totalAnswers()).isEqualTo(3);
              assertThat(metrics.members())
                  .filteredOn(m -> m.user().equals(ANA))
                  .singleElement()
                  .satisfies(m -> assertThat(m.currentStreak()).isEqualTo(3));
            });
    assertThat(
            home.homeFor(UserRef.of(Platform.SLACK, "T2", "UANA"), Optional.empty()).communities())
        .as("another workspace's user with the same id sees nothing")
        .isEmpty();
  }

  @Test
  void onlyModeratorsPauseFromHome() {
    say(MOD, "community create \"Math Circle\"");
    say(MOD, "schedule add weekly fri 07:00 UTC \"What worked?\"");
    say(ANA, "community join");
    Ritual ritual = ports.rituals().findAllActive().get(0);
    assertThat(home.setPaused(ANA, ritual.id(), true).outcome())
        .isEqualTo(CommandReply.Outcome.DENIED);
    assertThat(home.setPaused(MOD, ritual.id(), true).outcome()).isEqualTo(CommandReply.Outcome.OK);
    assertThat(ports.rituals().findById(ritual.id()).get().state()).isEqualTo(RitualState.PAUSED);
    assertThat(scheduler.scheduled().get(ritual.id()).state()).isEqualTo(RitualState.PAUSED);
  }
}

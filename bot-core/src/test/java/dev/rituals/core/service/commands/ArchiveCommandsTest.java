package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** archive and archive export through the command service. */
class ArchiveCommandsTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef VISITOR = UserRef.of(Platform.SLACK, "T1", "U_VIS");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  CommandService commands = new CommandService(ports, scheduler, occurrences, clock);

  CommandReply say(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(
            who, who.userId(), Optional.of(CHANNEL), text, false, Optional.of(ZoneId.of("UTC"))));
  }

  @Test
  void anyoneInTheChannelListsPastRoundsAndExportsOneByNumberOrId() {
    assertThat(say(MODERATOR, "community create \"Maths\"").outcome()).isEqualTo(Outcome.OK);
    assertThat(say(VISITOR, "archive").text()).contains("no past rounds yet");
    say(MODERATOR, "ask now \"What made you smile?\"");
    Occurrence first =
        ports
            .occurrences()
            .findOpen(ports.communities().findByChannel(CHANNEL).get().id(), clock.instant())
            .get(0);
    new AnswerService(ports, clock)
        .onMessage(
            new IncomingMessage(
                MODERATOR,
                "Mo",
                "A1 A student's joke",
                new MessageRef(CHANNEL, "1.1"),
                Optional.empty(),
                "C1:1.1",
                clock.instant()));
    clock.advance(Duration.ofDays(1));
    say(MODERATOR, "ask now \"What will you try tomorrow?\"");

    CommandReply list = say(VISITOR, "archive");
    assertThat(list.text())
        .contains("1. Tue 24 Nov 2026 — Question asked now — “What will you try tomorrow?”")
        .contains(
            "2. Mon 23 Nov 2026 — Question asked now — “What made you smile?” — 1 person,"
                + " 1 answer _(open)_ · id `"
                + first.id().toString().substring(0, 8)
                + "`")
        .contains("archive export 1");

    assertThat(say(VISITOR, "archive export 2").text())
        .contains("## Q1. What made you smile?")
        .contains("A student's joke");
    assertThat(say(VISITOR, "archive export " + first.id().toString().substring(0, 6)).text())
        .contains("What made you smile?");
    assertThat(say(VISITOR, "archive export 3").outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(say(VISITOR, "archive export zz").outcome()).isEqualTo(Outcome.USAGE_ERROR);
  }

  @Test
  void exportLinksToTheHtmlTranscriptWhenTheAppGivesLinks() {
    commands =
        new CommandService(
            ports,
            scheduler,
            occurrences,
            clock,
            (community, occurrence) ->
                Optional.of("https://rituals.example/transcripts/" + occurrence));
    say(MODERATOR, "community create \"Maths\"");
    say(MODERATOR, "ask now \"What made you smile?\"");
    Occurrence asked =
        ports
            .occurrences()
            .findOpen(ports.communities().findByChannel(CHANNEL).get().id(), clock.instant())
            .get(0);

    assertThat(say(VISITOR, "archive export 1").text())
        .contains("## Q1. What made you smile?")
        .endsWith(
            "The whole transcript as a web page: https://rituals.example/transcripts/"
                + asked.id());
  }
}

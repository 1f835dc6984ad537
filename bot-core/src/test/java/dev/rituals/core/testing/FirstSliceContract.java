package dev.rituals.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.MembershipService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.core.usecase.ParticipationReport;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Core's first slice: fire → outbox for every channel → delivered → refs stored → answers → report.
 * Run on the in-memory fakes in bot-core and on the jOOQ repositories in db (H2 and PostgreSQL), so
 * the services' expectations of the ports hold on every store.
 */
public abstract class FirstSliceContract {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final Instant FRIDAY_7AM = Instant.parse("2026-11-27T12:00:00Z");
  static final ChannelRef SLACK_CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final ChannelRef TEAMS_CHANNEL = ChannelRef.of(Platform.TEAMS, "tenant-1", "19:abc");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final UserRef BEN = UserRef.of(Platform.TEAMS, "tenant-1", "29:ben");

  protected Ports ports;
  MutableClock clock;
  RecordingChatGateway slack;
  RecordingChatGateway teams;
  RecordingScheduler scheduler;
  OccurrenceService occurrences;
  OutboxSender sender;
  AnswerService answers;
  ReportService reports;
  Community community;
  Ritual ritual;

  /** Empty repositories for one test. */
  protected abstract Ports emptyPorts();

  @BeforeEach
  void setUp() {
    ports = emptyPorts();
    clock = new MutableClock(FRIDAY_7AM);
    slack = new RecordingChatGateway(Platform.SLACK);
    teams = new RecordingChatGateway(Platform.TEAMS);
    scheduler = new RecordingScheduler();
    occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
    sender = new OutboxSender(ports, List.of(slack, teams), clock);
    answers = new AnswerService(ports, clock);
    reports = new ReportService(ports);
    community =
        new Community(
            CommunityId.random(),
            SLACK_CHANNEL.tenant(),
            "Science Teachers",
            "inquiry in grades 6-8",
            NY,
            Set.of(SLACK_CHANNEL, TEAMS_CHANNEL),
            clock.instant());
    ports.communities().save(community);
    ritual =
        new Ritual(
            RitualId.random(),
            community.id(),
            1,
            RitualKind.PROMPT,
            Schedule.weekly(DayOfWeek.FRIDAY, LocalTime.of(7, 0), NY, Duration.ofDays(3)),
            Optional.of("What did you try this week?"),
            Optional.empty(),
            RitualState.ACTIVE,
            clock.instant());
    ports.rituals().save(ritual);
  }

  @Test
  void firingPostsThePromptToEveryChannelOnBothPlatformsAndStoresWhereItWent() {
    Occurrence occurrence = occurrences.fire(ritual.id(), FRIDAY_7AM).orElseThrow();

    assertThat(sender.drain()).isEqualTo(2);
    assertThat(slack.sent())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.destination()).isEqualTo(new Destination.Channel(SLACK_CHANNEL));
              assertThat(s.body().kind()).isEqualTo(MessageKind.PROMPT);
              assertThat(s.body().field("question")).contains("What did you try this week?");
              assertThat(s.body().field("number")).contains("1");
            });
    assertThat(teams.sent()).hasSize(1);
    var prompt = ports.occurrences().findPrompts(occurrence.id()).get(0);
    assertThat(ports.occurrences().findPromptMessages(prompt.id()))
        .containsExactlyInAnyOrder(slack.sent().get(0).ref(), teams.sent().get(0).ref());
    assertThat(ports.outbox().count(OutboxState.SENT)).isEqualTo(2);
    assertThat(scheduler.steps()).containsKey("close:" + occurrence.id());
  }

  @Test
  void firingTheSameScheduleInstantTwiceCreatesOneOccurrence() {
    assertThat(occurrences.fire(ritual.id(), FRIDAY_7AM)).isPresent();
    assertThat(occurrences.fire(ritual.id(), FRIDAY_7AM)).isEmpty();
    sender.drain();
    assertThat(slack.sent()).hasSize(1);
  }

  @Test
  void pausedRitualsAndSkipDatesDoNotFire() {
    ports.rituals().save(ritual.withState(RitualState.PAUSED));
    assertThat(occurrences.fire(ritual.id(), FRIDAY_7AM)).isEmpty();

    Schedule holiday =
        ritual
            .schedule()
            .withSkip(new DateRange(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 11, 27)));
    ports.rituals().save(ritual.withSchedule(holiday));
    assertThat(occurrences.fire(ritual.id(), FRIDAY_7AM)).isEmpty();
    assertThat(ports.outbox().count(OutboxState.PENDING)).isZero();
  }

  @Test
  void answersFromThreadsNumberedMessagesAndSubmitsCountOnceEachInTheReport() {
    occurrences.fire(ritual.id(), FRIDAY_7AM);
    sender.drain();
    MessageRef slackPrompt = slack.sent().get(0).ref();
    clock.advance(Duration.ofHours(1));

    IncomingMessage threadReply =
        new IncomingMessage(
            ANA,
            "Ana",
            "We ran a density lab with soda cans.",
            new MessageRef(SLACK_CHANNEL, "1712.0002"),
            Optional.of(slackPrompt),
            "C1:1712.0002",
            clock.instant());
    assertThat(answers.onMessage(threadReply)).isEqualTo(AnswerOutcome.RECORDED);
    assertThat(answers.onMessage(threadReply)).isEqualTo(AnswerOutcome.DUPLICATE);

    IncomingMessage numbered =
        new IncomingMessage(
            ANA,
            "Ana",
            "A1: and a second thought",
            new MessageRef(SLACK_CHANNEL, "1712.0003"),
            Optional.empty(),
            "C1:1712.0003",
            clock.instant());
    assertThat(answers.onMessage(numbered)).isEqualTo(AnswerOutcome.RECORDED);

    var prompt =
        ports.occurrences().findOpenPromptsInChannel(TEAMS_CHANNEL, clock.instant()).get(0);
    assertThat(
            answers.onSubmit(
                prompt.id(),
                BEN,
                "Ben",
                "Exit tickets!",
                AnswerSource.CARD,
                "act-9",
                clock.instant()))
        .isEqualTo(AnswerOutcome.RECORDED);

    IncomingMessage chatter =
        new IncomingMessage(
            ANA,
            "Ana",
            "anyone up for coffee?",
            new MessageRef(SLACK_CHANNEL, "1712.0004"),
            Optional.empty(),
            "C1:1712.0004",
            clock.instant());
    assertThat(answers.onMessage(chatter)).isEqualTo(AnswerOutcome.IGNORED);

    ParticipationReport report =
        reports.report(
            community.id(), new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
    assertThat(report.members())
        .extracting(l -> l.displayName() + "=" + l.answers())
        .containsExactly("Ana=2", "Ben=1");
    assertThat(report.occurrences())
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.respondents()).isEqualTo(2);
              assertThat(o.members()).isEqualTo(2);
            });
  }

  @Test
  void editsUpdateAndDeletionsRetractAnswers() {
    occurrences.fire(ritual.id(), FRIDAY_7AM);
    sender.drain();
    IncomingMessage reply =
        new IncomingMessage(
            ANA,
            "Ana",
            "A1 first draft",
            new MessageRef(SLACK_CHANNEL, "1712.0005"),
            Optional.empty(),
            "C1:1712.0005",
            clock.instant());
    answers.onMessage(reply);

    assertThat(answers.onEdit(ANA.tenant(), "C1:1712.0005", "A1 final version", clock.instant()))
        .isEqualTo(AnswerOutcome.UPDATED);
    assertThat(ports.answers().findBySourceKey(ANA.tenant(), "C1:1712.0005").orElseThrow().text())
        .isEqualTo("final version");
    assertThat(answers.onDelete(ANA.tenant(), "C1:1712.0005")).isEqualTo(AnswerOutcome.RETRACTED);
    var range = new DateRange(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));
    assertThat(reports.report(community.id(), range).members()).isEmpty();
  }

  @Test
  void answersAfterCloseAreRecordedLateAndRecapThanksPeopleByName() {
    Occurrence occurrence = occurrences.fire(ritual.id(), FRIDAY_7AM).orElseThrow();
    sender.drain();
    MessageRef prompt = slack.sent().get(0).ref();
    answers.onMessage(
        new IncomingMessage(
            ANA,
            "Ana",
            "on time",
            new MessageRef(SLACK_CHANNEL, "1.1"),
            Optional.of(prompt),
            "C1:1.1",
            clock.instant()));
    clock.advance(Duration.ofDays(3));
    assertThat(occurrences.close(occurrence.id())).isTrue();
    assertThat(occurrences.close(occurrence.id())).isFalse();
    sender.drain();
    assertThat(slack.sent().get(1).body().kind()).isEqualTo(MessageKind.RECAP);
    assertThat(slack.sent().get(1).body().text()).contains("1 person").contains("Ana");

    assertThat(
            answers.onMessage(
                new IncomingMessage(
                    BEN,
                    "Ben",
                    "late thought",
                    new MessageRef(TEAMS_CHANNEL, "2"),
                    Optional.of(teams.sent().get(0).ref()),
                    "act-2",
                    clock.instant())))
        .isEqualTo(AnswerOutcome.RECORDED_LATE);
  }

  @Test
  void permanentFailuresStopRetriesAndRateLimitsWait() {
    occurrences.fire(ritual.id(), FRIDAY_7AM);
    slack.answerWith(d -> new DeliveryResult.RetryLater(Duration.ofSeconds(30), "ratelimited"));
    teams.answerWith(d -> new DeliveryResult.Failed("404 conversation not found"));

    assertThat(sender.deliverDue(10)).isEqualTo(2);
    assertThat(sender.deliverDue(10)).isZero();
    assertThat(ports.outbox().count(OutboxState.FAILED)).isEqualTo(1);
    assertThat(ports.outbox().count(OutboxState.PENDING)).isEqualTo(1);

    slack.answerWith(null);
    clock.advance(Duration.ofSeconds(31));
    assertThat(sender.deliverDue(10)).isEqualTo(1);
    assertThat(ports.outbox().count(OutboxState.SENT)).isEqualTo(1);
  }

  @Test
  void messagesToADisabledInstallationAreNotSent() {
    var membership = new MembershipService(ports, clock, OutboxSignal.NONE);
    membership.installed(
        new dev.rituals.core.model.Installation(
            SLACK_CHANNEL.tenant(), "School", "B1", clock.instant(), true));
    membership.uninstalled(SLACK_CHANNEL.tenant());
    occurrences.fire(ritual.id(), FRIDAY_7AM);
    sender.drain();
    assertThat(slack.sent()).isEmpty();
    assertThat(teams.sent()).hasSize(1);
    assertThat(membership.isActive(SLACK_CHANNEL.tenant())).isFalse();
  }
}

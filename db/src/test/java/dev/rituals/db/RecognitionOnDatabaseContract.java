package dev.rituals.db;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.recognition.BadgeKind;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionService;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.testing.InMemoryDocuments;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Recognition run by the real services and commands on the jOOQ repositories: awards join the
 * answer's transaction, a redelivered answer awards nothing twice, and the commands read and write
 * the recognition tables.
 */
abstract class RecognitionOnDatabaseContract extends DatabaseContract {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MOD = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");

  MutableClock clock = new MutableClock(Instant.parse("2026-11-02T15:00:00Z"));
  Ports ports;
  RecognitionPorts recognition;
  AnswerService answers;
  CommandService commands;
  InMemoryDocuments documents = new InMemoryDocuments();
  RecognitionService listener;
  OccurrenceService occurrences;

  @BeforeEach
  void wire() {
    ports = repositories.ports();
    recognition = repositories.recognition();
    RecordingScheduler scheduler = new RecordingScheduler();
    listener = new RecognitionService(ports, recognition, clock, scheduler);
    occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE, listener);
    answers = new AnswerService(ports, clock, listener);
    var issuer =
        new dev.rituals.core.recognition.CredentialIssuer(
            java.net.URI.create("https://rituals.example/"),
            new dev.rituals.db.repository.JooqIssuerKeys(
                database.dsl(), dev.rituals.core.secret.SecretBox.ephemeral(), clock));
    commands =
        new CommandService(
            ports,
            scheduler,
            occurrences,
            clock,
            CommandService.Extras.NONE
                .withRecognition(recognition, documents)
                .withCredentials(issuer));
    say(MOD, "community create \"Science Teachers\"");
    say(ANA, "community join");
    say(MOD, "ask now \"What did you try?\"");
    clock.advance(Duration.ofMinutes(5));
  }

  String say(UserRef who, String text) {
    return commands
        .handle(
            new CommandRequest(
                who, who.userId(), Optional.of(CHANNEL), text, false, Optional.empty()))
        .text();
  }

  AnswerOutcome answer(String ts) {
    return answers.onMessage(
        new IncomingMessage(
            ANA,
            "Ana",
            "A1 exit tickets",
            new MessageRef(CHANNEL, ts),
            Optional.empty(),
            "C1:" + ts,
            clock.instant()));
  }

  CommunityId community() {
    return ports.communities().findByChannel(CHANNEL).orElseThrow().id();
  }

  @Test
  void anAnswerEarnsItsBadgeOnceEvenWhenTheEventIsRedelivered() {
    long before = ports.outbox().count(OutboxState.PENDING);
    assertThat(answer("1700000000.1")).isEqualTo(AnswerOutcome.RECORDED);
    answer("1700000000.1");

    assertThat(recognition.badges().findByMember(community(), ANA))
        .extracting(b -> b.kind())
        .containsExactly(BadgeKind.FIRST_ANSWER);
    assertThat(ports.outbox().count(OutboxState.PENDING)).isEqualTo(before + 1);
    assertThat(say(ANA, "my badges")).contains("*First answer*");
  }

  @Test
  void theDailyRunInvitesOnlyTheMemberWhoNeverAnsweredAndOnlyOnceAMonth() {
    UserRef quiet = UserRef.of(Platform.SLACK, "T1", "U_QUIET");
    say(quiet, "community join");
    answer("1700000000.3");
    clock.advance(Duration.ofDays(8));

    listener.daily(ports.communities().findById(community()).orElseThrow());
    clock.advance(Duration.ofDays(1));
    listener.daily(ports.communities().findById(community()).orElseThrow());

    assertThat(recognition.settings().preferences(community(), quiet).lastInvitedAt()).isPresent();
    assertThat(recognition.settings().preferences(community(), ANA).lastInvitedAt()).isEmpty();
    assertThat(recognition.settings().preferences(community(), MOD).lastInvitedAt()).isEmpty();
    assertThat(
            database
                .dsl()
                .fetchCount(
                    dev.rituals.db.jooq.Tables.OUTBOX,
                    dev.rituals.db.jooq.Tables.OUTBOX.IDEMPOTENCY_KEY.startsWith("invite:")))
        .isEqualTo(1);
  }

  @Test
  void commandsReadAndWriteTheRecognitionTables() {
    answer("1700000000.2");
    say(ANA, "badges announce off");
    say(MOD, "pd rule live-chat 60m prompt 10m mentoring 30m");
    say(MOD, "community retention 365");
    say(MOD, "community forget delete");

    assertThat(recognition.settings().preferences(community(), ANA).announceBadges()).isFalse();
    var settings = recognition.settings().settings(community());
    assertThat(settings.pdRule().perPrompt()).isEqualTo(Duration.ofMinutes(10));
    assertThat(settings.retention().days()).contains(365);
    assertThat(say(ANA, "pd statement 2026-11-01 2026-11-30")).contains("*10 min* of PD time");
    assertThat(documents.published())
        .extracting(InMemoryDocuments.Published::contentType)
        .containsExactly("application/pdf", "application/vc+jwt");
    assertThat(database.dsl().fetchCount(dev.rituals.db.jooq.Tables.ISSUER_KEY)).isEqualTo(1);

    assertThat(say(ANA, "forget me confirm")).contains("1 answers deleted");
    assertThat(ports.members().findByUser(ANA)).isEmpty();
    assertThat(recognition.activity().answersBy(community(), ANA)).isEmpty();
    assertThat(recognition.badges().findByMember(community(), ANA)).isEmpty();
  }

  @Test
  void aRotatingHostsChosenQuestionOpeningTheRoundIsStoredAsHostedAndEarnsTheBadge() {
    Instant monday = Instant.parse("2026-11-02T15:00:00Z");
    var ritual =
        new dev.rituals.core.model.Ritual(
            dev.rituals.core.model.RitualId.random(),
            community(),
            1,
            dev.rituals.core.model.RitualKind.PROMPT,
            dev.rituals.core.model.Schedule.weekly(
                java.time.DayOfWeek.MONDAY,
                java.time.LocalTime.of(10, 0),
                java.time.ZoneId.of("America/New_York"),
                Duration.ofDays(3)),
            Optional.of("Bank question?"),
            Optional.empty(),
            dev.rituals.core.model.RitualState.ACTIVE,
            monday.minus(Duration.ofDays(30)));
    ports.rituals().save(ritual);
    ports
        .hostings()
        .insertIfAbsent(
            dev.rituals.core.model.Hosting.invited(
                    ritual, monday, ANA, monday.minus(Duration.ofDays(3)))
                .chosen("What surprised you?"));

    int announcedBefore = badgeAnnouncements();

    var opened = occurrences.fire(ritual.id(), monday).orElseThrow();

    assertThat(recognition.activity().hostingsBy(community(), ANA))
        .extracting(h -> h.occurrenceId())
        .containsExactly(opened.id());
    assertThat(recognition.badges().findByMember(community(), ANA))
        .extracting(b -> b.kind())
        .containsExactly(BadgeKind.HOSTED_A_CHAT);
    assertThat(badgeAnnouncements()).isEqualTo(announcedBefore + 1);
  }

  private int badgeAnnouncements() {
    return database
        .dsl()
        .fetchCount(
            dev.rituals.db.jooq.Tables.OUTBOX,
            dev.rituals.db.jooq.Tables.OUTBOX.IDEMPOTENCY_KEY.startsWith("badge:"));
  }
}

package dev.rituals.teams;

import static dev.rituals.teams.Activities.GENERAL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.MembershipService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.service.commands.ScheduleFormService;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three ritual kinds in a Teams channel through the real Bot Framework adapter, with core's
 * real services on in-memory ports: the recording scheduler plays Quartz (each due step runs when
 * the test moves the clock) and the outbox posts proactively through the Teams gateway.
 */
class TeamsRitualKindsEndToEndTest {
  static final String CHANNEL_POSTS = "/v3/conversations/" + GENERAL + "/activities";

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  final Ports ports = InMemoryPorts.create();
  final RecordingScheduler scheduler = new RecordingScheduler();
  final OccurrenceService occurrences =
      new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  TeamsTestApp app;
  OutboxSender outbox;

  @BeforeEach
  void start() throws Exception {
    TeamsUseCases core =
        new TeamsUseCases(
            new CommandService(ports, scheduler, occurrences, clock),
            new ScheduleFormService(ports, scheduler, clock),
            new AnswerService(ports, clock),
            new MembershipService(ports, clock, OutboxSignal.NONE),
            new ReportService(ports),
            Optional.empty(),
            Optional.of(ports.inboundEvents()));
    app = new TeamsTestApp(TeamsSettings.local(), clock, core);
    outbox = new OutboxSender(ports, List.of(app.gateway()), clock);
    app.post(app.activities.teamInstall());
    app.post(app.activities.mention("community create \"Science Teachers\" tz UTC"));
    app.post(app.activities.mention("questions add \"Which routine saves you the most time?\""));
    app.post(app.activities.mention("questions add \"What did a student teach you?\""));
    app.post(app.activities.mention("questions add \"What will you try next week?\""));
    app.connector.clear();
  }

  @AfterEach
  void stop() throws Exception {
    app.close();
  }

  @Test
  void aPromptCardIsAnsweredInItsReplyChainAndTheRecapClosesIt() throws Exception {
    app.post(app.activities.mention("schedule add weekly fri 07:00 UTC bank window 1d"));
    Occurrence occurrence = fire(Instant.parse("2026-03-06T07:00:00Z"));
    assertThat(channelPosts()).hasSize(1);
    assertThat(channelPosts().get(0)).contains("Q1", "Which routine saves you the most time?");

    answerInChain(occurrence, 1, "Color-coded folders", "2026-03-06T09:00:00Z");
    moveTo(occurrence.closesAt());

    assertThat(ports.answers().findByOccurrence(occurrence.id())).hasSize(1);
    assertThat(last(channelPosts())).contains("has closed: 1 person shared 1 answer", "Bob Brown");

    // The transcript is kept: listed in the archive and exported grouped by question.
    assertThat(command("archive")).contains("Which routine saves you the most time?");
    assertThat(command("archive export 1"))
        .contains("Which routine saves you the most time?")
        .contains("Color-coded folders");
  }

  @Test
  void aLiveChatPostsAQuestionEveryEightMinutesTakesA2AndReplyChainAnswersAndRecaps()
      throws Exception {
    app.post(
        app.activities.mention(
            "schedule add live-chat thu 19:00 UTC bank questions 3 every 8m window 30m"));
    Instant seven = Instant.parse("2026-03-05T19:00:00Z");
    Occurrence occurrence = fire(seven);
    assertThat(channelPosts()).hasSize(2);
    assertThat(channelPosts().get(0)).contains("live chat");

    moveTo(seven.plusSeconds(8 * 60 - 1));
    assertThat(channelPosts()).hasSize(2);
    moveTo(seven.plusSeconds(8 * 60));
    assertThat(last(channelPosts())).contains("Q2");
    clock.set(seven.plusSeconds(10 * 60));
    app.post(
        Activities.from(
            app.activities.channelMessage("A2 a student explained it to me", null),
            "29:bob",
            "Bob Brown"));
    answerInChain(occurrence, 1, "Mini whiteboards", "2026-03-05T19:11:00Z");
    moveTo(seven.plusSeconds(16 * 60));
    assertThat(last(channelPosts())).contains("Q3");
    moveTo(occurrence.closesAt());

    assertThat(ports.answers().findByOccurrence(occurrence.id()))
        .extracting(a -> "Q" + number(a.promptId()) + " " + a.text())
        .containsExactlyInAnyOrder("Q2 a student explained it to me", "Q1 Mini whiteboards");
    assertThat(channelPosts()).hasSize(5);
    assertThat(last(channelPosts())).contains("has closed: 1 person shared 2 answers");
  }

  @Test
  void aSlowChatPostsOneQuestionADayThenRecaps() throws Exception {
    app.post(app.activities.mention("schedule add slow-chat mon 08:00 UTC bank days 3"));
    Instant monday = Instant.parse("2026-03-09T08:00:00Z");
    Occurrence occurrence = fire(monday);
    assertThat(channelPosts()).hasSize(2);
    assertThat(channelPosts().get(0)).contains("slow chat");

    moveTo(monday.plus(Duration.ofDays(1)).minusSeconds(1));
    assertThat(channelPosts()).hasSize(2);
    moveTo(monday.plus(Duration.ofDays(1)));
    assertThat(last(channelPosts())).contains("Q2");
    answerInChain(occurrence, 2, "Peer feedback", "2026-03-10T12:00:00Z");
    moveTo(monday.plus(Duration.ofDays(2)));
    assertThat(last(channelPosts())).contains("Q3");
    moveTo(occurrence.closesAt());

    assertThat(ports.answers().findByOccurrence(occurrence.id()))
        .extracting(a -> number(a.promptId()))
        .containsExactly(2);
    assertThat(last(channelPosts())).contains("has closed: 1 person shared 1 answer");
  }

  @Test
  void theRotatingHostIsInvitedInAPersonalChatAndTheirQuestionOpensTheRound() throws Exception {
    app.post(app.activities.mention("schedule add weekly fri 07:00 UTC bank"));
    app.post(app.activities.mention("schedule host 1 on lead 3d deadline 1d"));
    assertThat(app.connector.messages().get(app.connector.messages().size() - 1).body().toString())
        .contains("rotating host", "Fri 6 Mar, 07:00 UTC");
    app.connector.clear();

    moveTo(Instant.parse("2026-03-03T07:00:00Z"));
    List<String> invitations =
        app.connector.messages().stream()
            .map(c -> c.body() == null ? "" : c.body().toString())
            .filter(b -> b.contains("your turn to host"))
            .toList();
    assertThat(invitations).hasSize(1);
    assertThat(invitations.get(0)).contains("Alice Adams", "@Rituals host question");

    app.post(app.activities.personalMessage("host question \"What made a lesson click?\""));
    assertThat(last(app.connector.messages().stream().map(c -> c.body().toString()).toList()))
        .contains("Thank you", "What made a lesson click?");

    Occurrence occurrence = fire(Instant.parse("2026-03-06T07:00:00Z"));
    assertThat(last(channelPosts())).contains("Q1", "What made a lesson click?");
    assertThat(ports.hostings().find(occurrence.ritualId(), occurrence.scheduledFor()))
        .hasValueSatisfying(h -> assertThat(h.hosted()).isTrue());
  }

  @Test
  void aTemplateAnImportAndASchoolHolidayWorkThroughAMention() throws Exception {
    assertThat(command("questions template friyay")).contains("tagged #friyay");
    assertThat(
            command(
                "questions import tags planning\nWhat do you plan first?\nWhich plan did you drop?"))
        .contains("Imported 2 questions");
    assertThat(
            ports
                .questions()
                .findByCommunity(
                    ports
                        .communities()
                        .findByChannel(Activities.GENERAL_CHANNEL)
                        .orElseThrow()
                        .id()))
        .extracting(q -> q.text())
        .contains("What do you plan first?", "Which plan did you drop?");

    command("schedule add weekly fri 07:00 UTC bank");
    assertThat(command("schedule skip 2026-03-13")).contains("Skipping 2026-03-13");
    assertThat(command("schedule next 1"))
        .contains("Fri 6 Mar 2026, 07:00")
        .doesNotContain("Fri 13 Mar")
        .contains("Fri 20 Mar 2026, 07:00")
        .contains("Skipping: 2026-03-13");

    app.connector.clear();
    clock.set(Instant.parse("2026-03-13T07:00:00Z"));
    var ritual = ports.rituals().findAllActive().get(0);
    assertThat(occurrences.fire(ritual.id(), Instant.parse("2026-03-13T07:00:00Z"))).isEmpty();
    outbox.drain();
    assertThat(channelPosts()).as("nothing posted on the school holiday").isEmpty();
  }

  /** Mentions the bot with {@code text} and returns everything it sent back. */
  String command(String text) throws Exception {
    app.connector.clear();
    app.post(app.activities.mention(text));
    return app.connector.messages().stream().map(c -> c.body().toString()).toList().toString();
  }

  Occurrence fire(Instant at) {
    clock.set(at);
    Occurrence occurrence =
        occurrences.fire(ports.rituals().findAllActive().get(0).id(), at).orElseThrow();
    outbox.drain();
    return occurrence;
  }

  /** Moves the clock, runs the steps due by then as Quartz would, and delivers the outbox. */
  void moveTo(Instant instant) {
    clock.set(instant);
    scheduler.runDue(instant, occurrences::runStep);
    outbox.drain();
  }

  /** Bob replies in the reply chain of question {@code number}. */
  void answerInChain(Occurrence occurrence, int number, String text, String at) throws Exception {
    clock.set(Instant.parse(at));
    var prompt = ports.occurrences().findPrompts(occurrence.id()).get(number - 1);
    String root = ports.occurrences().findPromptMessages(prompt.id()).get(0).messageId();
    app.post(Activities.from(app.activities.channelMessage(text, root), "29:bob", "Bob Brown"));
  }

  int number(PromptId id) {
    return ports.occurrences().findPrompt(id).orElseThrow().number();
  }

  /** What the bot posted as new messages in the channel (not replies to commands). */
  List<String> channelPosts() {
    return app.connector.messages().stream()
        .filter(c -> c.method().equals("POST") && c.path().equals(CHANNEL_POSTS))
        .map(c -> c.body().toString())
        .toList();
  }

  static String last(List<String> posts) {
    assertThat(posts).isNotEmpty();
    return posts.get(posts.size() - 1);
  }
}

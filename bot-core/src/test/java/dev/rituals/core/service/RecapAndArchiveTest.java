package dev.rituals.core.service;

import static dev.rituals.core.service.Engine.SLACK_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualPlan;
import dev.rituals.core.model.Schedule;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.testing.RecordingChatGateway.Sent;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.core.usecase.Transcript;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The recap at close (people, first-time voices, most-replied highlights, links) and the archive's
 * transcripts grouped by question.
 */
class RecapAndArchiveTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final Instant THURSDAY_7PM = Instant.parse("2026-11-19T00:00:00Z");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final UserRef BEN = UserRef.of(Platform.SLACK, "T1", "U_BEN");
  static final UserRef CLEO = UserRef.of(Platform.SLACK, "T1", "U_CLEO");

  Engine engine = new Engine(THURSDAY_7PM.minus(Duration.ofDays(7)), NY);
  ArchiveService archive = new ArchiveService(engine.ports);
  Ritual chat;
  String bensReplyKey;

  @BeforeEach
  void liveChatWithAHistory() {
    engine.member(ANA, "Ana");
    engine.member(BEN, "Ben");
    engine.member(CLEO, "Cleo");
    engine.bank("Warm-ups?", "Exit tickets?", "Hooks?", "Labs?", "Homework?", "Grading?");
    chat =
        engine.ritual(
            1,
            RitualKind.LIVE_CHAT,
            Schedule.weekly(DayOfWeek.WEDNESDAY, LocalTime.of(19, 0), NY, Duration.ofMinutes(30)),
            RitualPlan.liveChat(2, Duration.ofMinutes(10)));
    Occurrence lastWeek = engine.occurrences.fire(chat.id(), engine.clock.instant()).orElseThrow();
    engine.sender.drain();
    engine.channelMessage(ANA, "Ana", SLACK_CHANNEL, "A1 a quick quiz");
    engine.advanceTo(lastWeek.closesAt());
  }

  Occurrence thisWeeksChat() {
    engine.advanceTo(THURSDAY_7PM);
    Occurrence occurrence = engine.occurrences.fire(chat.id(), THURSDAY_7PM).orElseThrow();
    engine.sender.drain();
    MessageRef anaA1 = post(ANA, "A1 Think-pair-share, see https://example.org/tps.", null);
    post(BEN, "A1 Short", null);
    post(CLEO, "Love this!", anaA1);
    bensReplyKey = "C1:" + post(BEN, "Same here", anaA1).messageId();
    post(ANA, "thanks!", anaA1); // her own thread: not counted
    engine.advance(Duration.ofMinutes(10));
    post(CLEO, "A2 a longer answer about exit tickets <https://ex.com/tickets|tickets>", null);
    engine.advanceTo(occurrence.closesAt());
    return occurrence;
  }

  private MessageRef post(UserRef user, String text, MessageRef parent) {
    engine.clock.set(engine.clock.instant().plusSeconds(1)); // answers in a known order
    String ts = engine.clock.instant().getEpochSecond() + "." + user.userId() + text.length();
    MessageRef at = new MessageRef(SLACK_CHANNEL, ts);
    engine.answers.onMessage(
        new IncomingMessage(
            user,
            user.userId(),
            text,
            at,
            Optional.ofNullable(parent),
            "C1:" + ts,
            engine.clock.instant()));
    return at;
  }

  @Test
  void theRecapWelcomesFirstTimeVoicesAndShowsMostRepliedHighlightsAndLinks() {
    thisWeeksChat();

    Sent recap =
        engine.sentTo(SLACK_CHANNEL).stream()
            .filter(s -> s.body().kind() == MessageKind.RECAP)
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(recap.body().text())
        .contains("3 people shared 3 answers. Thank you, Ana, Ben, Cleo!")
        .contains("first-time voices: Ben and Cleo")
        .contains(
            "*Highlights*\n• Ana: “Think-pair-share, see https://example.org/tps.” (2 replies)")
        .contains("• Cleo: “a longer answer about exit tickets")
        .doesNotContain("Short")
        .contains("*Resources shared*\n• https://example.org/tps\n• https://ex.com/tickets")
        .contains("`/rituals archive`");
    assertThat(recap.body().field("firstTimeVoices")).contains("Ben, Cleo");
    assertThat(recap.body().field("participants")).contains("3");
  }

  @Test
  void repliesCountOncePerMessageAndADeletedReplyIsForgotten() {
    Occurrence occurrence = thisWeeksChat();
    var ana =
        engine.ports.answers().findByOccurrence(occurrence.id()).stream()
            .filter(a -> a.author().equals(ANA))
            .findFirst()
            .orElseThrow();
    assertThat(engine.ports.answers().replyCounts(occurrence.id())).containsEntry(ana.id(), 2);

    assertThat(engine.answers.onDelete(BEN.tenant(), bensReplyKey))
        .isEqualTo(AnswerOutcome.IGNORED);
    assertThat(engine.ports.answers().replyCounts(occurrence.id())).containsEntry(ana.id(), 1);
  }

  @Test
  void archiveExportGroupsAnswersByQuestionInMarkdownAndEscapedHtml() {
    Occurrence occurrence = thisWeeksChat();
    CommunityId community = engine.community.id();

    Transcript transcript = archive.transcript(community, occurrence.id()).orElseThrow();
    assertThat(transcript.questions())
        .extracting(q -> q.number() + ":" + q.answers().size())
        .containsExactly("1:2", "2:1");
    String markdown = archive.markdown(community, occurrence.id()).orElseThrow();
    assertThat(markdown)
        .startsWith("# Science Teachers — Live chat #1\n_Wed 18 Nov 2026, 19:00 to")
        .contains("3 people, 3 answers.")
        .contains("## Q1. Hooks?\n- **Ana** (Wed 19:00, 2 replies): Think-pair-share")
        .contains("- **Ben** (Wed 19:00): Short")
        .contains("## Q2. Labs?\n- **Cleo** (Wed 19:10): a longer answer");
    String html = archive.html(community, occurrence.id()).orElseThrow();
    assertThat(html)
        .startsWith("<!DOCTYPE html>")
        .contains("<h2>Q1. Hooks?</h2>")
        .contains("&lt;https://ex.com/tickets|tickets&gt;")
        .doesNotContain("<https://ex.com");
    assertThat(archive.transcript(CommunityId.random(), occurrence.id())).isEmpty();
  }
}

package dev.rituals.core.recognition;

import static dev.rituals.core.recognition.Recognition.ANA;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.PromptId;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualId;
import dev.rituals.core.model.RitualKind;
import dev.rituals.core.model.RitualState;
import dev.rituals.core.model.Schedule;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PdStatementTest {
  static final Instant MONDAY = Instant.parse("2026-09-07T14:00:00Z");
  Recognition r = new Recognition(MONDAY);
  PdLedger ledger = new PdLedger(r.ports, r.recognition, r.clock);
  OccurrenceId liveChat;

  @BeforeEach
  void activity() {
    r.member(ANA, "Ana Lima");
    r.recognition
        .settings()
        .saveSettings(
            r.community.id(),
            RecognitionSettings.DEFAULT.withPdRule(
                new PdRule(
                    Duration.ofMinutes(60), Duration.ofMinutes(10), Duration.ofMinutes(30))));
    // A live chat with two questions; Ana answers both: one attended chat.
    liveChat = openLiveChat();
    r.answer(ANA, "wait time");
    r.clock.advance(Duration.ofMinutes(10));
    r.answers.onMessage(
        new dev.rituals.core.usecase.IncomingMessage(
            ANA,
            "Ana",
            "A2 cold calling with warm-up",
            new dev.rituals.core.model.MessageRef(Recognition.CHANNEL, "live-a2"),
            Optional.empty(),
            "C1:live-a2",
            r.clock.instant()));
    r.ports.occurrences().close(liveChat);
    // Two prompts on later days, and a mentoring meeting.
    r.clock.advance(Duration.ofDays(2));
    r.ask("What will you try next week?");
    r.answer(ANA, "exit tickets");
    r.clock.advance(Duration.ofDays(4));
    r.ask("Which routine saves time?");
    r.answer(ANA, "do-now tasks");
    r.service.meetingHeld(
        new MentoringMeeting(r.community.id(), "round-1/pair-2", ANA, r.clock.instant()));
  }

  private OccurrenceId openLiveChat() {
    Ritual ritual =
        new Ritual(
            RitualId.random(),
            r.community.id(),
            1,
            RitualKind.LIVE_CHAT,
            Schedule.weekly(
                DayOfWeek.MONDAY, LocalTime.of(10, 0), r.community.zone(), Duration.ofHours(1)),
            Optional.empty(),
            Optional.empty(),
            RitualState.ACTIVE,
            MONDAY);
    r.ports.rituals().save(ritual);
    Occurrence occurrence =
        new Occurrence(
            OccurrenceId.random(),
            ritual.id(),
            r.community.id(),
            MONDAY,
            MONDAY,
            MONDAY.plus(Duration.ofHours(1)),
            OccurrenceState.OPEN);
    r.ports.occurrences().insertIfAbsent(occurrence);
    r.ports
        .occurrences()
        .savePrompt(new Prompt(PromptId.random(), occurrence.id(), 1, "Q1?", MONDAY));
    r.ports
        .occurrences()
        .savePrompt(new Prompt(PromptId.random(), occurrence.id(), 2, "Q2?", MONDAY));
    return occurrence.id();
  }

  DateRange september() {
    return new DateRange(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 30));
  }

  @Test
  void theLedgerCountsALiveChatOnceAndEachPromptAndMeetingByTheRule() {
    PdStatement s = ledger.statement(r.community, ANA, september());

    assertThat(s.count(PdEntry.Activity.LIVE_CHAT)).isEqualTo(1);
    assertThat(s.count(PdEntry.Activity.PROMPT)).isEqualTo(2);
    assertThat(s.count(PdEntry.Activity.MENTORING)).isEqualTo(1);
    assertThat(s.total()).isEqualTo(Duration.ofMinutes(60 + 2 * 10 + 30));
    assertThat(PdStatement.hours(s.total())).isEqualTo("1 h 50 min");
    assertThat(s.entries().get(0).evidence()).first().isEqualTo("occurrence " + liveChat.value());
  }

  @Test
  void aRangeLeavesOutWhatHappenedOutsideIt() {
    PdStatement firstWeek =
        ledger.statement(
            r.community, ANA, new DateRange(LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 10)));
    assertThat(firstWeek.total()).isEqualTo(Duration.ofMinutes(70));
  }

  @Test
  void theCertificatePdfStatesWhoWhatAndTheEvidence() throws IOException {
    PdStatement s = ledger.statement(r.community, ANA, september());
    byte[] pdf = new PdCertificatePdf().render(s);

    String text;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(doc);
    }
    assertThat(text)
        .contains("Certificate of professional learning")
        .contains("This certifies that Ana Lima")
        .contains("\"Science Teachers\"")
        .contains("from 2026-09-01 to 2026-09-30")
        .contains("Total professional development time: 1 h 50 min")
        .contains("attended live chat: 1 x 60 min")
        .contains("answered prompt: 2 x 10 min")
        .contains("mentoring meeting: 1 x 30 min")
        .contains("occurrence " + liveChat.value())
        .contains("meeting round-1/pair-2");
  }

  @Test
  void theOpenBadgeCredentialCarriesHoursAndOneEvidenceLinkPerEntry() throws IOException {
    PdStatement s = ledger.statement(r.community, ANA, september());
    JsonNode vc =
        new ObjectMapper()
            .readTree(
                new OpenBadgeCredential()
                    .toJson(
                        s,
                        r.community.id(),
                        ANA,
                        java.net.URI.create("https://rituals.example/ob/issuers/x")));

    assertThat(vc.get("@context").get(0).asText()).isEqualTo(OpenBadgeCredential.VC_CONTEXT);
    assertThat(vc.get("@context").get(1).asText()).contains("purl.imsglobal.org/spec/ob/v3p0");
    assertThat(vc.get("type").toString()).contains("VerifiableCredential", "OpenBadgeCredential");
    assertThat(vc.get("issuer").get("name").asText()).isEqualTo("Science Teachers");
    assertThat(vc.get("issuer").get("id").asText())
        .isEqualTo("https://rituals.example/ob/issuers/x");
    assertThat(vc.get("validFrom").asText()).isEqualTo(r.clock.instant().toString());
    JsonNode subject = vc.get("credentialSubject");
    assertThat(subject.get("type").get(0).asText()).isEqualTo("AchievementSubject");
    assertThat(subject.get("creditsEarned").decimalValue()).isEqualByComparingTo("1.83");
    assertThat(subject.get("identifier").get(0).get("identityHash").asText())
        .isEqualTo("slack:T1:U_ANA");
    assertThat(subject.get("achievement").get("criteria").get("narrative").asText())
        .contains("live chat: 60", "prompt: 10", "mentoring meeting: 30");
    JsonNode evidence = vc.get("evidence");
    assertThat(evidence).hasSize(4);
    assertThat(evidence.get(0).get("id").asText()).isEqualTo("urn:uuid:" + liveChat.value());
    assertThat(evidence.get(0).get("type").get(0).asText()).isEqualTo("Evidence");
    assertThat(evidence.get(3).get("id").asText())
        .isEqualTo("urn:rituals:meeting:round-1%2Fpair-2");
  }
}

package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.model.Answer;
import dev.rituals.core.model.AnswerId;
import dev.rituals.core.model.AnswerSource;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.ReplyAttachment;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReportCommandsTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef MEMBER = UserRef.of(Platform.SLACK, "T1", "U_MEM");
  static final byte[] SECRET = new byte[32];

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  OccurrenceService occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
  LinkSigner signer = new LinkSigner(SECRET, clock);
  CommandService commands =
      new CommandService(
          ports,
          scheduler,
          occurrences,
          clock,
          new SignedReportLinks(URI.create("https://rituals.example/"), signer));

  CommandReply say(UserRef who, String text) {
    return commands.handle(
        new CommandRequest(who, who.userId(), Optional.of(CHANNEL), text, false, Optional.empty()));
  }

  @BeforeEach
  void aCommunityWithOneAnsweredQuestion() {
    say(MODERATOR, "community create \"Science Teachers\"");
    say(MEMBER, "community join");
    say(MODERATOR, "ask now \"Share a win\"");
    Community community = ports.communities().findByChannel(CHANNEL).orElseThrow();
    Occurrence occurrence =
        ports
            .occurrences()
            .findByCommunity(
                community.id(), clock.instant().minusSeconds(60), clock.instant().plusSeconds(1))
            .get(0);
    Prompt prompt = ports.occurrences().findPrompts(occurrence.id()).get(0);
    ports
        .answers()
        .insertIfAbsent(
            new Answer(
                AnswerId.random(),
                community.id(),
                occurrence.id(),
                prompt.id(),
                MEMBER,
                "=HYPERLINK(\"x\") exit tickets",
                AnswerSource.THREAD,
                "k1",
                Optional.empty(),
                clock.instant().plusSeconds(30),
                Optional.empty(),
                false,
                false));
  }

  @Test
  void theSummaryUsesTheNewMetricsAndCarriesTheReportForCards() {
    CommandReply reply = say(MODERATOR, "report this-month");

    assertThat(reply.text())
        .contains("Answers: 1 from 1 person", "New voices: 1", "Mean response rate: 50%")
        .contains("Members by level: core 0, active 1, peripheral 1, dormant 0")
        .contains("U_MEM: 1 (active, streak 1, 0 replies to peers)");
    assertThat(reply.attachment()).containsInstanceOf(ReplyAttachment.Report.class);
    var member = say(MEMBER, "report this-month");
    assertThat(member.text()).contains("You answered 1 time. Streak: 1 (longest 1).");
    assertThat(member.text()).doesNotContain("Members by level", "U_MOD:");
  }

  @Test
  void exportIsACsvForModeratorsWithASignedDownloadLink() {
    assertThat(say(MEMBER, "report export").outcome()).isEqualTo(Outcome.DENIED);

    CommandReply reply = say(MODERATOR, "report export this-month");

    var file = (ReplyAttachment.File) reply.attachment().orElseThrow();
    assertThat(file.name()).isEqualTo("participation_2026-11-01_2026-11-23.csv");
    String csv = new String(file.content(), StandardCharsets.UTF_8);
    assertThat(csv.split("\r\n"))
        .hasSize(3)
        .startsWith(
            "name,platform,user_id,level,answers,occurrences_attended,rituals_attended,"
                + "replies_to_peers,current_streak,longest_streak,last_active,new_voice,member")
        .contains("U_MEM,slack,U_MEM,active,1,1,1,0,1,1,2026-11-23T15:00:30Z,true,true");
    URI link = file.downloadLink().orElseThrow();
    assertThat(link.getPath()).isEqualTo("/reports/download");
    assertThat(signer.verify(link.getPath(), link.getRawQuery()).orElseThrow())
        .containsEntry("kind", "csv")
        .containsEntry("from", "2026-11-01");
    assertThat(reply.text()).contains(link.toString());
  }

  @Test
  void chartIsAPngOfTheWeeksForEveryone() throws Exception {
    CommandReply reply = say(MEMBER, "report chart last-30-days");

    var file = (ReplyAttachment.File) reply.attachment().orElseThrow();
    assertThat(file.mimeType()).isEqualTo("image/png");
    assertThat(Arrays.copyOf(file.content(), 4))
        .containsExactly((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(file.content()));
    assertThat(image.getWidth()).isEqualTo(800);
    assertThat(image.getHeight()).isEqualTo(400);
  }

  @Test
  void dashboardIsASignedLinkForModeratorsOnlyThatExpires() {
    assertThat(say(MEMBER, "report dashboard").outcome()).isEqualTo(Outcome.DENIED);

    CommandReply reply = say(MODERATOR, "report dashboard");

    var link = (ReplyAttachment.Link) reply.attachment().orElseThrow();
    URI url = link.url();
    assertThat(url.toString()).startsWith("https://rituals.example/dashboard?");
    assertThat(signer.verify("/dashboard", url.getRawQuery())).isPresent();
    assertThat(signer.verify("/reports/download", url.getRawQuery())).isEmpty();
    clock.advance(Duration.ofDays(31));
    assertThat(signer.verify("/dashboard", url.getRawQuery())).isEmpty();
  }

  @Test
  void withoutThePublicAddressTheDashboardSaysWhatIsMissing() {
    CommandService noLinks = new CommandService(ports, scheduler, occurrences, clock);
    CommandReply reply =
        noLinks.handle(
            new CommandRequest(
                MODERATOR, "m", Optional.of(CHANNEL), "report dashboard", false, Optional.empty()));
    assertThat(reply.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(reply.text()).contains("RITUALS_PUBLIC_URL");
  }
}

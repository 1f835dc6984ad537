package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.core.recognition.CredentialIssuer;
import dev.rituals.core.recognition.Ed25519;
import dev.rituals.core.recognition.RecognitionPorts;
import dev.rituals.core.recognition.RecognitionService;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.CompactJws;
import dev.rituals.core.testing.InMemoryDocuments;
import dev.rituals.core.testing.InMemoryIssuerKeys;
import dev.rituals.core.testing.InMemoryOutbox;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.InMemoryRecognition;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Badges, PD hours and privacy commands as people type them, through the one CommandService. */
class RecognitionCommandsTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef ANA = UserRef.of(Platform.SLACK, "T1", "U_ANA");
  static final Pattern LINK = Pattern.compile("https://rituals\\.test/files/\\S+");

  Ports ports = InMemoryPorts.create();
  RecognitionPorts recognition = InMemoryRecognition.create(ports);
  MutableClock clock = new MutableClock(Instant.parse("2026-11-02T15:00:00Z"));
  RecognitionService listener = new RecognitionService(ports, recognition, clock);
  OccurrenceService occurrences =
      new OccurrenceService(ports, new RecordingScheduler(), clock, OutboxSignal.NONE, listener);
  AnswerService answers = new AnswerService(ports, clock, listener);
  InMemoryDocuments documents = new InMemoryDocuments();
  CredentialIssuer issuer =
      new CredentialIssuer(URI.create("https://rituals.test/"), new InMemoryIssuerKeys());
  CommandService commands =
      new CommandService(
          ports,
          new RecordingScheduler(),
          occurrences,
          clock,
          CommandService.Extras.NONE
              .withRecognition(recognition, documents)
              .withCredentials(issuer));

  CommandReply say(UserRef who, String text) {
    return say(who, Optional.of(CHANNEL), text);
  }

  CommandReply say(UserRef who, Optional<ChannelRef> where, String text) {
    return commands.handle(
        new CommandRequest(
            who, who.userId(), where, text, false, Optional.of(ZoneId.of("America/Chicago"))));
  }

  void answer(UserRef who, String text) {
    String id = "m" + clock.instant().toEpochMilli();
    answers.onMessage(
        new IncomingMessage(
            who,
            "Ana",
            "A1 " + text,
            new MessageRef(CHANNEL, id),
            Optional.empty(),
            "C1:" + id,
            clock.instant()));
  }

  @BeforeEach
  void community() {
    assertThat(say(MODERATOR, "community create \"Science Teachers\"").outcome())
        .isEqualTo(Outcome.OK);
    assertThat(say(ANA, "community join").outcome()).isEqualTo(Outcome.OK);
    assertThat(say(MODERATOR, "ask now \"What did you try this week?\"").outcome())
        .isEqualTo(Outcome.OK);
    clock.advance(Duration.ofMinutes(5));
    answer(ANA, "exit tickets");
  }

  static String link(CommandReply reply, int which) {
    Matcher m = LINK.matcher(reply.text());
    for (int i = 0; i <= which; i++) {
      assertThat(m.find()).as("link %d in %s", i, reply.text()).isTrue();
    }
    return m.group();
  }

  @Test
  void myBadgesListsTheFirstAnswerAndAnnouncementsCanBeTurnedOff() {
    CommandReply mine = say(ANA, "my badges");
    assertThat(mine.text())
        .contains("Your badges in *Science Teachers*")
        .contains("*First answer*")
        .contains("announced in the channel")
        .contains("`/rituals badges announce off`");

    assertThat(say(ANA, "profile show").text())
        .contains("Badges in *Science Teachers*: First answer");
    assertThat(say(ANA, "badges announce off").text()).contains("no longer be announced");
    assertThat(say(ANA, "badges").text()).contains("not announced");
    assertThat(say(MODERATOR, "my badges").text()).doesNotContain("First answer");
    assertThat(say(UserRef.of(Platform.SLACK, "T1", "U_NEW"), "community join").outcome())
        .isEqualTo(Outcome.OK);
    assertThat(say(UserRef.of(Platform.SLACK, "T1", "U_NEW"), "my badges").text())
        .contains("No badges");
  }

  @Test
  void onlyModeratorsSetThePdRuleAndEveryoneCanReadIt() {
    assertThat(say(ANA, "pd rule").text()).contains("no PD-hours rule yet");
    assertThat(say(ANA, "pd rule prompt 10m").outcome()).isEqualTo(Outcome.DENIED);
    CommandReply set = say(MODERATOR, "pd rule live-chat 60m prompt 10m mentoring 30m");
    assertThat(set.outcome()).isEqualTo(Outcome.OK);
    assertThat(say(MODERATOR, "pd rule prompt 15").text())
        .contains("attended live chat 1 h")
        .contains("answered prompt 15 min")
        .contains("mentoring meeting 30 min");
    assertThat(say(ANA, "pd rule live-chat 9h").outcome()).isEqualTo(Outcome.USAGE_ERROR);
  }

  @Test
  void pdStatementPublishesACertificateAndACredential() throws IOException {
    assertThat(say(ANA, "pd statement").outcome()).isEqualTo(Outcome.NOT_FOUND);
    say(MODERATOR, "pd rule prompt 10m");

    CommandReply reply = say(ANA, "pd statement 2026-11-01 2026-11-30");

    assertThat(reply.outcome()).isEqualTo(Outcome.OK);
    assertThat(reply.text()).contains("*10 min* of PD time").contains("1 activities");
    InMemoryDocuments.Published pdf = documents.byLink(link(reply, 0));
    assertThat(pdf.contentType()).isEqualTo("application/pdf");
    assertThat(pdf.owner()).isEqualTo(ANA);
    try (PDDocument doc = Loader.loadPDF(pdf.content())) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("This certifies that U_ANA")
          .contains("from 2026-11-01 to 2026-11-30");
    }
    InMemoryDocuments.Published credential = documents.byLink(link(reply, 1));
    assertThat(credential.contentType()).isEqualTo("application/vc+jwt");
    assertThat(credential.fileName()).isEqualTo("pd-hours-2026-11-01-2026-11-30.jwt");
    CompactJws jws = CompactJws.parse(new String(credential.content(), StandardCharsets.US_ASCII));
    JsonNode vc = jws.payloadJson();
    assertThat(vc.get("type").toString()).contains("OpenBadgeCredential");
    assertThat(vc.get("evidence")).hasSize(1);
    var community = ports.communities().findByChannel(CHANNEL).orElseThrow();
    var key = issuer.jwks(community.id()).get("keys").get(0);
    assertThat(key.get("kid").asText()).isEqualTo(jws.headerJson().get("kid").asText());
    assertThat(
            jws.verifiesWith(
                Ed25519.publicKey(Base64.getUrlDecoder().decode(key.get("x").asText()))))
        .isTrue();
    assertThat(say(ANA, "pd statement 2026-01-01 2026-01-31").text()).contains("No activity");
  }

  @Test
  void aFileOverTheDownloadCapGetsTheShortMessageAndNoLink() {
    say(MODERATOR, "pd rule prompt 10m");
    DocumentLinks full =
        (owner, name, type, content) -> {
          throw new DocumentLinks.TooLargeException("That file is over the 10 MB limit.");
        };
    CommandService refusing =
        new CommandService(
            ports,
            new RecordingScheduler(),
            occurrences,
            clock,
            CommandService.Extras.NONE.withRecognition(recognition, full).withCredentials(issuer));

    for (String command : List.of("my data", "pd statement")) {
      CommandReply reply =
          refusing.handle(
              new CommandRequest(
                  ANA, "Ana", Optional.of(CHANNEL), command, false, Optional.empty()));
      assertThat(reply.outcome()).as(command).isEqualTo(Outcome.USAGE_ERROR);
      assertThat(reply.text()).as(command).isEqualTo("That file is over the 10 MB limit.");
    }
  }

  @Test
  void withoutCredentialsTheStatementSaysSoAndGivesThePdfOnly() {
    say(MODERATOR, "pd rule prompt 10m");
    CommandService plain =
        new CommandService(
            ports, new RecordingScheduler(), occurrences, clock, recognition, documents);

    CommandReply reply =
        plain.handle(
            new CommandRequest(
                ANA, "Ana", Optional.of(CHANNEL), "pd statement", false, Optional.empty()));

    assertThat(reply.text()).contains("credentials are not enabled");
    assertThat(documents.published())
        .singleElement()
        .satisfies(p -> assertThat(p.contentType()).isEqualTo("application/pdf"));
  }

  @Test
  void myDataWorksInADirectChatAndHoldsTheAnswers() throws IOException {
    CommandReply reply = say(ANA, Optional.empty(), "my data");

    assertThat(reply.outcome()).isEqualTo(Outcome.OK);
    JsonNode data = new ObjectMapper().readTree(documents.byLink(link(reply, 0)).content());
    assertThat(data.get("memberships").get(0).get("answers").get(0).get("text").asText())
        .isEqualTo("exit tickets");
  }

  @Test
  void moderatorsSetRetentionAndForgetPolicyThatMembersCanSee() {
    assertThat(say(ANA, "community retention").text())
        .contains("kept without their name")
        .contains("answers are kept");
    assertThat(say(ANA, "community retention 30").outcome()).isEqualTo(Outcome.DENIED);
    assertThat(say(MODERATOR, "community retention 365").text())
        .contains("answers older than 365 days are deleted");
    assertThat(say(MODERATOR, "community forget delete").text())
        .contains("are deleted; answers older than 365 days");
    assertThat(say(MODERATOR, "community retention forever").text()).contains("answers are kept");
    assertThat(say(MODERATOR, "community retention soon").outcome()).isEqualTo(Outcome.USAGE_ERROR);
  }

  @Test
  void forgetMeAsksFirstThenErasesThePerson() {
    CommandReply ask = say(ANA, "forget me");
    assertThat(ask.text())
        .contains("*Science Teachers*: your answers will be kept without your name")
        .contains("`/rituals forget me confirm`");
    assertThat(ports.members().findByUser(ANA)).hasSize(1);

    CommandReply done = say(ANA, "forget me confirm");

    assertThat(done.text()).contains("forgotten you in 1 community").contains("1 kept");
    assertThat(ports.members().findByUser(ANA)).isEmpty();
    assertThat(
            recognition
                .badges()
                .findByMember(ports.communities().findByChannel(CHANNEL).orElseThrow().id(), ANA))
        .isEmpty();
    List<OutboxMessage> toAna =
        ((InMemoryOutbox) ports.outbox())
            .all().stream()
                .filter(
                    m -> m.destination() instanceof Destination.Direct d && d.user().equals(ANA))
                .toList();
    assertThat(toAna).isEmpty();
  }

  @Test
  void askingNowHostsTheRoundAndEarnsTheHostBadgeOnce() {
    assertThat(say(MODERATOR, "my badges").text()).contains("*Hosted a chat*");
    clock.advance(Duration.ofHours(2));
    say(MODERATOR, "ask now \"Another one?\"");
    assertThat(
            ((InMemoryOutbox) ports.outbox())
                .all().stream().filter(m -> m.body().text().contains("Hosted a chat")))
        .hasSize(1);
  }

  @Test
  void inATeamsChannelTheLinksGoToThePersonalChatNotTheChannel() {
    ChannelRef teams = ChannelRef.of(Platform.TEAMS, "tenant-1", "19:general");
    UserRef bob = UserRef.of(Platform.TEAMS, "tenant-1", "29:bob");
    assertThat(say(bob, Optional.of(teams), "community create \"Teams Teachers\"").outcome())
        .isEqualTo(Outcome.OK);

    CommandReply reply = say(bob, Optional.of(teams), "my data");

    assertThat(reply.text()).contains("personal chat").doesNotContain("https://");
    List<OutboxMessage> toBob =
        ((InMemoryOutbox) ports.outbox())
            .all().stream()
                .filter(
                    m -> m.destination() instanceof Destination.Direct d && d.user().equals(bob))
                .toList();
    assertThat(toBob)
        .singleElement()
        .satisfies(m -> assertThat(m.body().text()).contains("https://rituals.test/files/"));
    assertThat(say(bob, Optional.empty(), "my data").text()).contains("https://rituals.test/");
  }

  @Test
  void withoutRecognitionWiredTheCommandsSaySoInsteadOfFailing() {
    CommandService plain = new CommandService(ports, new RecordingScheduler(), occurrences, clock);
    CommandReply reply =
        plain.handle(
            new CommandRequest(
                ANA, "Ana", Optional.of(CHANNEL), "my badges", false, Optional.empty()));
    assertThat(reply.outcome()).isEqualTo(Outcome.NOT_FOUND);
    assertThat(reply.text()).contains("not enabled");
  }
}

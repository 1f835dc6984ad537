package dev.rituals.core.recognition;

import static dev.rituals.core.recognition.Recognition.ANA;
import static dev.rituals.core.recognition.Recognition.BEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Profile;
import dev.rituals.core.testing.InMemoryAnswers;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrivacyTest {
  Recognition r = new Recognition(Instant.parse("2026-09-07T14:00:00Z"));
  InMemoryAnswers answers = (InMemoryAnswers) r.ports.answers();

  @BeforeEach
  void history() {
    r.member(ANA, "Ana");
    r.member(BEN, "Ben");
    r.ports
        .profiles()
        .save(
            new Profile(
                ANA,
                Set.of(PairingRole.MENTOR),
                Set.of("science"),
                Set.of("6-8"),
                "Lincoln Middle",
                12,
                2,
                Optional.empty(),
                Set.of("labs"),
                Set.of(),
                Optional.empty(),
                true));
    r.ask("What did you try?");
    r.answer(ANA, "exit tickets with a twist");
    r.answer(BEN, "gallery walk");
    r.replyTo(BEN, ANA);
    r.replyTo(ANA, BEN);
    r.clock.advance(Duration.ofDays(3));
  }

  List<Answer> answersOf(dev.rituals.core.model.UserRef who) {
    return answers.all().stream().filter(a -> a.author().equals(who)).toList();
  }

  @Test
  void myDataHoldsProfileMembershipAnswersBadgesPairingsAndLedger() throws IOException {
    r.ports
        .pairings()
        .saveRound(
            List.of(
                new dev.rituals.core.model.PairRecord(
                    java.util.UUID.randomUUID(),
                    java.util.UUID.randomUUID(),
                    r.community.id(),
                    "MENTOR",
                    java.time.LocalDate.of(2026, 9, 7),
                    r.clock.instant(),
                    List.of(ANA, BEN),
                    List.of("Ana", "Ben"),
                    "mentor in science",
                    1.0,
                    java.util.Map.of(ANA, dev.rituals.core.model.PairResponse.MET))));
    JsonNode data =
        new ObjectMapper()
            .readTree(new MemberDataExport(r.ports, r.recognition, r.clock).toJson(ANA));

    assertThat(data.get("person").get("userId").asText()).isEqualTo("U_ANA");
    assertThat(data.get("profile").get("school").asText()).isEqualTo("Lincoln Middle");
    JsonNode membership = data.get("memberships").get(0);
    assertThat(membership.get("community").asText()).isEqualTo("Science Teachers");
    assertThat(membership.get("answers")).hasSize(1);
    assertThat(membership.get("answers").get(0).get("text").asText())
        .isEqualTo("exit tickets with a twist");
    assertThat(membership.get("badges").get(0).get("kind").asText()).isEqualTo("FIRST_ANSWER");
    assertThat(membership.get("pdLedger").get(0).get("activity").asText()).isEqualTo("PROMPT");
    JsonNode pairing = membership.get("pairings").get(0);
    assertThat(pairing.get("kind").asText()).isEqualTo("MENTOR");
    assertThat(pairing.get("pairedWith").toString()).isEqualTo("[\"Ben\"]");
    assertThat(pairing.get("response").asText()).isEqualTo("MET");
    assertThat(data.toString()).doesNotContain("gallery walk");
  }

  @Test
  void forgetMeKeepsAnswersWithoutTheNameWhenThePolicyIsAnonymise() {
    r.ports
        .pairings()
        .saveRound(
            List.of(
                new dev.rituals.core.model.PairRecord(
                    java.util.UUID.randomUUID(),
                    java.util.UUID.randomUUID(),
                    r.community.id(),
                    "PEER",
                    java.time.LocalDate.of(2026, 9, 7),
                    r.clock.instant(),
                    List.of(ANA, BEN),
                    List.of("Ana", "Ben"),
                    "same subject",
                    1.0,
                    java.util.Map.of())));
    ForgetService.Result result = new ForgetService(r.ports, r.recognition).forget(ANA);

    assertThat(result).isEqualTo(new ForgetService.Result(1, 0, 1));
    assertThat(answersOf(ANA)).isEmpty();
    assertThat(answers.all())
        .filteredOn(a -> a.text().equals("exit tickets with a twist"))
        .singleElement()
        .satisfies(
            a -> assertThat(a.author().userId()).startsWith(ForgetService.FORMER_MEMBER_PREFIX));
    assertNothingLeftOfAna();
    assertThat(r.ports.pairings().history(r.community.id()))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.members()).contains(BEN).doesNotContain(ANA);
              assertThat(p.names()).containsExactly("a former member", "Ben");
            });
    assertThat(answersOf(BEN)).hasSize(1);
    assertThat(answers.repliesBy(BEN)).isEqualTo(1);
  }

  @Test
  void forgetMeDeletesAnswersWhenThePolicyIsDelete() {
    r.recognition
        .settings()
        .saveSettings(
            r.community.id(),
            RecognitionSettings.DEFAULT.withRetention(
                new RetentionPolicy(RetentionPolicy.Mode.DELETE, Optional.empty())));

    ForgetService.Result result = new ForgetService(r.ports, r.recognition).forget(ANA);

    assertThat(result).isEqualTo(new ForgetService.Result(1, 1, 0));
    assertThat(answers.all()).extracting(Answer::text).containsExactly("gallery walk");
    assertNothingLeftOfAna();
  }

  private void assertNothingLeftOfAna() {
    assertThat(r.ports.members().findByUser(ANA)).isEmpty();
    assertThat(r.ports.profiles().find(ANA)).isEmpty();
    assertThat(r.recognition.badges().findByMember(r.community.id(), ANA)).isEmpty();
    assertThat(r.recognition.activity().answersBy(r.community.id(), ANA)).isEmpty();
    assertThat(answers.repliesBy(ANA)).isZero();
    assertThat(r.outbox())
        .noneMatch(m -> m.destination() instanceof Destination.Direct d && d.user().equals(ANA));
  }

  @Test
  void theRetentionPeriodDeletesOldAnswersAndKeepsRecentOnes() {
    r.recognition
        .settings()
        .saveSettings(
            r.community.id(),
            RecognitionSettings.DEFAULT.withRetention(
                new RetentionPolicy(RetentionPolicy.Mode.ANONYMISE, Optional.of(30))));
    r.clock.advance(Duration.ofDays(20));
    r.ask("A newer question");
    r.answer(BEN, "a recent answer");
    r.clock.advance(Duration.ofDays(10));

    r.service.daily(r.community);

    assertThat(answers.all()).extracting(Answer::text).containsExactly("a recent answer");
  }
}

package dev.rituals.core.participation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.History;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MonthlyRecapsTest {
  static final ChannelRef SLACK = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final ChannelRef TEAMS = ChannelRef.of(Platform.TEAMS, "t", "19:x");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-04-02T09:00:00Z"));
  LinkSigner signer = new LinkSigner(new byte[32], clock);
  MonthlyRecaps recaps =
      new MonthlyRecaps(
          ports, new SignedReportLinks(URI.create("https://rituals.example"), signer), clock);

  @Test
  void lastMonthsRecapWithItsChartGoesToEveryChannelOnce() {
    History h =
        new History(ports, "Maths", Instant.parse("2026-02-01T00:00:00Z"), Set.of(SLACK, TEAMS));
    UserRef ana = h.member("U_ANA", "Ana", Instant.parse("2026-02-01T00:00:00Z"));
    UserRef ben = h.member("U_BEN", "Ben", Instant.parse("2026-03-20T00:00:00Z"));
    Ritual ritual = h.ritual(1);
    for (int week = 0; week < 4; week++) {
      var o =
          h.occurrence(
              ritual,
              Instant.parse("2026-03-02T07:00:00Z").plus(Duration.ofDays(7L * week)),
              Duration.ofDays(2));
      h.answer(o, ana, Duration.ofHours(1));
      if (week == 3) {
        h.answer(o, ben, Duration.ofHours(1));
      }
    }

    assertThat(recaps.postDue()).isEqualTo(2);
    assertThat(recaps.postDue()).as("the same month again").isZero();

    List<OutboxMessage> sent =
        ports.outbox().claimDue(clock.instant(), 10, clock.instant().plusSeconds(60));
    assertThat(sent).hasSize(2);
    OutboxMessage recap = sent.get(0);
    assertThat(recap.body().kind()).isEqualTo(MessageKind.RECAP);
    assertThat(recap.body().text())
        .contains("*Maths in March 2026*", "4 rounds, 5 answers from 2 people")
        .contains("Welcome to 2 new voices!")
        .doesNotContain("Ana", "Ben");
    URI chart = URI.create(recap.body().field("imageUrl").orElseThrow());
    assertThat(signer.verify(chart.getPath(), chart.getRawQuery()).orElseThrow())
        .containsEntry("kind", "png")
        .containsEntry("from", "2026-03-01")
        .containsEntry("to", "2026-03-31");
  }

  @Test
  void aMonthWithoutRoundsGetsNoRecap() {
    History h = new History(ports, "Quiet", Instant.parse("2026-01-01T00:00:00Z"), Set.of(SLACK));
    h.ritual(1);

    assertThat(recaps.postDue()).isZero();
  }
}

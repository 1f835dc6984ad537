package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.ritual;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Hosting;
import dev.rituals.core.model.HostingState;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.RitualSettings;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.HostingRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rotating-host invitations: one per ritual and occurrence, updated as the host answers. */
abstract class HostingContract extends DatabaseContract {
  static final Instant WEEK_1 = T0.plus(Duration.ofDays(7));
  static final Instant WEEK_2 = T0.plus(Duration.ofDays(14));
  static final UserRef ANA = user(SLACK_T1, "U_ANA");
  static final UserRef BEN = user(TEAMS_T1, "29:ben");

  Community community;
  Ritual ritual;

  HostingRepository hostings() {
    return repositories.ports().hostings();
  }

  void savedRitual() {
    community = community("Science", SLACK_T1, channel(SLACK_T1, "C1"));
    repositories.communities().save(community);
    ritual = ritual(community.id(), 1);
    repositories.rituals().save(ritual);
  }

  @Test
  void anInvitationIsStoredOncePerOccurrenceAndRoundTrips() {
    savedRitual();
    Hosting invited = Hosting.invited(ritual, WEEK_1, ANA, T0);

    assertThat(hostings().insertIfAbsent(invited)).isTrue();
    assertThat(hostings().insertIfAbsent(Hosting.invited(ritual, WEEK_1, BEN, T0))).isFalse();

    assertThat(hostings().find(ritual.id(), WEEK_1)).contains(invited);
    assertThat(hostings().find(ritual.id(), WEEK_2)).isEmpty();
    assertThat(hostings().findInvited(ANA)).containsExactly(invited);
    assertThat(hostings().findInvited(BEN)).isEmpty();
  }

  @Test
  void choosingAQuestionAndMissingTheDeadlineAreRecorded() {
    savedRitual();
    hostings().insertIfAbsent(Hosting.invited(ritual, WEEK_1, ANA, T0));
    hostings().insertIfAbsent(Hosting.invited(ritual, WEEK_2, BEN, T0.plus(Duration.ofDays(7))));

    Hosting chosen = hostings().find(ritual.id(), WEEK_1).orElseThrow().chosen("Why <this>?");
    hostings().update(chosen);
    hostings().update(hostings().find(ritual.id(), WEEK_2).orElseThrow().missed());

    assertThat(hostings().find(ritual.id(), WEEK_1)).contains(chosen);
    assertThat(hostings().find(ritual.id(), WEEK_1).orElseThrow().question())
        .contains("Why <this>?");
    assertThat(hostings().findInvited(ANA)).isEmpty();
    assertThat(hostings().hostings(community.id()))
        .extracting(Hosting::host, Hosting::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ANA, HostingState.CHOSEN),
            org.assertj.core.groups.Tuple.tuple(BEN, HostingState.MISSED));
    assertThat(hostings().latest(ritual.id()).map(Hosting::scheduledFor)).contains(WEEK_2);
  }

  @Test
  void theHostSettingsOfARitualRoundTrip() {
    savedRitual();
    Ritual hosted =
        ritual.withSettings(
            new RitualSettings(
                Optional.empty(),
                Optional.of(Duration.ofDays(3)),
                Optional.of(Duration.ofHours(12))));
    repositories.rituals().save(hosted);

    assertThat(repositories.rituals().findById(ritual.id()).orElseThrow().settings())
        .isEqualTo(hosted.settings());
  }

  @Test
  void deletingTheRitualDeletesItsHostings() {
    savedRitual();
    hostings().insertIfAbsent(Hosting.invited(ritual, WEEK_1, ANA, T0));
    repositories.rituals().delete(ritual.id());

    assertThat(hostings().hostings(community.id())).isEmpty();
  }
}

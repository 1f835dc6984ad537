package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.SLACK_T2;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.message;
import static dev.rituals.db.Fixtures.occurrence;
import static dev.rituals.db.Fixtures.prompt;
import static dev.rituals.db.Fixtures.ritual;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.MissedOccurrence;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.OccurrenceId;
import dev.rituals.core.model.OccurrenceState;
import dev.rituals.core.model.Prompt;
import dev.rituals.core.model.Ritual;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Occurrences, prompts and prompt messages. */
abstract class OccurrenceContract extends DatabaseContract {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final ChannelRef SLACK_C1 = channel(SLACK_T1, "C1");
  private static final ChannelRef TEAMS_C1 = channel(TEAMS_T1, "19:abc@thread.tacv2");

  private Community community;
  private Ritual ritual;

  @BeforeEach
  void saveCommunityAndRitual() {
    community = community("Maths", SLACK_T1, SLACK_C1, TEAMS_C1);
    repositories.communities().save(community);
    ritual = ritual(community.id(), 1);
    repositories.rituals().save(ritual);
  }

  @Test
  void occurrenceIsStoredOncePerRitualAndInstant() {
    Occurrence first = occurrence(ritual, T0, HOUR);
    Occurrence retriedFire = occurrence(ritual, T0, HOUR);

    assertThat(repositories.occurrences().insertIfAbsent(first)).isTrue();
    assertThat(repositories.occurrences().insertIfAbsent(retriedFire)).isFalse();

    assertThat(repositories.occurrences().findByRitualAndInstant(ritual.id(), T0)).contains(first);
    assertThat(repositories.occurrences().findById(first.id())).contains(first);
    assertThat(repositories.occurrences().findById(retriedFire.id())).isEmpty();
  }

  @Test
  void sameRitualAtAnotherInstantIsAnotherOccurrence() {
    assertThat(repositories.occurrences().insertIfAbsent(occurrence(ritual, T0, HOUR))).isTrue();
    assertThat(
            repositories
                .occurrences()
                .insertIfAbsent(occurrence(ritual, T0.plus(Duration.ofDays(7)), HOUR)))
        .isTrue();
  }

  @Test
  void openOccurrencesAreThoseOpenedAndNotYetClosedNewestFirst() {
    Occurrence older = stored(occurrence(ritual, T0, Duration.ofDays(3)));
    Occurrence newer = stored(occurrence(ritual, T0.plus(Duration.ofDays(1)), Duration.ofDays(3)));
    Occurrence future = stored(occurrence(ritual, T0.plus(Duration.ofDays(5)), HOUR));
    Occurrence over = stored(occurrence(ritual, T0.minus(Duration.ofDays(2)), HOUR));
    Occurrence closedEarly = stored(occurrence(ritual, T0.plusSeconds(10), Duration.ofDays(3)));
    repositories.occurrences().close(closedEarly.id());

    Instant at = T0.plus(Duration.ofDays(2));

    assertThat(repositories.occurrences().findOpen(community.id(), at))
        .containsExactly(newer, older)
        .doesNotContain(future, over);
  }

  @Test
  void occurrenceIsOpenFromItsOpeningUntilJustBeforeItsClosing() {
    Occurrence occurrence = stored(occurrence(ritual, T0, HOUR));

    assertThat(repositories.occurrences().findOpen(community.id(), T0)).containsExactly(occurrence);
    assertThat(repositories.occurrences().findOpen(community.id(), T0.plus(HOUR))).isEmpty();
  }

  @Test
  void closingMarksTheOccurrenceClosed() {
    Occurrence occurrence = stored(occurrence(ritual, T0, HOUR));

    repositories.occurrences().close(occurrence.id());

    assertThat(repositories.occurrences().findById(occurrence.id()).orElseThrow().state())
        .isEqualTo(OccurrenceState.CLOSED);
    assertThat(repositories.occurrences().findOpen(community.id(), T0)).isEmpty();
  }

  @Test
  void occurrencesOfACommunityOpenedInARangeComeOldestFirst() {
    Occurrence atStart = stored(occurrence(ritual, T0, HOUR));
    Occurrence inside = stored(occurrence(ritual, T0.plus(Duration.ofDays(1)), HOUR));
    stored(occurrence(ritual, T0.plus(Duration.ofDays(7)), HOUR));
    stored(occurrence(ritual, T0.minusSeconds(1), HOUR));

    assertThat(
            repositories
                .occurrences()
                .findByCommunity(community.id(), T0, T0.plus(Duration.ofDays(7))))
        .containsExactly(atStart, inside);
  }

  @Test
  void promptsRoundTripInNumberOrderAndSavingAgainUpdates() {
    Occurrence occurrence = stored(occurrence(ritual, T0, HOUR));
    Prompt second = prompt(occurrence, 2);
    Prompt first = prompt(occurrence, 1);
    repositories.occurrences().savePrompt(second);
    repositories.occurrences().savePrompt(first);
    Prompt reworded =
        new Prompt(first.id(), occurrence.id(), 1, "Reworded question", T0.plusSeconds(60));

    repositories.occurrences().savePrompt(reworded);

    assertThat(repositories.occurrences().findPrompt(first.id())).contains(reworded);
    assertThat(repositories.occurrences().findPrompts(occurrence.id()))
        .containsExactly(reworded, second);
    assertThat(repositories.occurrences().findPrompts(OccurrenceId.random())).isEmpty();
  }

  @Test
  void promptMessagesAreRecordedOncePerMessageAndFindTheirPrompt() {
    Prompt prompt = storedPrompt(stored(occurrence(ritual, T0, HOUR)), 1);
    MessageRef inSlack = message(SLACK_C1, "1741330800.000100");
    MessageRef inTeams = message(TEAMS_C1, "1741330800123");

    repositories.occurrences().addPromptMessage(prompt.id(), inSlack);
    repositories.occurrences().addPromptMessage(prompt.id(), inSlack);
    repositories.occurrences().addPromptMessage(prompt.id(), inTeams);

    assertThat(repositories.occurrences().findPromptMessages(prompt.id()))
        .containsExactlyInAnyOrder(inSlack, inTeams);
    assertThat(repositories.occurrences().findPromptByMessage(inSlack)).contains(prompt);
    assertThat(repositories.occurrences().findPromptByMessage(inTeams)).contains(prompt);
  }

  @Test
  void sameMessageIdInAnotherTenantOrChannelFindsNoPrompt() {
    Prompt prompt = storedPrompt(stored(occurrence(ritual, T0, HOUR)), 1);
    repositories.occurrences().addPromptMessage(prompt.id(), message(SLACK_C1, "111.222"));

    assertThat(
            repositories
                .occurrences()
                .findPromptByMessage(message(channel(SLACK_T2, "C1"), "111.222")))
        .isEmpty();
    assertThat(
            repositories
                .occurrences()
                .findPromptByMessage(message(channel(SLACK_T1, "C2"), "111.222")))
        .isEmpty();
  }

  @Test
  void openPromptsInAChannelAreThoseOfTheBoundCommunitysOpenOccurrences() {
    Occurrence open = stored(occurrence(ritual, T0, Duration.ofDays(2)));
    Prompt q1 = storedPrompt(open, 1);
    Prompt q2 = storedPrompt(open, 2);
    Occurrence closed = stored(occurrence(ritual, T0.minus(Duration.ofDays(7)), HOUR));
    storedPrompt(closed, 1);
    Community other = community("Other", SLACK_T1, channel(SLACK_T1, "C2"));
    repositories.communities().save(other);
    Ritual otherRitual = ritual(other.id(), 1);
    repositories.rituals().save(otherRitual);
    storedPrompt(stored(occurrence(otherRitual, T0, Duration.ofDays(2))), 1);

    Instant at = T0.plus(HOUR);

    assertThat(repositories.occurrences().findOpenPromptsInChannel(SLACK_C1, at))
        .containsExactly(q1, q2);
    assertThat(repositories.occurrences().findOpenPromptsInChannel(TEAMS_C1, at))
        .containsExactly(q1, q2);
  }

  @Test
  void openPromptsAreNotFoundThroughTheSameChannelIdInAnotherTenant() {
    storedPrompt(stored(occurrence(ritual, T0, Duration.ofDays(2))), 1);

    assertThat(
            repositories
                .occurrences()
                .findOpenPromptsInChannel(channel(SLACK_T2, "C1"), T0.plus(HOUR)))
        .isEmpty();
    assertThat(
            repositories
                .occurrences()
                .findOpenPromptsInChannel(channel(TEAMS_T1, "C1"), T0.plus(HOUR)))
        .isEmpty();
  }

  @Test
  void noOpenPromptsOnceTheWindowHasClosed() {
    storedPrompt(stored(occurrence(ritual, T0, HOUR)), 1);

    assertThat(repositories.occurrences().findOpenPromptsInChannel(SLACK_C1, T0.plus(HOUR)))
        .isEmpty();
  }

  @Test
  void aMissedInstantIsRecordedOnceAndListedNewestFirst() {
    MissedOccurrence monday =
        new MissedOccurrence(ritual.id(), community.id(), T0, T0.plusSeconds(7200));
    Instant tuesday = T0.plus(Duration.ofDays(1));
    MissedOccurrence later =
        new MissedOccurrence(ritual.id(), community.id(), tuesday, tuesday.plusSeconds(7200));

    assertThat(repositories.occurrences().recordMissed(monday)).isTrue();
    assertThat(repositories.occurrences().recordMissed(later)).isTrue();
    assertThat(
            repositories
                .occurrences()
                .recordMissed(
                    new MissedOccurrence(ritual.id(), community.id(), T0, T0.plusSeconds(9000))))
        .as("the same instant again (a re-run of the late fire)")
        .isFalse();

    assertThat(repositories.occurrences().findMissed(community.id(), 10))
        .containsExactly(later, monday);
    assertThat(repositories.occurrences().findMissed(community.id(), 1)).containsExactly(later);
  }

  private Occurrence stored(Occurrence occurrence) {
    assertThat(repositories.occurrences().insertIfAbsent(occurrence)).isTrue();
    return occurrence;
  }

  private Prompt storedPrompt(Occurrence occurrence, int number) {
    Prompt prompt = prompt(occurrence, number);
    repositories.occurrences().savePrompt(prompt);
    return prompt;
  }
}

package dev.rituals.db;

import static dev.rituals.db.Fixtures.SLACK_T1;
import static dev.rituals.db.Fixtures.SLACK_T2;
import static dev.rituals.db.Fixtures.T0;
import static dev.rituals.db.Fixtures.TEAMS_T1;
import static dev.rituals.db.Fixtures.channel;
import static dev.rituals.db.Fixtures.community;
import static dev.rituals.db.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MemberRole;
import dev.rituals.core.model.SchoolCalendar;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.CommunityRepository.ChannelTakenException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Communities with their channel bindings, and their members. */
abstract class CommunityAndMemberContract extends DatabaseContract {

  private static final ChannelRef SLACK_C1 = channel(SLACK_T1, "C1");
  private static final ChannelRef TEAMS_C1 = channel(TEAMS_T1, "19:abc@thread.tacv2");

  @Test
  void communityMeetingOnBothPlatformsRoundTrips() {
    Community community = community("Maths teachers", SLACK_T1, SLACK_C1, TEAMS_C1);

    repositories.communities().save(community);

    assertThat(repositories.communities().findById(community.id())).contains(community);
    assertThat(repositories.communities().findByChannel(SLACK_C1)).contains(community);
    assertThat(repositories.communities().findByChannel(TEAMS_C1)).contains(community);
  }

  @Test
  void schoolCalendarRoundTripsAndDefaultsToMondayToFriday() {
    Community plain = saved("Plain");
    assertThat(repositories.communities().findById(plain.id()).orElseThrow().calendar())
        .isEqualTo(SchoolCalendar.DEFAULT);
    Community sunToThu =
        plain.withCalendar(
            new SchoolCalendar(
                EnumSet.of(
                    DayOfWeek.SUNDAY,
                    DayOfWeek.MONDAY,
                    DayOfWeek.TUESDAY,
                    DayOfWeek.WEDNESDAY,
                    DayOfWeek.THURSDAY),
                List.of(
                    new DateRange(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 3)),
                    DateRange.day(LocalDate.of(2027, 4, 2)))));

    repositories.communities().save(sunToThu);

    assertThat(repositories.communities().findById(plain.id())).contains(sunToThu);
  }

  @Test
  void communityWithoutChannelsRoundTrips() {
    Community community = community("Nowhere yet", SLACK_T1);

    repositories.communities().save(community);

    assertThat(repositories.communities().findById(community.id())).contains(community);
  }

  @Test
  void savingAgainUpdatesFieldsAndReplacesChannelBindings() {
    Community original = community("Maths", SLACK_T1, SLACK_C1, channel(SLACK_T1, "C2"));
    repositories.communities().save(original);
    Community changed =
        new Community(
            original.id(),
            original.owner(),
            "Maths and science",
            "STEM teaching",
            ZoneId.of("Asia/Tokyo"),
            Set.of(SLACK_C1, TEAMS_C1),
            original.createdAt());

    repositories.communities().save(changed);

    assertThat(repositories.communities().findById(original.id())).contains(changed);
    assertThat(repositories.communities().findByChannel(channel(SLACK_T1, "C2"))).isEmpty();
    assertThat(repositories.communities().findByChannel(TEAMS_C1)).contains(changed);
    assertThat(repositories.communities().count()).isEqualTo(1);
  }

  @Test
  void channelBoundToAnotherCommunityIsTakenAndNothingOfTheSaveIsStored() {
    Community first = community("First", SLACK_T1, SLACK_C1);
    repositories.communities().save(first);
    Community second = community("Second", SLACK_T1, channel(SLACK_T1, "C9"), SLACK_C1);

    assertThatThrownBy(() -> repositories.communities().save(second))
        .isInstanceOf(ChannelTakenException.class)
        .hasMessage("channel C1 already belongs to a community");

    assertThat(repositories.communities().findById(second.id())).isEmpty();
    assertThat(repositories.communities().findByChannel(channel(SLACK_T1, "C9"))).isEmpty();
    assertThat(repositories.communities().findByChannel(SLACK_C1)).contains(first);
  }

  @Test
  void takenChannelCaughtInsideALargerTransactionLeavesNothingOfTheFailedSave() {
    Community first = community("First", SLACK_T1, SLACK_C1);
    repositories.communities().save(first);
    Community second = community("Second", SLACK_T1, SLACK_C1);
    Community third = community("Third", SLACK_T1, channel(SLACK_T1, "C3"));

    repositories
        .transactions()
        .inTransaction(
            () -> {
              assertThatThrownBy(() -> repositories.communities().save(second))
                  .isInstanceOf(ChannelTakenException.class);
              repositories.communities().save(third);
            });

    assertThat(repositories.communities().findById(second.id())).isEmpty();
    assertThat(repositories.communities().findById(third.id())).contains(third);
    assertThat(repositories.communities().findByChannel(SLACK_C1)).contains(first);
  }

  @Test
  void twoCommunitiesBindingTheSameChannelAtOnceCannotBothHaveIt() throws Exception {
    Community first = community("First", SLACK_T1, SLACK_C1);
    Community second = community("Second", SLACK_T1, SLACK_C1);
    CountDownLatch firstWrote = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);

    CompletableFuture<Void> firstSave =
        CompletableFuture.runAsync(
            () ->
                repositories
                    .transactions()
                    .inTransaction(
                        () -> {
                          repositories.communities().save(first);
                          firstWrote.countDown();
                          await(secondStarted);
                          LockWaits.awaitSomeoneWaitingForALock(database);
                        }));
    await(firstWrote);
    CompletableFuture<Void> secondSave =
        CompletableFuture.runAsync(
            () -> {
              secondStarted.countDown();
              repositories.communities().save(second);
            });

    firstSave.get(20, TimeUnit.SECONDS);
    assertThatThrownBy(() -> secondSave.get(20, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ChannelTakenException.class);
    assertThat(repositories.communities().findByChannel(SLACK_C1)).contains(first);
    assertThat(repositories.communities().findById(second.id())).isEmpty();
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(20, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out waiting for the other save");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Test
  void failedRebindLeavesTheCommunitysOldChannelsInPlace() {
    Community first = community("First", SLACK_T1, SLACK_C1);
    Community second = community("Second", SLACK_T1, channel(SLACK_T1, "C2"));
    repositories.communities().save(first);
    repositories.communities().save(second);

    assertThatThrownBy(() -> repositories.communities().save(second.withChannel(SLACK_C1)))
        .isInstanceOf(ChannelTakenException.class);

    assertThat(repositories.communities().findById(second.id())).contains(second);
  }

  @Test
  void sameChannelIdInAnotherTenantOrPlatformIsADifferentChannel() {
    Community first = community("First", SLACK_T1, SLACK_C1);
    Community other = community("Other workspace", SLACK_T2, channel(SLACK_T2, "C1"));
    repositories.communities().save(first);

    repositories.communities().save(other);

    assertThat(repositories.communities().findByChannel(channel(SLACK_T2, "C1"))).contains(other);
    assertThat(repositories.communities().findByChannel(channel(TEAMS_T1, "C1"))).isEmpty();
    assertThat(repositories.communities().findByChannel(SLACK_C1)).contains(first);
  }

  @Test
  void tenantFindsCommunitiesItOwnsAndThoseMeetingInItsChannels() {
    Community owned = community("Owned", SLACK_T1, SLACK_C1);
    Community meetingHere = community("Guest", TEAMS_T1, TEAMS_C1, channel(SLACK_T1, "C2"));
    Community elsewhere = community("Elsewhere", SLACK_T2, channel(SLACK_T2, "C1"));
    repositories.communities().save(owned);
    repositories.communities().save(meetingHere);
    repositories.communities().save(elsewhere);

    assertThat(repositories.communities().findByTenant(SLACK_T1))
        .containsExactlyInAnyOrder(owned, meetingHere);
    assertThat(repositories.communities().findByTenant(TEAMS_T1)).containsExactly(meetingHere);
    assertThat(repositories.communities().count()).isEqualTo(3);
  }

  @Test
  void memberRoundTripsAndSavingAgainUpdatesIt() {
    Community community = saved("Maths");
    Member member = Member.joining(community.id(), user(SLACK_T1, "U1"), "Ada", T0);
    repositories.members().save(member);
    Member moderator =
        new Member(community.id(), member.user(), "Ada L.", MemberRole.MODERATOR, T0, false);

    repositories.members().save(moderator);

    assertThat(repositories.members().find(community.id(), member.user())).contains(moderator);
    assertThat(repositories.members().findByCommunity(community.id())).containsExactly(moderator);
  }

  @Test
  void membersOfACommunityComeInJoiningOrder() {
    Community community = saved("Maths");
    Member late = Member.joining(community.id(), user(SLACK_T1, "U1"), "Late", T0.plusSeconds(60));
    Member early = Member.joining(community.id(), user(TEAMS_T1, "29:x"), "Early", T0);
    repositories.members().save(late);
    repositories.members().save(early);

    assertThat(repositories.members().findByCommunity(community.id())).containsExactly(early, late);
  }

  @Test
  void userIsFoundInEachCommunityButNotUnderAnotherTenant() {
    Community maths = saved("Maths");
    Community art = saved("Art");
    UserRef ada = user(SLACK_T1, "U1");
    Member inMaths = Member.joining(maths.id(), ada, "Ada", T0);
    Member inArt = Member.joining(art.id(), ada, "Ada", T0.plusSeconds(1));
    repositories.members().save(inMaths);
    repositories.members().save(inArt);
    repositories.members().save(Member.joining(maths.id(), user(SLACK_T2, "U1"), "Bob", T0));

    assertThat(repositories.members().findByUser(ada)).containsExactly(inMaths, inArt);
    assertThat(repositories.members().find(maths.id(), user(TEAMS_T1, "U1"))).isEmpty();
  }

  @Test
  void removingAMemberReportsWhetherThereWasOne() {
    Community community = saved("Maths");
    UserRef ada = user(SLACK_T1, "U1");
    repositories.members().save(Member.joining(community.id(), ada, "Ada", T0));

    assertThat(repositories.members().remove(community.id(), user(SLACK_T2, "U1"))).isFalse();
    assertThat(repositories.members().remove(community.id(), ada)).isTrue();
    assertThat(repositories.members().remove(community.id(), ada)).isFalse();
    assertThat(repositories.members().find(community.id(), ada)).isEmpty();
  }

  private Community saved(String name) {
    Community community = community(name, SLACK_T1);
    repositories.communities().save(community);
    return community;
  }
}

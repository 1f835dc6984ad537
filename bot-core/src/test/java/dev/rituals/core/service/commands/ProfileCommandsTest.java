package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.PairingRole;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.profile.ProfileService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.ProfileField;
import dev.rituals.core.usecase.ProfileFormResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** profile show|set|snooze|optout|optin|import, and the form use case they share rules with. */
class ProfileCommandsTest {
  static final ChannelRef SCIENCE = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "U_MOD");
  static final UserRef MEMBER = UserRef.of(Platform.SLACK, "T1", "U_MEM");

  Ports ports = InMemoryPorts.create();
  MutableClock clock = new MutableClock(Instant.parse("2026-11-23T15:00:00Z"));
  RecordingScheduler scheduler = new RecordingScheduler();
  CommandService commands =
      new CommandService(
          ports,
          scheduler,
          new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE),
          clock);
  ProfileService form = new ProfileService(ports.transactions(), ports.profiles(), clock);

  CommandReply say(UserRef who, Optional<ChannelRef> where, String text) {
    return commands.handle(
        new CommandRequest(who, who.userId(), where, text, false, Optional.of(ZoneId.of("UTC"))));
  }

  CommandReply say(UserRef who, String text) {
    return say(who, Optional.of(SCIENCE), text);
  }

  Profile profile(UserRef user) {
    return ports.profiles().find(user).orElseThrow();
  }

  @BeforeEach
  void community() {
    say(MODERATOR, "community create \"Science\"");
    say(MEMBER, "community join");
  }

  @Test
  void profileAloneOpensTheFormWithTheProfileAsText() {
    CommandReply reply = say(MEMBER, "profile");

    assertThat(reply.form()).contains(CommandReply.Form.PROFILE);
    assertThat(reply.text()).contains("Subjects you teach: —").contains("Pair me in rounds");
  }

  @Test
  void setStoresOneFieldAndShowReadsItBack() {
    assertThat(say(MEMBER, "profile set subjects Science, math").outcome()).isEqualTo(Outcome.OK);
    say(MEMBER, "profile set roles mentee peer");
    say(MEMBER, "profile set school \"Lincoln Middle\"");
    say(MEMBER, "profile set tz America/Chicago");

    Profile p = profile(MEMBER);
    assertThat(p.subjects()).containsExactlyInAnyOrder("science", "math");
    assertThat(p.roles()).containsExactlyInAnyOrder(PairingRole.MENTEE, PairingRole.PEER);
    assertThat(p.school()).isEqualTo("Lincoln Middle");
    assertThat(p.zone()).contains(ZoneId.of("America/Chicago"));
    assertThat(say(MEMBER, "profile show").text())
        .contains("Subjects you teach: math, science")
        .contains("School: Lincoln Middle");
  }

  @Test
  void aBadValueIsExplainedAndNothingChanges() {
    say(MEMBER, "profile set experience 4");

    CommandReply reply = say(MEMBER, "profile set experience lots");

    assertThat(reply.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(reply.text()).contains("\"lots\" is not a whole number from 0 to 60");
    assertThat(profile(MEMBER).yearsOfExperience()).isEqualTo(4);
    assertThat(say(MEMBER, "profile set colour blue").text()).contains("is not a profile field");
  }

  @Test
  void snoozeTakesAFutureDateAndOffClearsIt() {
    assertThat(say(MEMBER, "profile snooze 2027-01-15").outcome()).isEqualTo(Outcome.OK);
    assertThat(profile(MEMBER).snoozedUntil()).contains(LocalDate.of(2027, 1, 15));

    assertThat(say(MEMBER, "profile snooze 2026-11-01").text()).contains("must end after today");
    assertThat(say(MEMBER, "profile snooze soon").text()).contains("is not a date");
    say(MEMBER, "profile snooze off");
    assertThat(profile(MEMBER).snoozedUntil()).isEmpty();
  }

  @Test
  void optInAndOptOutWorkInADirectChatToo() {
    say(MEMBER, Optional.empty(), "profile optin");
    assertThat(profile(MEMBER).optedIn()).isTrue();

    say(MEMBER, Optional.empty(), "profile optout");
    assertThat(profile(MEMBER).optedIn()).isFalse();
  }

  @Test
  void avoidListTakesSlackMentionsAndNeverTheMemberThemself() {
    say(MEMBER, "profile set avoid <@U0A|ann>, U0B U_MEM");

    assertThat(profile(MEMBER).doNotPairWith())
        .containsExactlyInAnyOrder(
            UserRef.of(Platform.SLACK, "T1", "U0A"), UserRef.of(Platform.SLACK, "T1", "U0B"));
  }

  @Test
  void formSubmitSavesAllFieldsOrNoneWithAMessagePerBadField() {
    ProfileFormResult bad =
        form.submit(
            MEMBER,
            Map.of(
                ProfileField.SUBJECTS, "science",
                ProfileField.CAPACITY, "99",
                ProfileField.TIMEZONE, "Mars/Base"));

    assertThat(bad).isInstanceOf(ProfileFormResult.Invalid.class);
    assertThat(((ProfileFormResult.Invalid) bad).errors())
        .containsOnlyKeys(ProfileField.CAPACITY, ProfileField.TIMEZONE);
    assertThat(ports.profiles().find(MEMBER)).isEmpty();

    ProfileFormResult good =
        form.submit(
            MEMBER,
            Map.of(
                ProfileField.SUBJECTS, "science",
                ProfileField.CAPACITY, "2",
                ProfileField.PAIRING, "yes"));
    assertThat(good).isInstanceOf(ProfileFormResult.Saved.class);
    assertThat(profile(MEMBER).mentoringCapacity()).isEqualTo(2);
    assertThat(profile(MEMBER).optedIn()).isTrue();
    assertThat(form.current(MEMBER)).containsEntry(ProfileField.SUBJECTS, "science");
  }

  @Test
  void importStoresEveryRowWhenAllAreValid() {
    CommandReply reply =
        say(
            MODERATOR,
            "profile import\n"
                + "user,roles,subjects,grades,school,experience,capacity,pairing\n"
                + "U1,mentor,\"science,math\",6-8,Lincoln,12,2,yes\n"
                + "U2,mentee,science,6-8,Adams,1,0,yes\n");

    assertThat(reply.text()).isEqualTo("Imported 2 profiles.");
    Profile mentor = profile(UserRef.of(Platform.SLACK, "T1", "U1"));
    assertThat(mentor.roles()).containsExactly(PairingRole.MENTOR);
    assertThat(mentor.subjects()).isEqualTo(Set.of("science", "math"));
    assertThat(mentor.mentoringCapacity()).isEqualTo(2);
    assertThat(mentor.optedIn()).isTrue();
  }

  @Test
  void importWithABadRowStoresNothingAndReportsEachBadRow() {
    CommandReply reply =
        say(
            MODERATOR,
            "profile import\n"
                + "user,roles,experience\n"
                + "U1,mentor,12\n"
                + "U2,wizard,1\n"
                + "U3,peer,many\n"
                + "U4,peer\n");

    assertThat(reply.outcome()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(reply.text())
        .startsWith("Nothing was imported")
        .contains("row 3: roles: \"wizard\" is not a role")
        .contains("row 4: experience: \"many\" is not a whole number")
        .contains("row 5: 2 values for 3 columns");
    assertThat(ports.profiles().find(UserRef.of(Platform.SLACK, "T1", "U1"))).isEmpty();
  }

  @Test
  void onlyModeratorsImport() {
    CommandReply reply = say(MEMBER, "profile import\nuser,roles\nU1,peer\n");

    assertThat(reply.outcome()).isEqualTo(Outcome.DENIED);
    assertThat(ports.profiles().find(UserRef.of(Platform.SLACK, "T1", "U1"))).isEmpty();
  }
}

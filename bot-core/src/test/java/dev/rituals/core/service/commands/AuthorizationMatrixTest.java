package dev.rituals.core.service.commands;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rituals.core.command.AdminCommand;
import dev.rituals.core.command.Command;
import dev.rituals.core.command.CommandParser;
import dev.rituals.core.command.PairCommand;
import dev.rituals.core.command.ParseResult;
import dev.rituals.core.command.ProfileCommand;
import dev.rituals.core.command.RecognitionCommand;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.testing.InMemoryDocuments;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.InMemoryRecognition;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandReply.Outcome;
import dev.rituals.core.usecase.CommandRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command of the grammar against every role: workspace/tenant admin, community moderator,
 * member, someone in the channel who never joined, and the moderator's user id in another
 * workspace. The table below classifies each command; a command added to {@link Command} without a
 * row here fails {@link #everyCommandOfTheGrammarHasARowInTheTable()}, so nobody ships a command
 * whose access was never decided.
 */
class AuthorizationMatrixTest {
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "T1", "C1");
  static final UserRef MODERATOR = UserRef.of(Platform.SLACK, "T1", "UMOD");
  static final Instant NOW = Instant.parse("2026-11-23T15:00:00Z");

  enum Role {
    ADMIN(UserRef.of(Platform.SLACK, "T1", "UADMIN"), true),
    MODERATOR(AuthorizationMatrixTest.MODERATOR, false),
    MEMBER(UserRef.of(Platform.SLACK, "T1", "UMEMBER"), false),
    OUTSIDER(UserRef.of(Platform.SLACK, "T1", "UOUTSIDER"), false),
    OTHER_WORKSPACE(UserRef.of(Platform.SLACK, "T2", "UMOD"), true);

    final UserRef user;
    final boolean tenantAdmin;

    Role(UserRef user, boolean tenantAdmin) {
      this.user = user;
      this.tenantAdmin = tenantAdmin;
    }

    boolean mayConfigure() {
      return this == ADMIN || this == MODERATOR;
    }

    /**
     * The other workspace's user (an admin there) types in a same-named channel of their own
     * workspace: being admin of one workspace gives nothing in another.
     */
    ChannelRef channel() {
      return this == OTHER_WORKSPACE ? ChannelRef.of(Platform.SLACK, "T2", "C1") : CHANNEL;
    }
  }

  /** Who may run a command. */
  enum Access {
    /** Changes the community: moderators and workspace/tenant admins; others are denied. */
    CONFIGURE,
    /** Shows the community to anyone in its channel. */
    READ,
    /** Acts on the person themselves (join, leave, own reminders). */
    SELF,
    /** Works without a community (help, create, redeeming a link code). */
    OPEN
  }

  record Row(Class<? extends Command> command, String text, Access access) {
    @Override
    public String toString() {
      return text.lines().findFirst().orElse("") + " [" + access + "]";
    }
  }

  static final List<Row> TABLE =
      List.of(
          new Row(Command.Help.class, "help schedule", Access.OPEN),
          new Row(
              dev.rituals.core.command.CommunityCreate.class,
              "community create \"Other Circle\"",
              Access.OPEN),
          new Row(Command.CommunityInfo.class, "community info", Access.READ),
          new Row(Command.CommunityJoin.class, "community join", Access.SELF),
          new Row(Command.CommunityLeave.class, "community leave", Access.SELF),
          new Row(Command.CommunityLink.class, "community link", Access.CONFIGURE),
          new Row(Command.CommunityLink.class, "community link K7PX-2QMD", Access.OPEN),
          new Row(Command.ScheduleAddForm.class, "schedule add", Access.CONFIGURE),
          new Row(
              dev.rituals.core.command.ScheduleAdd.class,
              "schedule add weekly fri 7am \"What worked?\"",
              Access.CONFIGURE),
          new Row(Command.ScheduleList.class, "schedule list", Access.READ),
          new Row(Command.ScheduleShow.class, "schedule show 1", Access.READ),
          new Row(Command.SchedulePause.class, "schedule pause 1", Access.CONFIGURE),
          new Row(Command.ScheduleResume.class, "schedule resume 1", Access.CONFIGURE),
          new Row(Command.ScheduleDelete.class, "schedule delete 1", Access.CONFIGURE),
          new Row(Command.ScheduleNext.class, "schedule next", Access.READ),
          new Row(Command.ScheduleRemind.class, "schedule remind 1 12h", Access.CONFIGURE),
          new Row(
              dev.rituals.core.command.QuestionsAdd.class,
              "questions add \"A new question?\"",
              Access.CONFIGURE),
          new Row(Command.QuestionsList.class, "questions list", Access.READ),
          new Row(Command.QuestionsRemove.class, "questions remove 1", Access.CONFIGURE),
          new Row(
              dev.rituals.core.command.QuestionsImport.class,
              "questions import\nWhat surprised you?\nWhat will you try next?",
              Access.CONFIGURE),
          new Row(Command.QuestionsTemplate.class, "questions template", Access.READ),
          new Row(Command.QuestionsTemplate.class, "questions template friyay", Access.CONFIGURE),
          new Row(Command.AskNow.class, "ask now", Access.CONFIGURE),
          new Row(Command.AskNow.class, "ask now \"Anything new?\"", Access.CONFIGURE),
          new Row(Command.Report.class, "report", Access.READ),
          new Row(Command.Nudges.class, "nudges off", Access.SELF),
          new Row(Command.ArchiveList.class, "archive", Access.READ),
          new Row(Command.ArchiveExport.class, "archive export 1", Access.READ),
          new Row(Command.Status.class, "status", Access.CONFIGURE),
          new Row(Command.StatusRetry.class, "status retry all", Access.CONFIGURE),
          new Row(Command.StatusDismiss.class, "status dismiss all", Access.CONFIGURE),
          new Row(Command.DashboardReset.class, "dashboard reset", Access.CONFIGURE),
          new Row(ProfileCommand.Edit.class, "profile edit", Access.SELF),
          new Row(ProfileCommand.Show.class, "profile show", Access.SELF),
          new Row(ProfileCommand.Set.class, "profile set subjects science,math", Access.SELF),
          new Row(ProfileCommand.Snooze.class, "profile snooze 2027-01-15", Access.SELF),
          new Row(ProfileCommand.OptOut.class, "profile optout", Access.SELF),
          new Row(ProfileCommand.OptIn.class, "profile optin", Access.SELF),
          new Row(
              ProfileCommand.Import.class,
              "profile import\nuser,subjects\nUMEMBER,science",
              Access.CONFIGURE),
          new Row(PairCommand.Schedule.class, "pair schedule weekly peer", Access.CONFIGURE),
          new Row(PairCommand.Preview.class, "pair preview", Access.CONFIGURE),
          new Row(PairCommand.Run.class, "pair run", Access.CONFIGURE),
          new Row(PairCommand.Stats.class, "pair stats", Access.READ),
          new Row(PairCommand.Respond.class, "pair met", Access.SELF),
          new Row(PairCommand.Stay.class, "pair stay", Access.SELF),
          new Row(
              Command.ScheduleSkip.class, "schedule skip 2026-12-21..2027-01-03", Access.CONFIGURE),
          new Row(Command.ScheduleSkip.class, "schedule unskip 2026-12-21", Access.CONFIGURE),
          new Row(Command.ScheduleSkipList.class, "schedule skip list", Access.READ),
          new Row(
              Command.ScheduleHost.class,
              "schedule host 1 on lead 3d deadline 1d",
              Access.CONFIGURE),
          new Row(Command.CommunityWeek.class, "community week", Access.READ),
          new Row(Command.CommunityWeek.class, "community week sun-thu", Access.CONFIGURE),
          // only the member invited to host may answer; anyone else is told there is no invitation
          new Row(Command.HostQuestion.class, "host question \"Mine?\"", Access.SELF),
          new Row(Command.HostQuestion.class, "host pick 1", Access.SELF),
          new Row(RecognitionCommand.MyBadges.class, "my badges", Access.SELF),
          new Row(RecognitionCommand.BadgesAnnounce.class, "badges announce off", Access.SELF),
          new Row(RecognitionCommand.MyData.class, "my data", Access.SELF),
          new Row(RecognitionCommand.PdStatementFor.class, "pd statement", Access.SELF),
          new Row(RecognitionCommand.ForgetMe.class, "forget me", Access.SELF),
          new Row(RecognitionCommand.PdRuleShow.class, "pd rule", Access.READ),
          new Row(
              RecognitionCommand.PdRuleSet.class,
              "pd rule live-chat 60m prompt 10m mentoring 30m",
              Access.CONFIGURE),
          new Row(RecognitionCommand.RetentionShow.class, "community retention", Access.READ),
          new Row(
              RecognitionCommand.RetentionSet.class, "community retention 365", Access.CONFIGURE),
          new Row(
              RecognitionCommand.ForgetPolicySet.class,
              "community forget anonymise",
              Access.CONFIGURE),
          // In Slack these only say that Slack's own admins and owners are Rituals admins; the
          // Teams adapter answers them itself (TeamsAdminCommandsTest covers its roles).
          new Row(AdminCommand.ListAdmins.class, "admins", Access.OPEN),
          new Row(AdminCommand.Add.class, "admin add <@UMEMBER>", Access.OPEN),
          new Row(AdminCommand.Remove.class, "admin remove <@UADMIN>", Access.OPEN));

  Ports ports;
  CommandService commands;
  MutableClock clock;

  /** A community with a ritual, a bank question, a member, and one round in its archive. */
  @BeforeEach
  void communityWithARitualAQuestionAMemberAndAPastRound() {
    ports = InMemoryPorts.create();
    clock = new MutableClock(NOW);
    RecordingScheduler scheduler = new RecordingScheduler();
    // with badges, PD hours and privacy on, as in the app: their commands are in the table too
    commands =
        new CommandService(
            ports,
            scheduler,
            new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE),
            clock,
            CommandService.Extras.NONE
                .withRecognition(InMemoryRecognition.create(ports), new InMemoryDocuments())
                .withDashboards(new dev.rituals.core.testing.InMemoryDashboardTabs()));
    expectOk(MODERATOR, CHANNEL, "community create \"Kestrel Lab\"");
    expectOk(MODERATOR, CHANNEL, "schedule add weekly mon 8am \"First?\"");
    expectOk(MODERATOR, CHANNEL, "questions add \"Bank question?\"");
    expectOk(MODERATOR, CHANNEL, "ask now \"Setup question?\"");
    expectOk(Role.MEMBER.user, CHANNEL, "community join");
    clock.advance(java.time.Duration.ofHours(1));
  }

  @Test
  void everyCommandOfTheGrammarHasARowInTheTable() {
    Set<Class<?>> inTable = TABLE.stream().map(Row::command).collect(Collectors.toSet());
    Set<Class<?>> grammar = leaves(Command.class);
    assertThat(inTable)
        .as("commands without a row in the authorization table: decide who may run them")
        .containsExactlyInAnyOrderElementsOf(grammar);
  }

  /** The records of a sealed hierarchy: sealed sub-interfaces (pair, profile) are opened up. */
  static Set<Class<?>> leaves(Class<?> sealed) {
    Set<Class<?>> leaves = new java.util.HashSet<>();
    for (Class<?> permitted : sealed.getPermittedSubclasses()) {
      if (permitted.isSealed()) {
        leaves.addAll(leaves(permitted));
      } else {
        leaves.add(permitted);
      }
    }
    return leaves;
  }

  @Test
  void everyRowsTextParsesToItsCommand() {
    CommandParser parser = new CommandParser(clock);
    for (Row row : TABLE) {
      ParseResult parsed = parser.parse(row.text());
      assertThat(parsed).as(row.text()).isInstanceOf(ParseResult.Parsed.class);
      assertThat(((ParseResult.Parsed) parsed).command())
          .as(row.text())
          .isInstanceOf(row.command());
    }
  }

  static Stream<Arguments> everyRowAndRole() {
    List<Arguments> cases = new ArrayList<>();
    for (Row row : TABLE) {
      for (Role role : Role.values()) {
        cases.add(Arguments.of(row, role));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1}: {0}")
  @MethodSource("everyRowAndRole")
  void eachRoleGetsWhatTheTableSays(Row row, Role role) {
    String before = snapshot();
    CommandReply reply = say(role, row.text());
    String label = role + " `" + row.text() + "` → " + reply.outcome() + ": " + reply.text();

    assertThat(reply.text()).as(label).doesNotContain("Something went wrong");
    if (role == Role.OTHER_WORKSPACE) {
      // Another workspace never sees or changes this community, whatever its role there.
      assertThat(reply.text()).as(label).doesNotContain("Kestrel", "First?", "Bank question?");
      assertThat(snapshot()).as(label).isEqualTo(before);
      if (row.access() == Access.CONFIGURE || row.access() == Access.READ) {
        assertThat(reply.outcome()).as(label).isEqualTo(Outcome.NOT_FOUND);
      }
      return;
    }
    switch (row.access()) {
      case CONFIGURE -> {
        if (role.mayConfigure()) {
          assertThat(reply.outcome()).as(label).isEqualTo(Outcome.OK);
        } else {
          assertThat(reply.outcome()).as(label).isEqualTo(Outcome.DENIED);
          assertThat(reply.text()).as(label).contains("Only moderators");
          assertThat(snapshot()).as(label + " changed nothing").isEqualTo(before);
        }
      }
      case READ -> {
        assertThat(reply.outcome()).as(label).isEqualTo(Outcome.OK);
        assertThat(snapshot()).as(label + " changed nothing").isEqualTo(before);
      }
      case SELF, OPEN -> assertThat(reply.outcome()).as(label).isNotEqualTo(Outcome.DENIED);
    }
  }

  /**
   * The schedule form (Slack modal, Teams card) saves through its own use case: moderators, and
   * admins of the channel's own workspace; an admin of another workspace is refused.
   */
  @ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.EnumSource(Role.class)
  void theScheduleFormSavesForModeratorsAndAdminsOnly(Role role) {
    String before = snapshot();
    var form =
        new dev.rituals.core.usecase.ScheduleForm(
            java.util.Map.of(
                dev.rituals.core.usecase.ScheduleForm.Field.KIND, "prompt",
                dev.rituals.core.usecase.ScheduleForm.Field.DAYS, "fri",
                dev.rituals.core.usecase.ScheduleForm.Field.TIME, "07:00",
                dev.rituals.core.usecase.ScheduleForm.Field.QUESTION, "From the form?"));
    RecordingScheduler scheduler = new RecordingScheduler();
    // The adapter says whether the platform knows the person as an admin of their workspace.
    var forms = new ScheduleFormService(ports, scheduler, clock);
    var result =
        role.tenantAdmin
            ? forms.submitAsAdmin(role.user, role.channel(), form)
            : forms.submit(role.user, role.channel(), form);
    if (role.mayConfigure()) {
      assertThat(result).isInstanceOf(dev.rituals.core.usecase.FormResult.Saved.class);
    } else {
      assertThat(result)
          .as(role.name())
          .isInstanceOf(dev.rituals.core.usecase.FormResult.Refused.class);
      assertThat(snapshot()).as(role + " changed nothing").isEqualTo(before);
    }
  }

  @Test
  void aMemberCannotMakeThemselvesModeratorThroughALinkCodeForTheirOwnChannel() {
    String code = linkCode();
    CommandReply reply = say(Role.MEMBER, "community link " + code);
    assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.USAGE_ERROR);
    assertThat(ports.members().find(community().id(), Role.MEMBER.user).orElseThrow().role())
        .isEqualTo(dev.rituals.core.model.MemberRole.MEMBER);
  }

  @Test
  void aLinkCodeRedeemedInAnotherWorkspaceBindsOnlyTheChannelItIsTypedIn() {
    String code = linkCode();
    CommandReply reply = say(Role.OTHER_WORKSPACE, "community link " + code);
    assertThat(reply.outcome()).as(reply.text()).isEqualTo(Outcome.OK);
    assertThat(community().channels())
        .containsExactlyInAnyOrder(CHANNEL, Role.OTHER_WORKSPACE.channel());
  }

  private String linkCode() {
    CommandReply issued = say(Role.MODERATOR, "community link");
    Matcher code = Pattern.compile("([2-9A-Z]{4}-[2-9A-Z]{4})").matcher(issued.text());
    assertThat(code.find()).as(issued.text()).isTrue();
    return code.group(1);
  }

  private Community community() {
    return ports.communities().findByChannel(CHANNEL).orElseThrow();
  }

  /** Everything a command could change, as text, to show a refused command left no trace. */
  private String snapshot() {
    Community community = community();
    return String.join(
        "\n",
        community.toString(),
        ports.rituals().findByCommunity(community.id()).toString(),
        ports.questions().findByCommunity(community.id()).toString(),
        ports.members().findByCommunity(community.id()).toString(),
        ports
            .occurrences()
            .findByCommunity(community.id(), Instant.EPOCH, NOW.plusSeconds(86400))
            .toString(),
        "outbox pending " + ports.outbox().count(OutboxState.PENDING),
        "profiles "
            + Stream.of(Role.values())
                // the other workspace's user may edit their own profile; it isn't this community's
                .filter(r -> r != Role.OTHER_WORKSPACE)
                .map(r -> ports.profiles().find(r.user).toString())
                .collect(Collectors.joining(",")),
        "pairing " + ports.pairings().allRituals() + ports.pairings().history(community.id()));
  }

  private CommandReply say(Role role, String text) {
    return commands.handle(
        new CommandRequest(
            role.user,
            role.name(),
            Optional.of(role.channel()),
            text,
            role.tenantAdmin,
            Optional.empty()));
  }

  private void expectOk(UserRef who, ChannelRef where, String text) {
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                who, who.userId(), Optional.of(where), text, false, Optional.empty()));
    assertThat(reply.outcome()).as(text + " → " + reply.text()).isEqualTo(Outcome.OK);
  }
}

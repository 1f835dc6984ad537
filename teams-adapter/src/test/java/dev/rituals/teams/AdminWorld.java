package dev.rituals.teams;

import static dev.rituals.teams.Activities.GENERAL_CHANNEL;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.model.Community;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.MembershipService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.service.commands.ScheduleFormService;
import dev.rituals.core.testing.InMemoryPorts;
import dev.rituals.core.testing.MutableClock;
import dev.rituals.core.testing.RecordingScheduler;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant where District IT installed Rituals in the Science team, Alice (the community's
 * moderator) and Bob (a member) work, with core's real services behind the real Bot Framework
 * adapter and the fake connector knowing everyone's Entra object ids.
 */
final class AdminWorld implements AutoCloseable {
  static final String IT = "29:it";
  static final String IT_NAME = "District IT";
  static final String BOB = "29:bob";
  static final String BOB_NAME = "Bob Brown";
  static final String OTHER_TENANT = "tenant-2";

  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00Z"));
  final Ports ports = InMemoryPorts.create();
  final RecordingScheduler scheduler = new RecordingScheduler();
  final TeamsTestApp app;

  AdminWorld(Set<TeamsAdminId> configured) throws Exception {
    CommandService commands =
        new CommandService(
            ports,
            scheduler,
            new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE),
            clock);
    TeamsUseCases core =
        new TeamsUseCases(
            commands,
            new ScheduleFormService(ports, scheduler, clock),
            new AnswerService(ports, clock),
            new MembershipService(ports, clock, OutboxSignal.NONE),
            new ReportService(ports),
            Optional.empty(),
            Optional.of(ports.inboundEvents()));
    TeamsSettings settings = new TeamsSettings("", "", Optional.empty(), Set.of(), configured);
    app = new TeamsTestApp(settings, clock, core);
    app.connector.knowsMember(IT, IT_NAME, "aad-it", Activities.TENANT, "user");
    app.connector.knowsMember(
        Activities.ALICE, Activities.ALICE_NAME, "aad-alice", Activities.TENANT, "user");
    app.connector.knowsMember(BOB, BOB_NAME, "aad-bob", Activities.TENANT, "user");
  }

  /** IT adds Rituals to the team; Alice creates the community, Bob joins it. */
  AdminWorld installedByItWithAliceModeratingAndBobAMember() throws Exception {
    app.post(Activities.from(app.activities.teamInstall(), IT, IT_NAME, "aad-it"));
    say(app.activities.mention("community create \"Science Teachers\""));
    assertThat(lastText()).contains("Science Teachers");
    say(Activities.from(app.activities.mention("community join"), BOB, BOB_NAME, "aad-bob"));
    app.connector.clear();
    return this;
  }

  /** {@code @Rituals <command> @person} from someone, with both mentions as Teams sends them. */
  ObjectNode mentioning(String command, String personId, String personName) {
    ObjectNode activity = app.activities.mention(command + " <at>" + personName + "</at>");
    ObjectNode mention = ((ArrayNode) activity.get("entities")).addObject();
    mention.put("type", "mention");
    mention.put("text", "<at>" + personName + "</at>");
    mention.putObject("mentioned").put("id", personId).put("name", personName);
    return activity;
  }

  static ObjectNode by(ObjectNode activity, String userId, String name, String aad) {
    return Activities.from(activity, userId, name, aad);
  }

  static ObjectNode byIt(ObjectNode activity) {
    return by(activity, IT, IT_NAME, "aad-it");
  }

  static ObjectNode byBob(ObjectNode activity) {
    return by(activity, BOB, BOB_NAME, "aad-bob");
  }

  /** The same activity, as if it came from another Microsoft 365 tenant. */
  static ObjectNode inOtherTenant(ObjectNode activity) {
    ((ObjectNode) activity.get("conversation")).put("tenantId", OTHER_TENANT);
    ((ObjectNode) activity.get("channelData")).putObject("tenant").put("id", OTHER_TENANT);
    return activity;
  }

  /** Posts the activity and returns the reply's text. */
  String say(ObjectNode activity) throws Exception {
    assertThat(app.post(activity).statusCode()).isEqualTo(202);
    return lastText();
  }

  String lastText() {
    List<FakeBotConnector.Call> calls = app.connector.messages();
    assertThat(calls).as("a reply").isNotEmpty();
    return calls.get(calls.size() - 1).body().path("text").asText();
  }

  int ritualCount() {
    Community community = ports.communities().findByChannel(GENERAL_CHANNEL).orElseThrow();
    return ports.rituals().findByCommunity(community.id()).size();
  }

  static ObjectNode scheduleForm() {
    ObjectNode value = Activities.object();
    value.put("rituals", "schedule_add");
    value.put("kind", "prompt");
    value.put("days", "fri");
    value.put("time", "07:30");
    value.put("zone", "Europe/London");
    value.put("question", "What surprised you this week?");
    value.put("window", "3d");
    return value;
  }

  @Override
  public void close() throws Exception {
    app.close();
  }
}

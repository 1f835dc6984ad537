package dev.rituals.core.recognition;

import dev.rituals.core.model.Answer;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.schedule.StepRunner;
import dev.rituals.core.service.ActivityListener;
import dev.rituals.core.service.Ports;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Recognition's reaction to activity: an answer, a hosting or a meeting may earn badges at once; a
 * close makes sure the community's daily run is scheduled, invites quiet members and applies the
 * retention period; the daily run does the same when nothing closes, and picks up pairing groups
 * that met. Runs inside the transaction that recorded the activity.
 */
public final class RecognitionService implements ActivityListener {
  private static final Logger log = LoggerFactory.getLogger(RecognitionService.class);

  private final Ports ports;
  private final RecognitionPorts recognition;
  private final Clock clock;
  private final BadgeService badges;
  private final PeripheralInvitations invitations;
  private final RetentionJob retention;
  private final Optional<RecognitionDaily> schedule;

  /** Without a scheduler: the daily run happens only when an occurrence closes. */
  public RecognitionService(Ports ports, RecognitionPorts recognition, Clock clock) {
    this(ports, recognition, clock, null);
  }

  /** With a scheduler, each community also gets a daily run (see {@link RecognitionDaily}). */
  public RecognitionService(
      Ports ports, RecognitionPorts recognition, Clock clock, RitualScheduler scheduler) {
    this.ports = ports;
    this.recognition = recognition;
    this.clock = clock;
    this.badges = new BadgeService(ports, recognition, clock);
    this.invitations = new PeripheralInvitations(ports, recognition, clock);
    this.retention = new RetentionJob(recognition, clock);
    this.schedule =
        Optional.ofNullable(scheduler)
            .map(s -> new RecognitionDaily(s, ports.communities()::findById, this::daily, clock));
  }

  @Override
  public void answerRecorded(Answer answer) {
    ports
        .communities()
        .findById(answer.communityId())
        .ifPresent(c -> badges.evaluate(c, answer.author()));
  }

  @Override
  public void occurrenceClosed(Occurrence occurrence) {
    ports
        .communities()
        .findById(occurrence.communityId())
        .ifPresent(
            c -> {
              schedule.ifPresent(d -> d.ensureScheduled(c));
              int invited = invitations.invite(c);
              int expired = retention.apply(c);
              log.info(
                  "Recognition after close of {}: {} invited, {} answers past retention deleted",
                  occurrence.id(),
                  invited,
                  expired);
            });
  }

  /**
   * A member hosted an occurrence (e.g. posted its question with "ask now"): recorded as evidence,
   * and it may earn the "Hosted a chat" badge.
   */
  public List<Badge> hosted(Hosting hosting) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              recognition.activity().recordHosting(hosting);
              return evaluate(hosting.communityId(), hosting.host());
            });
  }

  /** A pairing follow-up reported a held meeting: evidence for PD hours and the first badge. */
  public List<Badge> meetingHeld(MentoringMeeting meeting) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              recognition.activity().recordMeeting(meeting);
              return evaluate(meeting.communityId(), meeting.member());
            });
  }

  private List<Badge> evaluate(CommunityId community, UserRef member) {
    return ports
        .communities()
        .findById(community)
        .map(c -> badges.evaluate(c, member))
        .orElse(List.of());
  }

  public BadgeService badges() {
    return badges;
  }

  /** The step runner Quartz calls: recognition's daily steps here, the rest to {@code others}. */
  public StepRunner stepRunner(StepRunner others) {
    return schedule.map(d -> d.runner(others)).orElse(others);
  }

  /** The daily run for one community, when no occurrence closes (e.g. during holidays). */
  public void daily(Community community) {
    ports
        .transactions()
        .inTransaction(
            () -> {
              // "pair met" answers arrive through pairing, which does not tell recognition.
              Meetings.metMembers(ports, community).forEach(u -> badges.evaluate(community, u));
              Hostings.hosts(ports, community, clock.instant())
                  .forEach(u -> badges.evaluate(community, u));
              invitations.invite(community);
              retention.apply(community);
            });
  }
}

package dev.rituals.app.simulate;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.QuestionTemplates;
import dev.rituals.core.model.Ritual;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.service.AnswerService;
import dev.rituals.core.service.MembershipService;
import dev.rituals.core.service.OccurrenceService;
import dev.rituals.core.service.OutboxSender;
import dev.rituals.core.service.OutboxSignal;
import dev.rituals.core.service.Ports;
import dev.rituals.core.service.ReportService;
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.usecase.AnswerOutcome;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import dev.rituals.core.usecase.ParticipationReport;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Runs one community through weeks of weekly prompts on a virtual clock, through the real engine:
 * the command grammar sets it up, Quartz (on the real database) computes every fire time, the
 * occurrence service fires and closes, the outbox sender delivers, members answer in threads, and
 * the report service counts. The simulation plays Quartz's clock: it fires each trigger at its
 * computed time instead of waiting for it.
 */
public final class Simulation {
  static final ZoneId ZONE = ZoneId.of("America/New_York");
  static final ChannelRef CHANNEL = ChannelRef.of(Platform.SLACK, "TSIMULATED", "CSIMULATED");

  private final Ports ports;
  private final RitualScheduler scheduler;
  private final VirtualClock clock;
  private final Random random;
  private final SimulatedChat chat = new SimulatedChat();
  private final OccurrenceService occurrences;
  private final OutboxSender sender;
  private final AnswerService answers;

  /** What the simulation did, for printing and tests. */
  public record Result(
      ParticipationReport report,
      List<SimulatedMember> members,
      List<String> recaps,
      long answers) {}

  public Simulation(Ports ports, SchedulerFactory schedulerFactory, Instant start, long seed) {
    this.ports = ports;
    this.clock = new VirtualClock(start);
    this.scheduler = schedulerFactory.create(clock);
    this.random = new Random(seed);
    this.occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
    this.sender = new OutboxSender(ports, List.of(chat), clock);
    this.answers = new AnswerService(ports, clock);
  }

  /** Builds the scheduler the simulation uses, on the simulation's clock. */
  @FunctionalInterface
  public interface SchedulerFactory {
    RitualScheduler create(java.time.Clock clock);
  }

  public Result run(int memberCount, int weeks) {
    UserRef moderator = UserRef.of(Platform.SLACK, CHANNEL.tenant().tenantId(), "UMODERATOR");
    CommandService commands = new CommandService(ports, scheduler, occurrences, clock);
    command(
        commands,
        moderator,
        "community create \"Grade 6-8 Science\" domain \"inquiry-based labs\" tz " + ZONE.getId());
    for (String question : QuestionTemplates.find("reflection").orElseThrow().questions()) {
      command(commands, moderator, "questions add \"" + question + "\" tags reflection");
    }
    command(commands, moderator, "schedule add weekly fri 07:00 bank window 3d");
    Community community = ports.communities().findByChannel(CHANNEL).orElseThrow();
    Ritual ritual = ports.rituals().findByNumber(community.id(), 1).orElseThrow();

    List<SimulatedMember> members =
        join(memberCount, new MembershipService(ports, clock, OutboxSignal.NONE));
    sender.drain();
    Instant firstFire = null;
    for (int week = 0; week < weeks; week++) {
      ZonedDateTime fire = scheduler.nextFireTimes(ritual, clock.instant(), 1).get(0);
      firstFire = firstFire == null ? fire.toInstant() : firstFire;
      clock.moveTo(fire.toInstant());
      Occurrence occurrence = occurrences.fire(ritual.id(), fire.toInstant()).orElseThrow();
      sender.drain();
      answerWeek(members, occurrence, chat.lastPrompt());
      clock.moveTo(occurrence.closesAt());
      occurrences.runStep(
          OccurrenceService.STEP_CLOSE, occurrence.id().toString(), occurrence.closesAt());
      sender.drain();
    }
    DateRange range =
        new DateRange(
            firstFire.atZone(ZONE).toLocalDate(), clock.instant().atZone(ZONE).toLocalDate());
    ParticipationReport report = new ReportService(ports).report(community.id(), range);
    return new Result(report, members, chat.recaps(), report.totalAnswers());
  }

  private List<SimulatedMember> join(int count, MembershipService membership) {
    List<SimulatedMember> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      UserRef user =
          UserRef.of(Platform.SLACK, CHANNEL.tenant().tenantId(), String.format("U%05d", i));
      SimulatedMember member = SimulatedMember.random(user, i, random);
      membership.joinedChannel(CHANNEL, user, member.name());
      members.add(member);
    }
    return members;
  }

  /** Members who answer this week reply in the prompt's thread at random times in the window. */
  private void answerWeek(List<SimulatedMember> members, Occurrence occurrence, MessageRef prompt) {
    long windowSeconds = Duration.between(occurrence.opensAt(), occurrence.closesAt()).toSeconds();
    record Reply(SimulatedMember member, Instant at) {}
    List<Reply> replies = new ArrayList<>();
    for (SimulatedMember member : members) {
      if (random.nextDouble() < member.answerProbability()) {
        // Most answers come early: the square skews times toward the opening.
        double share = Math.pow(random.nextDouble(), 2);
        replies.add(
            new Reply(
                member, occurrence.opensAt().plusSeconds((long) (share * (windowSeconds - 1)))));
      }
    }
    replies.sort(Comparator.comparing(Reply::at));
    for (Reply reply : replies) {
      clock.moveTo(reply.at());
      String ts = reply.at().getEpochSecond() + "." + reply.member().user().userId().substring(1);
      AnswerOutcome outcome =
          answers.onMessage(
              new IncomingMessage(
                  reply.member().user(),
                  reply.member().name(),
                  "Simulated answer from " + reply.member().name(),
                  new MessageRef(CHANNEL, ts),
                  Optional.of(prompt),
                  CHANNEL.channelId() + ":" + ts,
                  reply.at()));
      if (outcome != AnswerOutcome.RECORDED) {
        throw new IllegalStateException("simulated answer was not recorded: " + outcome);
      }
    }
  }

  private void command(CommandService commands, UserRef moderator, String text) {
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                moderator, "Moderator", Optional.of(CHANNEL), text, false, Optional.of(ZONE)));
    if (reply.outcome() != CommandReply.Outcome.OK) {
      throw new IllegalStateException(
          "simulation set-up command failed: " + text + " → " + reply.text());
    }
  }
}

package dev.rituals.app.simulate;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.MessageKind;
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
import dev.rituals.core.service.commands.CommandService;
import dev.rituals.core.usecase.CommandReply;
import dev.rituals.core.usecase.CommandRequest;
import dev.rituals.core.usecase.IncomingMessage;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Random;

/**
 * A live chat or a slow chat run through the real engine on the virtual clock, printed as it
 * happens: the welcome, each question when its step runs, members' thread replies, the recap. The
 * community and members are set up as in {@link Simulation}.
 */
public final class ChatSimulation {
  /** Which chat to run, with the command that schedules it. */
  public enum Kind {
    LIVE_CHAT("schedule add live-chat thu 19:00 America/New_York bank questions 4 every 8m"),
    SLOW_CHAT("schedule add slow-chat mon 08:00 America/New_York bank days 3");

    private final String command;

    Kind(String command) {
      this.command = command;
    }
  }

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.ENGLISH);
  private static final String[] ANSWERS = {
    "Exit tickets on sticky notes", "Think-pair-share before every lab",
    "A student-run warm-up", "Mini whiteboards for quick checks",
    "Letting them write the quiz questions", "Two minutes of silent reflection",
  };

  private record Reply(Instant at, SimulatedMember member, MessageRef prompt, String number) {}

  private final Ports ports;
  private final SteppedScheduler scheduler;
  private final VirtualClock clock;
  private final Random random;
  private final SimulatedChat chat = new SimulatedChat();
  private final OccurrenceService occurrences;
  private final OutboxSender sender;
  private final AnswerService answers;
  private final PrintStream out;
  private final PriorityQueue<Reply> replies = new PriorityQueue<>(Comparator.comparing(Reply::at));
  private long messageIds;

  public ChatSimulation(
      Ports ports,
      Simulation.SchedulerFactory schedulerFactory,
      Instant start,
      long seed,
      PrintStream out) {
    this.ports = ports;
    this.clock = new VirtualClock(start);
    RitualScheduler real = schedulerFactory.create(clock);
    this.scheduler = new SteppedScheduler(real);
    this.random = new Random(seed);
    this.occurrences = new OccurrenceService(ports, scheduler, clock, OutboxSignal.NONE);
    this.sender = new OutboxSender(ports, List.of(chat), clock);
    this.answers = new AnswerService(ports, clock);
    this.out = out;
  }

  /** Runs {@code rounds} occurrences of the chat and returns how many recaps were posted. */
  public int run(Kind kind, int memberCount, int rounds) {
    UserRef moderator =
        UserRef.of(Platform.SLACK, Simulation.CHANNEL.tenant().tenantId(), "UMODERATOR");
    CommandService commands = new CommandService(ports, scheduler, occurrences, clock);
    command(
        commands,
        moderator,
        "community create \"Grade 6-8 Science\" tz " + Simulation.ZONE.getId());
    for (String question : QuestionTemplates.find("reflection").orElseThrow().questions()) {
      command(commands, moderator, "questions add \"" + question + "\"");
    }
    command(commands, moderator, kind.command);
    Community community = ports.communities().findByChannel(Simulation.CHANNEL).orElseThrow();
    Ritual ritual = ports.rituals().findByNumber(community.id(), 1).orElseThrow();
    List<SimulatedMember> members = join(memberCount);
    sender.drain();
    chat.takePosts(); // the welcome DMs are not part of the chat

    for (int round = 1; round <= rounds; round++) {
      Instant fire = scheduler.nextFireTimes(ritual, clock.instant(), 1).get(0).toInstant();
      out.printf("%n== %s, round %d of %d ==%n", title(kind), round, rounds);
      clock.moveTo(fire);
      Occurrence occurrence = occurrences.fire(ritual.id(), fire).orElseThrow();
      deliver(members, occurrence);
      runUntilQuiet(members, occurrence);
    }
    return chat.recaps().size();
  }

  /** Runs steps and replies in time order until nothing is left to happen. */
  private void runUntilQuiet(List<SimulatedMember> members, Occurrence occurrence) {
    while (true) {
      Optional<Instant> step = scheduler.nextAt();
      Reply reply = replies.peek();
      if (step.isEmpty() && reply == null) {
        return;
      }
      if (reply != null && (step.isEmpty() || reply.at().isBefore(step.get()))) {
        replies.poll();
        clock.moveTo(reply.at());
        answer(reply);
      } else {
        SteppedScheduler.Step next = scheduler.takeNext().orElseThrow();
        clock.moveTo(next.at());
        occurrences.runStep(next.type(), next.occurrenceId(), next.at());
      }
      deliver(members, occurrence);
    }
  }

  /** Sends what the engine queued and prints what reached the channel. */
  private void deliver(List<SimulatedMember> members, Occurrence occurrence) {
    sender.drain();
    for (SimulatedChat.Post post : chat.takePosts()) {
      String time = WHEN.format(clock.instant().atZone(Simulation.ZONE));
      if (post.kind() == MessageKind.RECAP) {
        post.text().lines().forEach(line -> out.printf("%s  RECAP  %s%n", time, line));
      } else if (post.kind() == MessageKind.PROMPT) {
        out.printf("%s  %s%n", time, post.text().replace("*", ""));
        planReplies(members, occurrence, post);
      } else {
        out.printf("%s  %s  %s%n", time, post.kind(), post.text().lines().findFirst().orElse(""));
      }
    }
  }

  /** Some members answer each question in its thread, before the next one (or the close). */
  private void planReplies(
      List<SimulatedMember> members, Occurrence occurrence, SimulatedChat.Post prompt) {
    Instant now = clock.instant();
    // Before the next question, else before the close (a step, so it is where the engine put it).
    Instant until =
        scheduler
            .nextAt("question:", now)
            .or(() -> scheduler.nextAt("close", now))
            .orElse(occurrence.closesAt());
    long seconds = Math.max(Duration.between(now, until).toSeconds() - 1, 1);
    for (SimulatedMember member : members) {
      if (random.nextDouble() < member.answerProbability()) {
        Instant at = now.plusSeconds(1 + (long) (random.nextDouble() * (seconds - 1)));
        replies.add(new Reply(at, member, prompt.ref(), prompt.number().orElse("?")));
      }
    }
  }

  private void answer(Reply reply) {
    String text = ANSWERS[random.nextInt(ANSWERS.length)];
    String ts = reply.at().getEpochSecond() + "." + ++messageIds;
    answers.onMessage(
        new IncomingMessage(
            reply.member().user(),
            reply.member().name(),
            text,
            new MessageRef(Simulation.CHANNEL, ts),
            Optional.of(reply.prompt()),
            Simulation.CHANNEL.channelId() + ":" + ts,
            reply.at()));
    out.printf(
        "%s    %s (thread of Q%s): %s%n",
        WHEN.format(reply.at().atZone(Simulation.ZONE)),
        reply.member().name(),
        reply.number(),
        text);
  }

  private List<SimulatedMember> join(int count) {
    MembershipService membership = new MembershipService(ports, clock, OutboxSignal.NONE);
    List<SimulatedMember> members = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      UserRef user =
          UserRef.of(
              Platform.SLACK,
              Simulation.CHANNEL.tenant().tenantId(),
              String.format(Locale.ROOT, "U%05d", i));
      SimulatedMember member = SimulatedMember.random(user, i, random);
      membership.joinedChannel(Simulation.CHANNEL, user, member.name());
      members.add(member);
    }
    return members;
  }

  private void command(CommandService commands, UserRef moderator, String text) {
    CommandReply reply =
        commands.handle(
            new CommandRequest(
                moderator,
                "Moderator",
                Optional.of(Simulation.CHANNEL),
                text,
                false,
                Optional.of(Simulation.ZONE)));
    if (reply.outcome() != CommandReply.Outcome.OK) {
      throw new IllegalStateException(
          "simulation set-up command failed: " + text + " → " + reply.text());
    }
  }

  private static String title(Kind kind) {
    return kind == Kind.LIVE_CHAT
        ? "Live chat (Thursdays 19:00 America/New_York, 4 questions every 8 minutes)"
        : "Slow chat (Mondays 08:00 America/New_York, one question a day for 3 days)";
  }
}

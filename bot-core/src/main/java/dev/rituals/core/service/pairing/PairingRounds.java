package dev.rituals.core.service.pairing;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.Profile;
import dev.rituals.core.pairing.GroupSize;
import dev.rituals.core.pairing.MeetingOutcome;
import dev.rituals.core.pairing.PairingCandidate;
import dev.rituals.core.pairing.PairingEngine;
import dev.rituals.core.pairing.PairingGroup;
import dev.rituals.core.pairing.PairingRequest;
import dev.rituals.core.pairing.PairingRound;
import dev.rituals.core.pairing.PairingSettings;
import dev.rituals.core.pairing.PastPairing;
import dev.rituals.core.pairing.RoundKind;
import dev.rituals.core.service.Ports;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Plans a community's pairing round from its members' profiles and its stored history, and runs it:
 * the groups are stored and their intros and follow-ups written to the outbox in one transaction,
 * so a round is sent whole or not at all.
 */
public final class PairingRounds {
  private final Ports ports;
  private final Clock clock;
  private final PairingEngine engine = new PairingEngine();

  public PairingRounds(Ports ports, Clock clock) {
    this.ports = ports;
    this.clock = clock;
  }

  /** The round as it would run today in the community's zone; nothing stored or sent. */
  public PairingRound plan(Community community, RoundKind kind, int groupSize) {
    return plan(community, kind, groupSize, LocalDate.now(clock.withZone(community.zone())));
  }

  PairingRound plan(Community community, RoundKind kind, int groupSize, LocalDate date) {
    List<PairingCandidate> candidates = new ArrayList<>();
    for (Member m : ports.members().findByCommunity(community.id())) {
      Profile profile = ports.profiles().find(m.user()).orElseGet(() -> Profile.empty(m.user()));
      candidates.add(new PairingCandidate(profile, m.displayName()));
    }
    PairingSettings settings =
        PairingSettings.defaults()
            .withGroupSize(groupSize == 2 ? GroupSize.PAIRS : GroupSize.THREES_AND_FOURS)
            // one seed per community keeps equal-scored rounds on one round-robin schedule
            .withSeed(community.id().value().getMostSignificantBits());
    return engine.round(kind, new PairingRequest(candidates, history(community), settings, date));
  }

  /** Past groups as the engine's recency rule reads them; pairs that couldn't meet don't count. */
  List<PastPairing> history(Community community) {
    List<PastPairing> past = new ArrayList<>();
    for (PairRecord p : ports.pairings().history(community.id())) {
      MeetingOutcome outcome =
          switch (p.outcome().orElse(PairResponse.NOT_YET)) {
            case MET -> MeetingOutcome.MET;
            case COULD_NOT -> MeetingOutcome.DID_NOT_MEET;
            case NOT_YET -> MeetingOutcome.UNKNOWN;
          };
      past.addAll(PastPairing.ofGroup(p.members(), p.roundDate(), outcome));
    }
    return past;
  }

  /**
   * Plans and sends a round: stores its groups, writes the intros and, {@code followUpDays} later,
   * the "did you meet?" follow-ups.
   *
   * @param roundKey names the round for idempotency (a scheduled round: ritual and date), so a
   *     repeated run stores and sends nothing new
   */
  public Ran run(
      Community community, RoundKind kind, int groupSize, int followUpDays, String roundKey) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              UUID roundId = UUID.nameUUIDFromBytes(roundKey.getBytes(StandardCharsets.UTF_8));
              boolean seen =
                  ports.pairings().history(community.id()).stream()
                      .anyMatch(p -> p.roundId().equals(roundId));
              PairingRound round = plan(community, kind, groupSize);
              if (seen) {
                return new Ran(round, List.of(), true);
              }
              Instant now = clock.instant();
              List<PairRecord> records = new ArrayList<>();
              List<OutboxMessage> messages = new ArrayList<>();
              Instant followUpAt = now.plus(java.time.Duration.ofDays(followUpDays));
              for (PairingGroup g : round.groups()) {
                PairRecord record = record(community, kind, round, roundId, now, g);
                records.add(record);
                messages.addAll(Intros.intro(community, record, g, now));
                messages.addAll(FollowUps.ask(community, record, now, followUpAt));
              }
              messages.addAll(
                  FollowUps.stayOrPause(
                      community, records, ports.pairings().history(community.id()), now));
              ports.pairings().saveRound(records);
              ports.outbox().enqueue(messages);
              return new Ran(round, records, false);
            });
  }

  private static PairRecord record(
      Community community,
      RoundKind kind,
      PairingRound round,
      UUID roundId,
      Instant now,
      PairingGroup g) {
    String seed = roundId + "/" + g.users();
    return new PairRecord(
        UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)),
        roundId,
        community.id(),
        kind.name(),
        round.date(),
        now,
        g.users(),
        g.members().stream().map(m -> m.displayName()).toList(),
        g.reason(),
        g.score(),
        Map.of());
  }

  /** A run's round, the groups stored, and whether this round had already run. */
  public record Ran(PairingRound round, List<PairRecord> stored, boolean alreadyRan) {}
}

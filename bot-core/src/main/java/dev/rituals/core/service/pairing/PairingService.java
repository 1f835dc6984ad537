package dev.rituals.core.service.pairing;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.PairingRitual;
import dev.rituals.core.model.Profile;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.pairing.RoundKind;
import dev.rituals.core.port.RitualScheduler;
import dev.rituals.core.service.Ports;
import dev.rituals.core.usecase.PairFollowUpUseCase;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pairing rituals end to end: scheduling (a chain of one-off scheduler steps, each run scheduling
 * the next), scheduled runs, and the follow-up answers.
 */
public final class PairingService implements PairFollowUpUseCase {
  /** The scheduler step type of a pairing round; its id is {@link PairingRitual#key()}. */
  public static final String STEP_TYPE = "pairing_round";

  private static final Logger log = LoggerFactory.getLogger(PairingService.class);

  private final Ports ports;
  private final RitualScheduler scheduler;
  private final Clock clock;
  private final PairingRounds rounds;

  public PairingService(Ports ports, RitualScheduler scheduler, Clock clock) {
    this.ports = ports;
    this.scheduler = scheduler;
    this.clock = clock;
    this.rounds = new PairingRounds(ports, clock);
  }

  public PairingRounds rounds() {
    return rounds;
  }

  /** Stores the ritual and schedules its first round; returns when that is. */
  public Instant schedule(Community community, PairingRitual ritual) {
    ports
        .transactions()
        .inTransaction(
            () -> {
              ports.pairings().saveRitual(ritual);
              return null;
            });
    Instant first = PairingCalendar.first(ritual, community.zone(), clock.instant());
    scheduler.scheduleStep(stepKey(ritual), STEP_TYPE, ritual.key(), first);
    return first;
  }

  /**
   * Runs the scheduled round of {@code ritualKey} and schedules the next. At least once: a repeat
   * for the same scheduled time sends nothing new.
   */
  public void runStep(String ritualKey, Instant scheduledFor) {
    int colon = ritualKey.lastIndexOf(':');
    CommunityId communityId = CommunityId.parse(ritualKey.substring(0, colon));
    String kind = ritualKey.substring(colon + 1);
    Optional<PairingRitual> ritual = ports.pairings().findRitual(communityId, kind);
    Optional<Community> community = ports.communities().findById(communityId);
    if (ritual.isEmpty() || community.isEmpty() || !ritual.get().active()) {
      log.info("pairing ritual {} is gone or paused; its rounds stop", ritualKey);
      return;
    }
    PairingRitual r = ritual.get();
    rounds.run(
        community.get(),
        RoundKind.valueOf(r.kind()),
        r.groupSize(),
        r.followUpDays(),
        "scheduled:" + ritualKey + ":" + scheduledFor);
    scheduler.scheduleStep(
        stepKey(r),
        STEP_TYPE,
        ritualKey,
        PairingCalendar.next(r, community.get().zone(), scheduledFor));
  }

  static String stepKey(PairingRitual ritual) {
    return "pairing:" + ritual.key();
  }

  /** The person's most recent group, in any of their communities. */
  public Optional<PairRecord> latestPair(UserRef user) {
    return ports.members().findByUser(user).stream()
        .map(Member::communityId)
        .flatMap(c -> ports.pairings().history(c).stream())
        .filter(p -> p.members().contains(user))
        .max(Comparator.comparing(PairRecord::ranAt));
  }

  public List<PairRecord> history(CommunityId community) {
    return ports.pairings().history(community);
  }

  @Override
  public String answer(UserRef user, UUID pairId, PairResponse response) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Optional<PairRecord> pair = ports.pairings().findPair(pairId);
              if (pair.isEmpty() || !pair.get().members().contains(user)) {
                return "That pairing is not yours, so nothing was recorded.";
              }
              ports.pairings().respond(pairId, user, response);
              return switch (response) {
                case MET -> "Great, thanks! Noted that you met.";
                case NOT_YET ->
                    "Noted: not yet. There's still time; the next round won't pair you again soon.";
                case COULD_NOT ->
                    "Thanks for saying. You can be paired with them again in a later round.";
              };
            });
  }

  @Override
  public String stayOrPause(UserRef user, boolean stay) {
    return ports
        .transactions()
        .inTransaction(
            () -> {
              Profile p = ports.profiles().find(user).orElseGet(() -> Profile.empty(user));
              ports.profiles().save(dev.rituals.core.profile.ProfileEdits.optIn(p, stay));
              return stay
                  ? "You stay in the pairing rounds."
                  : "Pairing is paused for you; come back any time with `profile optin`.";
            });
  }
}

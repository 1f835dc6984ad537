package dev.rituals.core.service.pairing;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxId;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.OutboxState;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.UserRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Did you meet?" for each member of a group, written with the intros but due days later (the
 * outbox holds it until then), and the "stay or pause?" question for people who left the last three
 * follow-ups unanswered.
 */
final class FollowUps {
  static final int UNANSWERED_ROUNDS = 3;

  private FollowUps() {}

  static List<OutboxMessage> ask(Community community, PairRecord pair, Instant now, Instant at) {
    List<OutboxMessage> messages = new ArrayList<>();
    for (int i = 0; i < pair.members().size(); i++) {
      UserRef me = pair.members().get(i);
      List<String> partners = new ArrayList<>(pair.names());
      partners.remove(i);
      String text =
          "Did you meet "
              + String.join(" and ", partners)
              + " ("
              + community.name()
              + " pairing of "
              + pair.roundDate()
              + ")? Answer with the buttons, or type `pair met`, `pair notyet` or `pair couldnt`.";
      messages.add(
          later(
              community,
              "pair-followup:" + pair.id() + ":" + me.userId(),
              me,
              new MessageBody(
                  MessageKind.PAIR_FOLLOW_UP, text, Map.of(Intros.PAIR_ID, pair.id().toString())),
              now,
              at));
    }
    return messages;
  }

  /**
   * A question to each member of this round who answered none of the follow-ups of their previous
   * {@link #UNANSWERED_ROUNDS} rounds. Asked once per such run of rounds (keyed by the newest).
   */
  static List<OutboxMessage> stayOrPause(
      Community community, List<PairRecord> thisRound, List<PairRecord> earlier, Instant now) {
    Map<UserRef, List<PairRecord>> recent = lastRoundsByMember(earlier, UNANSWERED_ROUNDS);
    List<OutboxMessage> messages = new ArrayList<>();
    for (PairRecord pair : thisRound) {
      for (UserRef me : pair.members()) {
        List<PairRecord> mine = recent.getOrDefault(me, List.of());
        if (mine.size() == UNANSWERED_ROUNDS
            && mine.stream().noneMatch(p -> p.responses().containsKey(me))) {
          String text =
              "You haven't answered the last "
                  + UNANSWERED_ROUNDS
                  + " \"Did you meet?\" questions in "
                  + community.name()
                  + ". Stay in the pairing rounds, or pause them? (Type `pair stay`, or `profile"
                  + " optout` to pause.)";
          messages.add(
              later(
                  community,
                  "pair-stay:" + me.userId() + ":" + mine.get(0).id(),
                  me,
                  new MessageBody(MessageKind.PAIR_STAY_OR_PAUSE, text, Map.of()),
                  now,
                  now));
        }
      }
    }
    return messages;
  }

  /** Each person's groups in their last {@code rounds} rounds, newest first. */
  static Map<UserRef, List<PairRecord>> lastRoundsByMember(List<PairRecord> history, int rounds) {
    List<PairRecord> newestFirst = new ArrayList<>(history);
    newestFirst.sort(Comparator.comparing(PairRecord::ranAt).reversed());
    Map<UserRef, List<PairRecord>> byMember = new HashMap<>();
    for (PairRecord p : newestFirst) {
      for (UserRef u : p.members()) {
        List<PairRecord> mine = byMember.computeIfAbsent(u, k -> new ArrayList<>());
        if (mine.size() < rounds) {
          mine.add(p);
        }
      }
    }
    return byMember;
  }

  private static OutboxMessage later(
      Community community, String key, UserRef to, MessageBody body, Instant now, Instant at) {
    return new OutboxMessage(
        OutboxId.random(),
        key,
        Optional.of(community.id()),
        new Destination.Direct(to),
        body,
        OutboxState.PENDING,
        0,
        now,
        at,
        Optional.empty(),
        Optional.empty());
  }
}

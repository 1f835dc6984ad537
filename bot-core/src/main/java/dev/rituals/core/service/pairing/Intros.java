package dev.rituals.core.service.pairing;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.pairing.PairingGroup;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The intro of one group. On Slack, when everyone is in the same workspace, one group DM with all
 * of them ({@link #GROUP_WITH} names the others; the Slack gateway opens the conversation). On
 * Teams (and for groups spanning platforms) a personal message to each member naming the partners,
 * with a Teams chat link when the partners are on Teams too.
 */
public final class Intros {
  /** Field of a Slack intro: the other members' user ids, comma-separated. */
  public static final String GROUP_WITH = "groupWith";

  public static final String PAIR_ID = "pairId";

  private static final List<String> STARTERS =
      List.of(
          "What's one lesson from this month you'd teach again exactly the same way?",
          "What's a small routine that saves you time every week?",
          "Which student question surprised you recently?",
          "What are you trying for the first time this term?",
          "How do you check for understanding before the bell?",
          "What's the best piece of advice you got in your first years of teaching?",
          "What would you like to get better at by the end of the year?",
          "Which resource or tool would you recommend to a colleague tomorrow?");

  private Intros() {}

  static List<OutboxMessage> intro(
      Community community, PairRecord pair, PairingGroup group, Instant now) {
    List<UserRef> members = pair.members();
    boolean oneSlackWorkspace =
        members.stream().allMatch(u -> u.tenant().equals(members.get(0).tenant()))
            && members.get(0).platform() == Platform.SLACK;
    List<OutboxMessage> messages = new ArrayList<>();
    if (oneSlackWorkspace) {
      String others =
          members.subList(1, members.size()).stream()
              .map(UserRef::userId)
              .collect(Collectors.joining(","));
      String text =
          "*Meet your "
              + (members.size() == 2 ? "pairing partner" : "pairing group")
              + "* from "
              + community.name()
              + ": "
              + String.join(", ", pair.names())
              + ".\n"
              + body(pair, group, Optional.empty());
      messages.add(
          message(
              community,
              "pair-intro:" + pair.id(),
              members.get(0),
              text,
              Map.of(GROUP_WITH, others, PAIR_ID, pair.id().toString()),
              now));
      return messages;
    }
    for (int i = 0; i < members.size(); i++) {
      UserRef me = members.get(i);
      List<String> partners = new ArrayList<>();
      List<UserRef> partnerRefs = new ArrayList<>();
      for (int j = 0; j < members.size(); j++) {
        if (j != i) {
          partners.add(pair.names().get(j));
          partnerRefs.add(members.get(j));
        }
      }
      String text =
          "*You're paired with "
              + String.join(" and ", partners)
              + "* this round in "
              + community.name()
              + ".\n"
              + body(pair, group, Optional.of(me))
              + teamsChatLink(me, partnerRefs).map(l -> "\nStart a chat: " + l).orElse("");
      messages.add(
          message(
              community,
              "pair-intro:" + pair.id() + ":" + me.userId(),
              me,
              text,
              Map.of(PAIR_ID, pair.id().toString()),
              now));
    }
    return messages;
  }

  /** https://teams.microsoft.com/l/chat/0/0?users=... when everyone is on the same Teams tenant. */
  static Optional<String> teamsChatLink(UserRef me, List<UserRef> partners) {
    if (me.platform() != Platform.TEAMS
        || !partners.stream().allMatch(p -> p.tenant().equals(me.tenant()))) {
      return Optional.empty();
    }
    String users =
        partners.stream()
            .map(p -> URLEncoder.encode(p.userId(), StandardCharsets.UTF_8))
            .collect(Collectors.joining(","));
    return Optional.of("https://teams.microsoft.com/l/chat/0/0?users=" + users);
  }

  private static String body(PairRecord pair, PairingGroup group, Optional<UserRef> reader) {
    StringBuilder text = new StringBuilder("Why you: ").append(pair.reason()).append('\n');
    group
        .joinedSoNobodyIsLeftOut()
        .ifPresent(
            joined -> {
              String name = pair.names().get(pair.members().indexOf(joined));
              boolean isReader = reader.map(joined::equals).orElse(false);
              text.append(
                  isReader
                      ? "You joined this group so nobody is left out this round.\n"
                      : name + " joined this group so nobody is left out this round.\n");
            });
    int first = Math.floorMod(pair.id().hashCode(), STARTERS.size());
    int second =
        (first + 1 + Math.floorMod(pair.id().hashCode() >> 8, STARTERS.size() - 1))
            % STARTERS.size();
    return text.append("Two conversation starters:\n• ")
        .append(STARTERS.get(first))
        .append("\n• ")
        .append(STARTERS.get(second))
        .toString();
  }

  private static OutboxMessage message(
      Community community,
      String key,
      UserRef to,
      String text,
      Map<String, String> fields,
      Instant now) {
    return OutboxMessage.pending(
        key,
        Optional.of(community.id()),
        new Destination.Direct(to),
        new MessageBody(MessageKind.INTRO, text, fields),
        now);
  }
}

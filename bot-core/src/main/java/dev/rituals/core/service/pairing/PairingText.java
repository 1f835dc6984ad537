package dev.rituals.core.service.pairing;

import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.pairing.GroupMember;
import dev.rituals.core.pairing.LeftOut;
import dev.rituals.core.pairing.PairingGroup;
import dev.rituals.core.pairing.PairingRound;
import dev.rituals.core.pairing.RoundKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The moderator's views of pairing: a round's groups with reasons and scores, meeting rates. */
public final class PairingText {
  private static final int MAX_GROUPS_SHOWN = 50;

  private PairingText() {}

  public static String round(String title, PairingRound round) {
    StringBuilder text =
        new StringBuilder("*")
            .append(title)
            .append("* — ")
            .append(round.kind() == RoundKind.PEER ? "peer round" : "mentoring round")
            .append(", ")
            .append(round.groups().size())
            .append(round.groups().size() == 1 ? " group" : " groups")
            .append(String.format(Locale.ROOT, ", total score %.1f", round.totalScore()))
            .append('\n');
    round.groups().stream()
        .limit(MAX_GROUPS_SHOWN)
        .forEach(g -> text.append("• ").append(group(g)).append('\n'));
    if (round.groups().size() > MAX_GROUPS_SHOWN) {
      text.append("…and ").append(round.groups().size() - MAX_GROUPS_SHOWN).append(" more.\n");
    }
    if (round.groups().isEmpty()) {
      text.append("Nobody can be paired yet: members join with `profile optin`.\n");
    }
    for (LeftOut out : round.leftOut()) {
      text.append("◦ ")
          .append(out.displayName())
          .append(": ")
          .append(out.explanation())
          .append('\n');
    }
    return text.toString().strip();
  }

  private static String group(PairingGroup g) {
    return g.members().stream().map(GroupMember::displayName).collect(Collectors.joining(" + "))
        + String.format(Locale.ROOT, " (score %.1f) — ", g.score())
        + g.reason();
  }

  /** Per round (newest first) and overall: groups, met, couldn't, no answer yet. */
  public static String stats(List<PairRecord> history) {
    if (history.isEmpty()) {
      return "No pairing rounds yet. Preview one with `pair preview`.";
    }
    Map<UUID, List<PairRecord>> rounds = new LinkedHashMap<>();
    history.forEach(
        p -> rounds.computeIfAbsent(p.roundId(), k -> new java.util.ArrayList<>()).add(p));
    StringBuilder text = new StringBuilder("*Pairing: who met*\n");
    List<List<PairRecord>> newestFirst = new java.util.ArrayList<>(rounds.values());
    java.util.Collections.reverse(newestFirst);
    for (List<PairRecord> round : newestFirst) {
      text.append("• ")
          .append(round.get(0).roundDate())
          .append(" (")
          .append(round.get(0).kind().toLowerCase(Locale.ROOT))
          .append("): ")
          .append(line(round))
          .append('\n');
    }
    return text.append("Overall: ").append(line(history)).toString();
  }

  private static String line(List<PairRecord> groups) {
    long met = count(groups, PairResponse.MET);
    long couldNot = count(groups, PairResponse.COULD_NOT);
    long answered = groups.stream().filter(g -> g.outcome().isPresent()).count();
    return groups.size()
        + (groups.size() == 1 ? " group, " : " groups, ")
        + met
        + " met ("
        + Math.round(100.0 * met / groups.size())
        + "%), "
        + couldNot
        + " couldn't, "
        + (groups.size() - answered)
        + " no answer yet";
  }

  private static long count(List<PairRecord> groups, PairResponse outcome) {
    return groups.stream().filter(g -> g.outcome().filter(outcome::equals).isPresent()).count();
  }
}

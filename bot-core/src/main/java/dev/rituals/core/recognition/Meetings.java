package dev.rituals.core.recognition;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.PairRecord;
import dev.rituals.core.model.PairResponse;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.Ports;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A member's mentoring and peer meetings: the pairing groups they were in that met (someone in the
 * group answered the follow-up with "met"), plus meetings recorded directly in the activity log.
 * The pairing history is the evidence, so nothing is copied and a changed answer is seen at once.
 */
final class Meetings {
  private Meetings() {}

  static List<MentoringMeeting> of(
      Ports ports, RecognitionPorts recognition, Community community, UserRef member) {
    Map<String, MentoringMeeting> byRef = new LinkedHashMap<>();
    for (PairRecord pair : ports.pairings().history(community.id())) {
      if (pair.members().contains(member)
          && pair.outcome().filter(o -> o == PairResponse.MET).isPresent()) {
        String ref = "pairing:" + pair.kind().toLowerCase(java.util.Locale.ROOT) + ":" + pair.id();
        byRef.put(ref, new MentoringMeeting(community.id(), ref, member, pair.ranAt()));
      }
    }
    for (MentoringMeeting m : recognition.activity().meetingsOf(community.id(), member)) {
      byRef.putIfAbsent(m.meetingRef(), m);
    }
    return byRef.values().stream().sorted(Comparator.comparing(MentoringMeeting::metAt)).toList();
  }

  /** Everyone in the community's pairing groups that met: whose badges may have changed. */
  static List<UserRef> metMembers(Ports ports, Community community) {
    return ports.pairings().history(community.id()).stream()
        .filter(p -> p.outcome().filter(o -> o == PairResponse.MET).isPresent())
        .flatMap(p -> p.members().stream())
        .distinct()
        .toList();
  }
}

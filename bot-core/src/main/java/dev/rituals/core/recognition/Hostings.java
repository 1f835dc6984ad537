package dev.rituals.core.recognition;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.HostingState;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.Ports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The rounds a member hosted: rotating-host invitations they took up (chose the question) whose
 * occurrence has fired, plus hostings recorded in the activity log (e.g. "ask now").
 */
final class Hostings {
  private Hostings() {}

  static List<Hosting> of(
      Ports ports, RecognitionPorts recognition, Community community, UserRef member, Instant now) {
    List<Hosting> all = new ArrayList<>(recognition.activity().hostingsBy(community.id(), member));
    for (var h : ports.hostings().hostings(community.id())) {
      if (h.host().equals(member)
          && h.state() == HostingState.CHOSEN
          && !h.scheduledFor().isAfter(now)) {
        ports
            .occurrences()
            .findByRitualAndInstant(h.ritualId(), h.scheduledFor())
            .ifPresent(o -> all.add(new Hosting(community.id(), o.id(), member, h.scheduledFor())));
      }
    }
    return all;
  }

  /** Members who hosted a rotating-host round: whose badges may have changed. */
  static List<UserRef> hosts(Ports ports, Community community, Instant now) {
    return ports.hostings().hostings(community.id()).stream()
        .filter(h -> h.state() == HostingState.CHOSEN && !h.scheduledFor().isAfter(now))
        .map(h -> h.host())
        .distinct()
        .toList();
  }
}

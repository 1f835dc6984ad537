package dev.rituals.core.recognition;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.Platform;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.AnswerRepository;
import dev.rituals.core.service.Ports;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Legitimate peripheral participation: members who have never answered get a private, friendly
 * invitation, at most one every {@link #INTERVAL}, never a public call-out. Newcomers get a week to
 * look around first; moderators and members who turned nudges off get none.
 */
public final class PeripheralInvitations {
  static final Duration INTERVAL = Duration.ofDays(30);
  static final Duration SETTLING_IN = Duration.ofDays(7);

  private final Ports ports;
  private final RecognitionPorts recognition;
  private final Clock clock;

  public PeripheralInvitations(Ports ports, RecognitionPorts recognition, Clock clock) {
    this.ports = ports;
    this.recognition = recognition;
    this.clock = clock;
  }

  /**
   * Enqueues today's invitations for the community. Safe to run many times a day: each member's
   * last invitation is stored with it, in the same transaction.
   *
   * @return how many members were invited
   */
  public int invite(Community community) {
    return ports.transactions().inTransaction(() -> inviteNow(community));
  }

  private int inviteNow(Community community) {
    Instant now = clock.instant();
    List<OutboxMessage> messages = new ArrayList<>();
    // One grouped query instead of each member's answers: communities can be large.
    Set<UserRef> answered =
        ports.answers().countByMember(community.id(), Instant.EPOCH, now.plusSeconds(1)).stream()
            .map(AnswerRepository.MemberAnswerCount::author)
            .collect(Collectors.toSet());
    for (Member m : ports.members().findByCommunity(community.id())) {
      MemberPreferences prefs = recognition.settings().preferences(community.id(), m.user());
      boolean due =
          m.nudgesEnabled()
              && !m.role().canConfigure()
              && !m.joinedAt().isAfter(now.minus(SETTLING_IN))
              && prefs.lastInvitedAt().map(at -> !at.isAfter(now.minus(INTERVAL))).orElse(true)
              && !answered.contains(m.user());
      if (due) {
        recognition.settings().savePreferences(community.id(), m.user(), prefs.invitedAt(now));
        messages.add(invitation(community, m, now));
      }
    }
    ports.outbox().enqueue(messages);
    return messages.size();
  }

  private static OutboxMessage invitation(Community community, Member m, Instant now) {
    String prefix = m.user().platform() == Platform.SLACK ? "/rituals " : "@Rituals ";
    String text =
        "Hi "
            + m.displayName()
            + " 👋 Reading along in *"
            + community.name()
            + "* is taking part too. If a question ever sparks a thought, a one-line answer in the"
            + " channel is welcome: every voice helps the community learn. (This is a private"
            + " note, at most one a month; `"
            + prefix
            + "nudges off` stops them.)";
    return OutboxMessage.pending(
        Keys.of("invite", community.id().toString(), m.user().toString(), now.toString()),
        Optional.of(community.id()),
        new Destination.Direct(m.user()),
        MessageBody.text(text),
        now);
  }
}

package dev.rituals.core.recognition;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.service.Ports;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Awards the badges a member's record earns and announces each new one in the community's channels
 * through the outbox, unless the member turned announcements off. Call inside the transaction that
 * recorded the activity, so the award and its announcement commit with it.
 */
public final class BadgeService {
  /**
   * The body field naming whom an announcement is about: "forget me" deletes such messages, which
   * carry the person's name.
   */
  public static final String ABOUT_MEMBER = "aboutMember";

  /** The value of {@link #ABOUT_MEMBER} for a person. */
  public static String aboutMember(UserRef member) {
    return member.platform().name() + ":" + member.tenant().tenantId() + ":" + member.userId();
  }

  private final Ports ports;
  private final RecognitionPorts recognition;
  private final Clock clock;

  public BadgeService(Ports ports, RecognitionPorts recognition, Clock clock) {
    this.ports = ports;
    this.recognition = recognition;
    this.clock = clock;
  }

  /**
   * @return the badges newly awarded (empty when the member already held all they earned)
   */
  public List<Badge> evaluate(Community community, UserRef member) {
    if (ports.members().find(community.id(), member).isEmpty()) {
      return List.of(); // badges are for members; never for a forgotten person's former id
    }
    List<BadgeRules.Earned> earned =
        BadgeRules.earned(
            recognition.activity().answersBy(community.id(), member),
            Hostings.of(ports, recognition, community, member, clock.instant()),
            Meetings.of(ports, recognition, community, member),
            community.zone());
    List<Badge> awarded = new ArrayList<>();
    for (BadgeRules.Earned e : earned) {
      Badge badge = new Badge(community.id(), member, e.kind(), clock.instant(), e.evidence());
      if (recognition.badges().awardIfAbsent(badge)) {
        awarded.add(badge);
      }
    }
    if (!awarded.isEmpty()
        && recognition.settings().preferences(community.id(), member).announceBadges()) {
      String name =
          ports.members().find(community.id(), member).map(Member::displayName).orElse("A member");
      List<OutboxMessage> messages = new ArrayList<>();
      for (Badge badge : awarded) {
        for (ChannelRef channel : community.channels()) {
          messages.add(announcement(community, channel, name, badge));
        }
      }
      ports.outbox().enqueue(messages);
    }
    return awarded;
  }

  private OutboxMessage announcement(
      Community community, ChannelRef channel, String name, Badge badge) {
    String text =
        "🎉 " + name + " " + badge.kind().description() + ": *" + badge.kind().title() + "* badge!";
    UserRef m = badge.member();
    String key =
        Keys.of(
            "badge",
            community.id().toString(),
            m.tenant().platform().name(),
            m.tenant().tenantId(),
            m.userId(),
            badge.kind().name(),
            channel.tenant().tenantId(),
            channel.channelId());
    return OutboxMessage.pending(
        key,
        Optional.of(community.id()),
        new Destination.Channel(channel),
        new MessageBody(
            MessageKind.TEXT,
            text,
            Map.of("badge", badge.kind().name(), ABOUT_MEMBER, aboutMember(m))),
        clock.instant());
  }
}

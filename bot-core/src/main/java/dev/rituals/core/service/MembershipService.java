package dev.rituals.core.service;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Destination;
import dev.rituals.core.model.Installation;
import dev.rituals.core.model.Member;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageKind;
import dev.rituals.core.model.OutboxMessage;
import dev.rituals.core.model.TenantRef;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.MembershipUseCase;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Installations coming and going, and people joining and leaving communities' channels. */
public final class MembershipService implements MembershipUseCase {
  private static final Logger log = LoggerFactory.getLogger(MembershipService.class);

  private final Ports ports;
  private final Clock clock;
  private final OutboxSignal outboxSignal;

  public MembershipService(Ports ports, Clock clock, OutboxSignal outboxSignal) {
    this.ports = ports;
    this.clock = clock;
    this.outboxSignal = outboxSignal;
  }

  @Override
  public void installed(Installation installation) {
    ports.transactions().inTransaction(() -> ports.installations().save(installation));
    log.info(
        "Installed in {} {}", installation.tenant().platform(), installation.tenant().tenantId());
  }

  @Override
  public void uninstalled(TenantRef tenant) {
    ports.transactions().inTransaction(() -> ports.installations().disable(tenant));
    log.info("Disabled installation {} {}", tenant.platform(), tenant.tenantId());
  }

  @Override
  public boolean joinedChannel(ChannelRef channel, UserRef user, String displayName) {
    boolean welcomed =
        ports
            .transactions()
            .inTransaction(
                () -> {
                  Optional<Community> community = ports.communities().findByChannel(channel);
                  if (community.isEmpty()
                      || ports.members().find(community.get().id(), user).isPresent()) {
                    return false;
                  }
                  Community c = community.get();
                  ports.members().save(Member.joining(c.id(), user, displayName, clock.instant()));
                  ports.outbox().enqueue(List.of(welcome(c, user)));
                  return true;
                });
    if (welcomed) {
      outboxSignal.messagesEnqueued();
    }
    return welcomed;
  }

  private OutboxMessage welcome(Community community, UserRef user) {
    String domain = community.domain().isEmpty() ? "" : " (" + community.domain() + ")";
    String text =
        "Welcome to *"
            + community.name()
            + "*"
            + domain
            + "! Every few days a question is posted in the channel: answer in its thread, "
            + "or write `A1 your answer`. Tell us a little about yourself so we can pair you "
            + "with colleagues.";
    MessageBody body =
        new MessageBody(
            MessageKind.MEMBER_WELCOME,
            text,
            Map.of("community", community.name(), "communityId", community.id().toString()));
    return OutboxMessage.pending(
        "welcome:" + community.id() + ":" + user.userId(),
        Optional.of(community.id()),
        new Destination.Direct(user),
        body,
        clock.instant());
  }

  @Override
  public void leftChannel(ChannelRef channel, UserRef user) {
    ports
        .transactions()
        .inTransaction(
            () ->
                ports
                    .communities()
                    .findByChannel(channel)
                    .ifPresent(c -> ports.members().remove(c.id(), user)));
  }

  @Override
  public boolean isActive(TenantRef tenant) {
    return ports.installations().find(tenant).map(Installation::enabled).orElse(true);
  }
}

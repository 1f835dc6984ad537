package dev.rituals.app;

import dev.rituals.app.web.TabConfigPage;
import dev.rituals.core.port.ChatGateway;
import dev.rituals.core.port.DeliveryObserver;
import dev.rituals.core.service.delivery.DeliverySettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What the embedding code adds to a running app besides its configuration.
 *
 * @param deliveries told every outbox delivery outcome (the metrics endpoint counts them)
 * @param gateways extra gateways for platforms the configuration does not mount (tests and load
 *     runs send to a recording gateway instead of Slack or Teams)
 * @param outboxLease how long a claimed outbox message belongs to this node; after a crash its
 *     messages wait this long before any node sends them
 * @param teamsJs where the dashboard tab's configuration page loads TeamsJS from: Microsoft's CDN,
 *     or a stand-in on loopback in browser tests
 */
public record AppHooks(
    DeliveryObserver deliveries, List<ChatGateway> gateways, Duration outboxLease, URI teamsJs) {
  public static final AppHooks NONE =
      new AppHooks(
          DeliveryObserver.NONE, List.of(), DeliverySettings.DEFAULT_LEASE, TabConfigPage.TEAMS_JS);

  public AppHooks {
    Objects.requireNonNull(deliveries, "deliveries");
    gateways = List.copyOf(gateways);
    Objects.requireNonNull(outboxLease, "outboxLease");
    Objects.requireNonNull(teamsJs, "teamsJs");
  }

  public AppHooks withDeliveries(DeliveryObserver observer) {
    return new AppHooks(observer, gateways, outboxLease, teamsJs);
  }

  public AppHooks withGateways(List<ChatGateway> more) {
    return new AppHooks(deliveries, more, outboxLease, teamsJs);
  }

  public AppHooks withOutboxLease(Duration lease) {
    return new AppHooks(deliveries, gateways, lease, teamsJs);
  }

  public AppHooks withTeamsJs(URI script) {
    return new AppHooks(deliveries, gateways, outboxLease, script);
  }
}

package dev.rituals.app;

import dev.rituals.core.port.ChatGateway;
import dev.rituals.db.Database;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.server.Handler;

/** Mounts the Slack and Teams adapters that the configuration enables. */
final class Platforms {
  /** A platform connection that starts after the HTTP server (Slack Socket Mode). */
  interface Startable extends AutoCloseable {
    void start() throws Exception;
  }

  private Platforms() {}

  static void mount(
      AppConfig config,
      Database database,
      CoreServices services,
      Clock clock,
      Map<String, Handler> routes,
      List<ChatGateway> gateways,
      List<AutoCloseable> closeables) {
    // Slack and Teams adapters are mounted here as they land.
  }
}

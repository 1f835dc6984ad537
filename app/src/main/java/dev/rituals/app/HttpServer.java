package dev.rituals.app;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The one embedded Jetty 12 server: platform endpoints and operational pages by path. Stopping it
 * stops accepting, then lets requests in flight finish (graceful).
 */
public final class HttpServer implements AutoCloseable {
  /** The largest request body any endpoint accepts (Slack and Teams send a few kilobytes). */
  public static final int MAX_BODY_BYTES = 1024 * 1024;

  private final Server server;
  private final ServerConnector connector;

  /**
   * @param routes path spec (Jetty servlet-style: "/healthz", "/slack/*") to handler, matched in
   *     Jetty's path-spec order
   */
  public HttpServer(String host, int port, Map<String, Handler> routes) {
    QueuedThreadPool threads = new QueuedThreadPool(200, 8);
    threads.setName("http");
    server = new Server(threads);
    connector = new ServerConnector(server);
    connector.setHost(host);
    connector.setPort(port);
    server.addConnector(connector);
    PathMappingsHandler mappings = new PathMappingsHandler();
    new LinkedHashMap<>(routes)
        .forEach((spec, handler) -> mappings.addMapping(PathSpec.from(spec), handler));
    mappings.addMapping(PathSpec.from("/"), new PlainResponses.NotFound());
    GracefulHandler graceful = new GracefulHandler(new BodyLimitHandler(MAX_BODY_BYTES, mappings));
    server.setHandler(graceful);
    server.setStopTimeout(10_000);
    server.setStopAtShutdown(false);
  }

  public void start() throws Exception {
    server.start();
  }

  /** The port actually bound (useful when started on port 0). */
  public int port() {
    return connector.getLocalPort();
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}

package dev.rituals.app.reliability;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Counts the sends it receives per channel, on loopback: what the "platform" saw. */
final class SendRecorder implements AutoCloseable {
  private final Map<String, Integer> perChannel = new ConcurrentHashMap<>();
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final HttpServer server;

  SendRecorder() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext(
        "/send",
        exchange -> {
          String channel;
          try (InputStream in = exchange.getRequestBody()) {
            channel = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
          perChannel.merge(channel, 1, Integer::sum);
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/send");
  }

  /** Channels that got at least one message. */
  int distinct() {
    return perChannel.size();
  }

  /** Messages received beyond the first per channel. */
  int duplicates() {
    return perChannel.values().stream().mapToInt(n -> n - 1).sum();
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}

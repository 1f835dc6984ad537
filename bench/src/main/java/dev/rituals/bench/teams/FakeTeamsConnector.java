package dev.rituals.bench.teams;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bot Framework connector (the activity's {@code serviceUrl}) on 127.0.0.1: accepts {@code POST
 * /v3/conversations/{id}/activities} as Teams does, answering with a new activity id, and counts
 * every accepted activity per conversation, with when the first one came. In the Bot Framework's
 * anonymous local mode the SDK sends no token, so no token endpoint is needed.
 */
final class FakeTeamsConnector implements AutoCloseable {
  private static final String PREFIX = "/v3/conversations/";
  private static final String SUFFIX = "/activities";

  private final HttpServer server;
  private final ExecutorService threads;
  private final Map<String, AtomicInteger> activities = new ConcurrentHashMap<>();
  private final Map<String, Long> firstAt = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1_700_000_000_000L);
  final AtomicLong calls = new AtomicLong();
  final AtomicLong otherCalls = new AtomicLong();

  FakeTeamsConnector(int threadCount) throws IOException {
    threads = Executors.newFixedThreadPool(threadCount);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The serviceUrl activities carry, so the SDK sends its replies and proactive posts here. */
  String serviceUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      calls.incrementAndGet();
      exchange.getRequestBody().readAllBytes();
      String path = exchange.getRequestURI().getPath();
      if ("POST".equals(exchange.getRequestMethod())
          && path.startsWith(PREFIX)
          && path.endsWith(SUFFIX)) {
        String conversation = path.substring(PREFIX.length(), path.length() - SUFFIX.length());
        activities.computeIfAbsent(conversation, c -> new AtomicInteger()).incrementAndGet();
        firstAt.putIfAbsent(conversation, System.currentTimeMillis());
      } else {
        otherCalls.incrementAndGet();
      }
      byte[] body = ("{\"id\":\"" + ids.incrementAndGet() + "\"}").getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Conversations whose id starts with {@code prefix} that received at least one activity. */
  int conversationsReached(String prefix) {
    return (int) activities.keySet().stream().filter(c -> c.startsWith(prefix)).count();
  }

  /** Activities beyond the first, summed over the conversations starting with {@code prefix}. */
  long duplicates(String prefix) {
    return activities.entrySet().stream()
        .filter(e -> e.getKey().startsWith(prefix))
        .mapToLong(e -> Math.max(0, e.getValue().get() - 1))
        .sum();
  }

  /** When each matching conversation got its first activity, in epoch milliseconds. */
  List<Long> firstTimes(String prefix) {
    List<Long> times = new ArrayList<>();
    firstAt.forEach(
        (c, t) -> {
          if (c.startsWith(prefix)) {
            times.add(t);
          }
        });
    return times;
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

package dev.rituals.bench.slack;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Slack Web API on 127.0.0.1 for the app under load: answers auth.test, users.info and the
 * message methods with Slack's response shapes. What {@code chat.postMessage} answers is up to a
 * {@link PostPolicy} (always ok, or rate-limited like Slack), which also counts what was posted.
 */
public final class FakeSlackApi implements AutoCloseable {
  public static final String TEAM = "T0BENCH";
  public static final String BOT_USER = "UBOT";
  public static final String BOT_TOKEN = "xoxb-bench-token";

  /** An HTTP answer. */
  public record Answer(int status, Map<String, String> headers, String body) {
    static Answer ok(String body) {
      return new Answer(200, Map.of(), body);
    }
  }

  /** Decides what a chat.postMessage gets; called concurrently. */
  public interface PostPolicy {
    /**
     * @param ts the message ts to return if the post is accepted
     */
    Answer post(String channel, String threadTs, String ts);
  }

  private final HttpServer server;
  private final ExecutorService threads;
  private final PostPolicy policy;
  private final Duration latency;
  private final AtomicLong sequence = new AtomicLong();
  private final AtomicLong calls = new AtomicLong();
  private final AtomicLong usersInfo = new AtomicLong();

  public FakeSlackApi(PostPolicy policy, int threadCount) throws IOException {
    this(policy, threadCount, Duration.ZERO);
  }

  /**
   * @param latency how long each Web API call takes to answer (a real Slack round trip is tens to
   *     hundreds of milliseconds; zero measures Rituals alone)
   */
  public FakeSlackApi(PostPolicy policy, int threadCount, Duration latency) throws IOException {
    this.policy = policy;
    this.latency = latency;
    this.threads = Executors.newFixedThreadPool(threadCount);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    server.setExecutor(threads);
    server.createContext("/", this::handle);
    server.start();
  }

  /** SLACK_API_URL for the app. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  public String responseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/bench";
  }

  public long calls() {
    return calls.get();
  }

  public long usersInfoCalls() {
    return usersInfo.get();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      calls.incrementAndGet();
      String path = exchange.getRequestURI().getPath();
      String method = path.startsWith("/api/") ? path.substring(5) : path;
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      if (!latency.isZero()) {
        try {
          Thread.sleep(latency.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      Answer answer = answer(method, form(body));
      answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
      byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(answer.status(), bytes.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  private Answer answer(String method, Map<String, String> params) {
    String ts = "1700000000." + String.format("%06d", sequence.incrementAndGet() % 1_000_000);
    return switch (method) {
      case "auth.test" ->
          Answer.ok(
              "{\"ok\":true,\"url\":\"https://bench-teachers.slack.com/\",\"team\":\"Bench"
                  + " Teachers\",\"user\":\"rituals\",\"team_id\":\""
                  + TEAM
                  + "\",\"user_id\":\""
                  + BOT_USER
                  + "\",\"bot_id\":\"BBOT\",\"is_enterprise_install\":false}");
      case "users.info" -> {
        usersInfo.incrementAndGet();
        String user = params.getOrDefault("user", "U0");
        yield Answer.ok(
            "{\"ok\":true,\"user\":{\"id\":\""
                + user
                + "\",\"team_id\":\""
                + TEAM
                + "\",\"name\":\"teacher\",\"deleted\":false,\"real_name\":\"Teacher "
                + user
                + "\",\"tz\":\"Europe/Berlin\",\"tz_label\":\"Central European Time\","
                + "\"tz_offset\":3600,\"is_admin\":false,\"is_owner\":false,\"is_bot\":false,"
                + "\"profile\":{\"real_name\":\"Teacher "
                + user
                + "\",\"display_name\":\"Teacher "
                + user
                + "\"}}}");
      }
      case "chat.postMessage" ->
          policy.post(params.getOrDefault("channel", ""), params.get("thread_ts"), ts);
      case "chat.update" ->
          Answer.ok(
              "{\"ok\":true,\"channel\":\""
                  + params.getOrDefault("channel", "")
                  + "\",\"ts\":\""
                  + params.getOrDefault("ts", ts)
                  + "\",\"text\":\"\"}");
      case "chat.postEphemeral" -> Answer.ok("{\"ok\":true,\"message_ts\":\"" + ts + "\"}");
      case "views.open", "views.publish" ->
          Answer.ok("{\"ok\":true,\"view\":{\"id\":\"V" + sequence.get() + "\"}}");
      case "conversations.open" ->
          Answer.ok("{\"ok\":true,\"channel\":{\"id\":\"D" + params.get("users") + "\"}}");
      default ->
          method.startsWith("/respond/")
              ? Answer.ok("ok")
              : Answer.ok("{\"ok\":false,\"error\":\"unknown_method\"}");
    };
  }

  /** A successful chat.postMessage answer. */
  public static Answer posted(String channel, String ts) {
    return Answer.ok(
        "{\"ok\":true,\"channel\":\""
            + channel
            + "\",\"ts\":\""
            + ts
            + "\",\"message\":{\"type\":\"message\",\"text\":\"\",\"ts\":\""
            + ts
            + "\"}}");
  }

  /** Slack's rate-limit answer. */
  public static Answer rateLimited(int retryAfterSeconds) {
    return new Answer(
        429,
        Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
        "{\"ok\":false,\"error\":\"ratelimited\"}");
  }

  private static Map<String, String> form(String body) {
    Map<String, String> params = new HashMap<>();
    if (body.isEmpty() || body.startsWith("{")) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0) {
        params.put(
            URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return params;
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

package dev.rituals.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A Slack Web API on loopback: answers the methods the adapter calls with the shared fixture shapes
 * (ok: true, ids filled in) and records every call for assertions. Tests may queue other answers
 * (errors, 429s) per method.
 */
public final class FakeSlackApi implements AutoCloseable {
  public static final String TEAM = "T0TEACH";
  public static final String BOT_USER = "UBOT";
  public static final String BOT_TOKEN = "xoxb-test-token";

  /** One Web API call as the fake received it. */
  public record Call(String method, Map<String, String> params, String authorization) {
    public String param(String name) {
      return params.get(name);
    }

    public JsonObject json(String name) {
      return JsonParser.parseString(params.get(name)).getAsJsonObject();
    }
  }

  /** A canned answer: HTTP status, headers, body. */
  public record Answer(int status, Map<String, String> headers, String body) {
    public static Answer ok(String body) {
      return new Answer(200, Map.of(), body);
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Map<String, Queue<Answer>> queued = new ConcurrentHashMap<>();
  private final Map<String, Function<Call, Answer>> overrides = new ConcurrentHashMap<>();
  private final AtomicInteger sequence = new AtomicInteger();
  private volatile String userZone = "Europe/Berlin";
  private final java.util.Set<String> admins = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private final Map<String, String> names = new ConcurrentHashMap<>();
  private final Map<String, String> tokenTeams = new ConcurrentHashMap<>();
  private final Map<String, byte[]> uploads = new ConcurrentHashMap<>();

  public FakeSlackApi() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL to give SlackSettings as SLACK_API_URL. */
  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/api/";
  }

  /** A response_url Slack would send with commands and actions. */
  public String responseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/respond/" + sequence.get();
  }

  public void userZone(String zone) {
    this.userZone = zone;
  }

  /** auth.test with {@code token} says it belongs to {@code teamId} (default: {@link #TEAM}). */
  public void tokenTeam(String token, String teamId) {
    tokenTeams.put(token, teamId);
  }

  /** users.info gives {@code userId} this display name (everyone else is "Dana"). */
  public void userName(String userId, String displayName) {
    names.put(userId, displayName);
  }

  /** users.info says {@code userId} administers the workspace (everyone else does not). */
  public void admin(String userId) {
    admins.add(userId);
  }

  /** The next call of {@code method} gets {@code answer}; later calls the default again. */
  public void enqueue(String method, Answer answer) {
    queued.computeIfAbsent(method, m -> new ArrayDeque<>()).add(answer);
  }

  /** Every call of {@code method} gets what {@code answer} says. */
  public void override(String method, Function<Call, Answer> answer) {
    overrides.put(method, answer);
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  public List<Call> calls(String method) {
    return calls.stream().filter(c -> c.method().equals(method)).toList();
  }

  /** The bytes posted to the upload URL that files.getUploadURLExternal handed out for a file. */
  public Optional<byte[]> uploaded(String fileId) {
    return Optional.ofNullable(uploads.get(fileId));
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String method = path.startsWith("/api/") ? path.substring(5) : path;
    byte[] raw = exchange.getRequestBody().readAllBytes();
    if (path.startsWith("/upload/")) {
      // files upload v2, step 2: the raw file goes to the URL step 1 gave, not to a Web API method.
      String fileId = path.substring("/upload/".length());
      uploads.put(fileId, raw);
      calls.add(new Call("upload", Map.of("file_id", fileId), null));
      byte[] ok = ("OK - " + raw.length).getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, ok.length);
      exchange.getResponseBody().write(ok);
      exchange.close();
      return;
    }
    String body = new String(raw, StandardCharsets.UTF_8);
    String type = exchange.getRequestHeaders().getFirst("Content-Type");
    Call call =
        new Call(
            method,
            type != null && type.contains("json") ? Map.of("json", body) : form(body),
            exchange.getRequestHeaders().getFirst("Authorization"));
    calls.add(call);
    Answer answer = answer(call);
    answer.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    byte[] bytes = answer.body().getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(answer.status(), bytes.length == 0 ? -1 : bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  private Answer answer(Call call) {
    Queue<Answer> queue = queued.get(call.method());
    if (queue != null) {
      synchronized (queue) {
        Answer next = queue.poll();
        if (next != null) {
          return next;
        }
      }
    }
    Function<Call, Answer> override = overrides.get(call.method());
    return override != null ? override.apply(call) : Answer.ok(defaultBody(call));
  }

  private String defaultBody(Call call) {
    String ts = "1700000000." + String.format("%06d", sequence.incrementAndGet());
    switch (call.method()) {
      case "auth.test" -> {
        JsonObject o = fixture("auth.test");
        String token =
            call.authorization() == null
                ? call.param("token")
                : call.authorization().substring("Bearer ".length());
        o.addProperty("team_id", tokenTeams.getOrDefault(String.valueOf(token), TEAM));
        o.addProperty("team", "Teachers of Tomorrow");
        o.addProperty("user_id", BOT_USER);
        o.addProperty("bot_id", "BBOT");
        o.remove("enterprise_id");
        return o.toString();
      }
      case "users.info" -> {
        JsonObject o = fixture("users.info");
        JsonObject user = o.getAsJsonObject("user");
        user.addProperty("id", call.param("user"));
        user.addProperty("team_id", TEAM);
        user.addProperty("name", "dana");
        user.addProperty("real_name", "Dana Reyes");
        user.addProperty("tz", userZone);
        user.addProperty("is_admin", admins.contains(call.param("user")));
        user.getAsJsonObject("profile")
            .addProperty("display_name", names.getOrDefault(call.param("user"), "Dana"));
        return o.toString();
      }
      case "chat.postMessage", "chat.update" -> {
        String messageTs = call.method().equals("chat.update") ? call.param("ts") : ts;
        return "{\"ok\":true,\"channel\":\""
            + call.param("channel")
            + "\",\"ts\":\""
            + messageTs
            + "\",\"message\":{\"type\":\"message\",\"text\":\"\",\"ts\":\""
            + messageTs
            + "\"}}";
      }
      case "chat.postEphemeral" -> {
        JsonObject o = fixture("chat.postEphemeral");
        o.addProperty("message_ts", ts);
        return o.toString();
      }
      case "conversations.open" -> {
        return "{\"ok\":true,\"channel\":{\"id\":\"D" + call.param("users") + "\"}}";
      }
      case "views.open", "views.publish" -> {
        JsonObject o = fixture("views.open");
        o.getAsJsonObject("view").addProperty("id", "V" + sequence.get());
        return o.toString();
      }
      case "files.getUploadURLExternal" -> {
        String fileId = "F" + sequence.get();
        return "{\"ok\":true,\"file_id\":\""
            + fileId
            + "\",\"upload_url\":\"http://127.0.0.1:"
            + server.getAddress().getPort()
            + "/upload/"
            + fileId
            + "\"}";
      }
      case "files.completeUploadExternal" -> {
        JsonObject o = new JsonObject();
        o.addProperty("ok", true);
        com.google.gson.JsonArray files = new com.google.gson.JsonArray();
        for (var f : JsonParser.parseString(call.param("files")).getAsJsonArray()) {
          JsonObject file = f.getAsJsonObject().deepCopy();
          file.addProperty("name", file.get("title").getAsString());
          files.add(file);
        }
        o.add("files", files);
        return o.toString();
      }
      case "bots.info" -> {
        return "{\"ok\":true,\"bot\":{\"id\":\""
            + call.param("bot")
            + "\",\"user_id\":\"UOTHERBOT\"}}";
      }
      default -> {
        return call.method().startsWith("/respond/")
            ? "ok"
            : "{\"ok\":false,\"error\":\"unknown_method\"}";
      }
    }
  }

  /** A fixture with {@code ok: true} and its placeholder error fields removed. */
  public static JsonObject fixture(String method) {
    try (InputStream in =
        FakeSlackApi.class.getResourceAsStream("/slack/api/" + method + ".json")) {
      JsonObject o =
          JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8))
              .getAsJsonObject();
      o.addProperty("ok", true);
      for (String placeholder : List.of("error", "warning", "needed", "provided")) {
        o.remove(placeholder);
      }
      return o;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, String> form(String body) {
    Map<String, String> params = new HashMap<>();
    if (body == null || body.isEmpty()) {
      return params;
    }
    for (String pair : body.split("&")) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      params.put(
          URLDecoder.decode(key, StandardCharsets.UTF_8),
          URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return params;
  }
}

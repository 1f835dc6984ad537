package dev.rituals.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.interfaces.RSAPublicKey;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Bot Connector on loopback: answers the REST calls the SDK makes (send, reply, update, create
 * conversation, get member), records each one, and can be told to fail the next calls.
 */
final class FakeBotConnector implements AutoCloseable {
  /** One recorded call; the path is decoded, the body parsed (null when empty). */
  record Call(String method, String path, JsonNode body, String authorization) {}

  private record Failure(int status, Map<String, String> headers, String code) {}

  private static final String OPENID_PATH = "/v1/.well-known/openidconfiguration";

  private final ObjectMapper json = new ObjectMapper();
  private final List<JsonNode> signingKeys = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final Deque<Failure> failures = new ArrayDeque<>();
  private final Map<String, String> memberNames = new ConcurrentHashMap<>();
  private final Map<String, ObjectNode> memberDetails = new ConcurrentHashMap<>();
  private final AtomicLong ids = new AtomicLong(1_700_000_000_000L);
  private final AtomicLong conversations = new AtomicLong();

  FakeBotConnector() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/", this::handle);
    server.start();
  }

  /** The serviceUrl activities carry, so the SDK calls back here. */
  String serviceUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Calls that sent or changed messages (not member or key lookups). */
  List<Call> messages() {
    return calls.stream().filter(c -> !c.method().equals("GET")).toList();
  }

  void clear() {
    calls.clear();
  }

  /**
   * Publishes an RSA key the way the Bot Framework's OpenID metadata does (JWKS with channel
   * endorsements), so the SDK's real token validation can run against it.
   */
  void publishSigningKey(String keyId, RSAPublicKey key) {
    Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
    ObjectNode jwk = json.createObjectNode();
    jwk.put("kty", "RSA");
    jwk.put("use", "sig");
    jwk.put("kid", keyId);
    jwk.put("n", base64.encodeToString(unsigned(key.getModulus())));
    jwk.put("e", base64.encodeToString(unsigned(key.getPublicExponent())));
    jwk.putArray("endorsements").add("msteams");
    signingKeys.add(jwk);
  }

  String openIdMetadataUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + OPENID_PATH;
  }

  private static byte[] unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
  }

  void knowsMember(String userId, String name) {
    memberNames.put(userId, name);
  }

  /** A member as Teams' get-member answers: Entra object id, tenant and role ("user", "guest"). */
  void knowsMember(String userId, String name, String aadObjectId, String tenantId, String role) {
    ObjectNode member = json.createObjectNode();
    member.put("id", userId);
    member.put("name", name);
    member.put("aadObjectId", aadObjectId);
    member.put("tenantId", tenantId);
    member.put("userRole", role);
    memberDetails.put(userId, member);
  }

  /** Get-member for this id answers 404, as Teams does for someone not in the conversation. */
  void knowsNoMember(String userId) {
    memberDetails.put(userId, json.createObjectNode().put("missing", true));
  }

  synchronized void failNext(int status, Map<String, String> headers, String code) {
    failures.add(new Failure(status, headers, code));
  }

  private void handle(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    String path = exchange.getRequestURI().getPath();
    byte[] bytes = exchange.getRequestBody().readAllBytes();
    JsonNode body = bytes.length == 0 ? null : json.readTree(bytes);
    calls.add(new Call(method, path, body, exchange.getRequestHeaders().getFirst("Authorization")));
    Failure failure = nextFailure();
    if (failure != null) {
      failure.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
      ObjectNode error = json.createObjectNode();
      error.putObject("error").put("code", failure.code()).put("message", "fake failure");
      send(exchange, failure.status(), error);
      return;
    }
    if (method.equals("GET") && path.contains("/members/")) {
      ObjectNode member = memberDetails.get(path.substring(path.lastIndexOf('/') + 1));
      if (member != null && member.has("missing")) {
        ObjectNode error = json.createObjectNode();
        error.putObject("error").put("code", "MemberNotFoundInConversation").put("message", "no");
        send(exchange, 404, error);
        return;
      }
      if (member != null) {
        send(exchange, 200, member);
        return;
      }
    }
    send(exchange, 200, answer(method, path, body));
  }

  private synchronized Failure nextFailure() {
    return failures.poll();
  }

  private JsonNode answer(String method, String path, JsonNode body) {
    ObjectNode answer = json.createObjectNode();
    if (method.equals("GET") && path.equals(OPENID_PATH)) {
      answer.put("issuer", "https://api.botframework.com");
      answer.put("jwks_uri", serviceUrl() + "keys");
      return answer;
    }
    if (method.equals("GET") && path.equals("/keys")) {
      answer.putArray("keys").addAll(signingKeys);
      return answer;
    }
    if (method.equals("POST") && path.equals("/v3/conversations")) {
      answer.put("id", "a:created-" + conversations.incrementAndGet());
      return answer;
    }
    if (method.equals("GET") && path.contains("/members/")) {
      String userId = path.substring(path.lastIndexOf('/') + 1);
      answer.put("id", userId);
      answer.put("name", memberNames.getOrDefault(userId, "Someone"));
      return answer;
    }
    if (method.equals("PUT")) {
      answer.put("id", path.substring(path.lastIndexOf('/') + 1));
      return answer;
    }
    answer.put("id", String.valueOf(ids.incrementAndGet()));
    return answer;
  }

  private void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = json.writeValueAsBytes(body);
    exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  String lastId() {
    return String.valueOf(ids.get());
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}

package dev.rituals.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** A Bot Connector on loopback: records what the bot sends, answers like the real one. */
public final class FakeConnector implements AutoCloseable {
  /** One call the SDK made. */
  public record Call(String method, String path, String body) {
    /** The text of a sent activity, or "" for other calls. */
    public String text() {
      try {
        JsonNode node = new ObjectMapper().readTree(body);
        return node == null ? "" : node.path("text").asText("");
      } catch (IOException e) {
        return "";
      }
    }
  }

  private final HttpServer server;
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private final AtomicLong ids = new AtomicLong(1_700_000_000_000L);

  public FakeConnector() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  public String serviceUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
  }

  public List<Call> calls() {
    return List.copyOf(calls);
  }

  /** Texts of the activities the bot sent, oldest first. */
  public List<String> texts() {
    return calls.stream().filter(c -> c.method().equals("POST")).map(Call::text).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    calls.add(new Call(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), body));
    String answer =
        exchange.getRequestMethod().equals("GET")
            ? "{\"id\":\"29:someone\",\"name\":\"Someone\",\"aadObjectId\":\"aad-1\"}"
            : "{\"id\":\"" + ids.incrementAndGet() + "\"}";
    byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(200, bytes.length);
    exchange.getResponseBody().write(bytes);
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

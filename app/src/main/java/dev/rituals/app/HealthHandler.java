package dev.rituals.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /healthz}: database and scheduler state as JSON; 200 when both are up, 503 when not,
 * so a load balancer stops sending traffic to a node that cannot do its work.
 */
final class HealthHandler extends Handler.Abstract {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Supplier<Boolean> database;
  private final Supplier<String> scheduler;
  private final Supplier<Map<String, Object>> details;

  HealthHandler(
      Supplier<Boolean> database,
      Supplier<String> scheduler,
      Supplier<Map<String, Object>> details) {
    this.database = database;
    this.scheduler = scheduler;
    this.details = details;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    boolean dbUp = safely(database, false);
    String schedulerState = safely(scheduler, "unknown");
    boolean up = dbUp && "started".equals(schedulerState);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "up" : "down");
    body.put("database", dbUp ? "up" : "down");
    body.put("scheduler", schedulerState);
    body.putAll(safely(details, Map.of()));
    PlainResponses.write(
        response, up ? 200 : 503, "application/json", JSON.writeValueAsString(body), callback);
    return true;
  }

  private static <T> T safely(Supplier<T> check, T fallback) {
    try {
      return check.get();
    } catch (RuntimeException e) {
      return fallback;
    }
  }
}

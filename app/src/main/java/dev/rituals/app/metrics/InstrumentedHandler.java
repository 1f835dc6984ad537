package dev.rituals.app.metrics;

import java.util.Set;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Counts and times the requests of one route. The endpoint label is the request's path when it is
 * one we serve, else the route: random paths under /slack/* cannot create new series.
 */
public final class InstrumentedHandler extends Handler.Wrapper {
  static final Set<String> ENDPOINTS =
      Set.of(
          "/slack/events",
          "/slack/install",
          "/slack/oauth_redirect",
          "/api/messages",
          "/healthz",
          "/metrics");

  private final String route;
  private final AppMetrics metrics;

  public InstrumentedHandler(String route, Handler handler, AppMetrics metrics) {
    super(handler);
    this.route = route;
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long start = System.nanoTime();
    String path = request.getHttpURI().getPath();
    String endpoint = ENDPOINTS.contains(path) ? path : route;
    Callback timed =
        Callback.from(
            () -> {
              metrics.request(endpoint, statusClass(response.getStatus()), elapsed(start));
              callback.succeeded();
            },
            failure -> {
              metrics.request(endpoint, "error", elapsed(start));
              callback.failed(failure);
            });
    try {
      boolean handled = super.handle(request, response, timed);
      if (!handled) {
        metrics.request(endpoint, "unhandled", elapsed(start));
      }
      return handled;
    } catch (Exception | Error e) {
      metrics.request(endpoint, "error", elapsed(start));
      throw e;
    }
  }

  static String statusClass(int status) {
    return status < 100 || status > 599 ? "error" : (status / 100) + "xx";
  }

  private static long elapsed(long start) {
    return System.nanoTime() - start;
  }
}

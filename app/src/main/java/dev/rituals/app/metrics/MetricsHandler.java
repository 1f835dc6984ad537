package dev.rituals.app.metrics;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /metrics}: every meter in the Prometheus text format. */
public final class MetricsHandler extends Handler.Abstract {
  static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final AppMetrics metrics;

  public MetricsHandler(AppMetrics metrics) {
    this.metrics = metrics;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    if (!HttpMethod.GET.is(request.getMethod())) {
      response.setStatus(405);
      response.getHeaders().put(HttpHeader.ALLOW, "GET");
      callback.succeeded();
      return true;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    byte[] body = metrics.scrape().getBytes(StandardCharsets.UTF_8);
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }
}

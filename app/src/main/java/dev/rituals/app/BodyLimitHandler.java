package dev.rituals.app;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;

/**
 * One request-size limit in front of every endpoint: Slack and Teams payloads are a few kilobytes,
 * so a larger body is refused before any adapter reads it. A declared length over the limit gets a
 * 413 that says so; a chunked body is cut off by Jetty's {@link SizeLimitHandler} once it passes
 * the limit, also with a 413.
 */
final class BodyLimitHandler extends Handler.Wrapper {
  private final long limit;
  private final String message;

  BodyLimitHandler(long limit, Handler next) {
    super(new SizeLimitHandler(limit, -1));
    ((SizeLimitHandler) getHandler()).setHandler(next);
    this.limit = limit;
    this.message =
        "{\"error\":\"request body too large: the limit is " + (limit / (1024 * 1024)) + " MB\"}";
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (request.getLength() > limit) {
      // The client may still be sending the body: don't reuse this connection.
      response.getHeaders().put(HttpHeader.CONNECTION, "close");
      PlainResponses.write(
          response, HttpStatus.PAYLOAD_TOO_LARGE_413, "application/json", message, callback);
      return true;
    }
    return super.handle(request, response, callback);
  }
}

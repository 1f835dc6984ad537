package dev.rituals.app.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Headers every report page gets: private, never cached, no referrer (the link is the key). */
final class Responses {
  /** Teams shows a tab in a frame: only Teams (and the app itself) may frame our pages. */
  static final String FRAME_ANCESTORS =
      "frame-ancestors 'self' https://teams.microsoft.com"
          + " https://*.teams.microsoft.com https://*.teams.microsoft.us https://*.cloud.microsoft";

  static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
          + " form-action 'none'; "
          + FRAME_ANCESTORS;

  private Responses() {}

  static void send(
      Response response, int status, String contentType, byte[] body, Callback callback) {
    send(response, status, contentType, body, CSP, callback);
  }

  /** As {@link #send(Response, int, String, byte[], Callback)} with a page's own policy. */
  static void send(
      Response response,
      int status,
      String contentType,
      byte[] body,
      String csp,
      Callback callback) {
    response.setStatus(status);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, contentType);
    headers.put(HttpHeader.CACHE_CONTROL, "private, no-store");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Content-Security-Policy", csp);
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  static void page(Response response, int status, String html, Callback callback) {
    send(
        response,
        status,
        "text/html; charset=utf-8",
        html.getBytes(StandardCharsets.UTF_8),
        callback);
  }

  /** The one message for a forged, changed or expired link: nothing about which. */
  static void badLink(Response response, Callback callback) {
    page(
        response,
        403,
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Link expired</title>"
            + "<p>This link has expired or is not valid. Ask Rituals for a new one"
            + " (<code>report dashboard</code> or <code>report export</code>).</p></html>",
        callback);
  }
}

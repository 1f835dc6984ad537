package dev.rituals.slack.http;

import com.slack.api.bolt.App;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves Bolt on Jetty 12's core API: turns the Jetty request into a Bolt request, lets {@code
 * App#run} verify the signature and route it, and writes Bolt's response back. (Bolt's own
 * bolt-jetty module targets Jetty 9 and cannot share a server with Jetty 12.) Paths are matched on
 * the full request path, so mount this handler at the server root.
 */
public final class SlackHttpHandler extends Handler.Abstract {
  private static final Logger log = LoggerFactory.getLogger(SlackHttpHandler.class);

  /** Slack's payloads are a few kilobytes; anything much larger is not from Slack. */
  static final long MAX_BODY_BYTES = 1024 * 1024;

  private final App app;
  private final SlackRequestParser parser;
  private final Set<String> paths;

  public SlackHttpHandler(App app, Set<String> paths) {
    this.app = app;
    this.parser = new SlackRequestParser(app.config());
    this.paths = Set.copyOf(paths);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    if (!paths.contains(path)) {
      return false;
    }
    if (request.getLength() > MAX_BODY_BYTES) {
      write(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "text/plain", "too large");
      return true;
    }
    // Lenient decoding: invalid UTF-8 (never sent by Slack) becomes U+FFFD, so the signature check
    // refuses the request with a 401 instead of the decoder failing it with a 500.
    String body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = new String(in.readNBytes((int) MAX_BODY_BYTES + 1), StandardCharsets.UTF_8);
    }
    com.slack.api.bolt.request.Request<?> slackRequest;
    try {
      slackRequest = parse(request, path, body);
    } catch (RuntimeException malformed) {
      // e.g. a form whose payload= is not JSON: the sender's mistake, answered before any listener
      log.info("Slack request on {} not readable: {}", path, malformed.getClass().getSimpleName());
      write(response, callback, HttpStatus.BAD_REQUEST_400, "text/plain", "malformed request");
      return true;
    }
    if (slackRequest == null) {
      write(response, callback, HttpStatus.BAD_REQUEST_400, "text/plain", "not a Slack request");
      return true;
    }
    com.slack.api.bolt.response.Response result;
    try {
      result = app.run(slackRequest);
    } catch (RuntimeException malformed) {
      // Our listeners catch their own errors, so what escapes Bolt here is Bolt's middleware
      // reading a signed payload of the wrong shape (a null or an object where Slack always sends
      // a string): not from Slack, answered 400 without a stack trace.
      log.info(
          "Slack request on {} has a malformed payload: {} in {}",
          path,
          malformed.getClass().getSimpleName(),
          origin(malformed));
      write(response, callback, HttpStatus.BAD_REQUEST_400, "text/plain", "malformed payload");
      return true;
    } catch (Exception e) {
      // Checked failures are I/O under us (Slack's Web API unreachable): Slack retries a 503.
      log.warn("Slack request on {} failed", path, e);
      write(
          response,
          callback,
          HttpStatus.SERVICE_UNAVAILABLE_503,
          "application/json",
          "{\"error\":\"temporarily unavailable\"}");
      return true;
    }
    if (result.getHeaders() != null) {
      result
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.getHeaders().add(name, v)));
    }
    String type = result.getContentType() == null ? "text/plain" : result.getContentType();
    write(response, callback, result.getStatusCode(), type, result.getBody());
    return true;
  }

  private com.slack.api.bolt.request.Request<?> parse(Request request, String path, String body) {
    return parser.parse(
        SlackRequestParser.HttpRequest.builder()
            .requestUri(path)
            .queryString(query(request))
            .headers(new RequestHeaders(headers(request)))
            .requestBody(body)
            .remoteAddress(Request.getRemoteAddr(request))
            .build());
  }

  private static String origin(Throwable failure) {
    StackTraceElement[] stack = failure.getStackTrace();
    return stack.length == 0 ? "?" : stack[0].getClassName() + "." + stack[0].getMethodName();
  }

  private static void write(
      Response response, Callback callback, int status, String contentType, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
    Content.Sink.write(response, true, body == null ? "" : body, callback);
  }

  private static Map<String, List<String>> headers(Request request) {
    Map<String, List<String>> headers = new HashMap<>();
    for (HttpField field : request.getHeaders()) {
      headers.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
    }
    return headers;
  }

  private static Map<String, List<String>> query(Request request) {
    Map<String, List<String>> query = new HashMap<>();
    Fields fields = Request.extractQueryParameters(request);
    for (Fields.Field field : fields) {
      query.put(field.getName(), new ArrayList<>(field.getValues()));
    }
    return query;
  }
}

package dev.rituals.teams;

import com.auth0.jwt.exceptions.JWTVerificationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/messages}: the Bot Framework's messaging endpoint, as a Jetty 12 core handler.
 * It handles only that path and returns {@code false} for any other, so it can sit in a {@code
 * Handler.Sequence} with the app's other handlers.
 *
 * <p>Status codes: 401 for a missing or invalid token (when auth is on), 400 for a body that is not
 * an activity, 405 for other methods, 413 for huge bodies, the invoke response's own status for
 * invokes, 202 otherwise. Failures inside a turn are handled by the adapter's turn-error handler
 * and never surface as a 500.
 */
final class MessagesEndpoint extends Handler.Abstract {
  static final String PATH = "/api/messages";
  static final int MAX_BODY_BYTES = 512 * 1024;
  private static final Logger LOG = LoggerFactory.getLogger(MessagesEndpoint.class);

  private final BotFrameworkHttpAdapter adapter;
  private final Bot bot;
  private final ActivityReader reader;
  private final ObjectMapper json;

  MessagesEndpoint(BotFrameworkHttpAdapter adapter, Bot bot, ObjectMapper json) {
    this.adapter = adapter;
    this.bot = bot;
    this.json = json;
    this.reader = new ActivityReader(json);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws IOException {
    if (!PATH.equals(request.getHttpURI().getPath())) {
      return false;
    }
    if (!HttpMethod.POST.is(request.getMethod())) {
      response.getHeaders().put(HttpHeader.ALLOW, "POST");
      answer(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use POST");
      return true;
    }
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readNBytes(MAX_BODY_BYTES + 1);
    }
    if (body.length > MAX_BODY_BYTES) {
      answer(response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "activity too large");
      return true;
    }
    ActivityReader.Read read = reader.read(body);
    if (!read.ok()) {
      answer(response, callback, HttpStatus.BAD_REQUEST_400, read.problem());
      return true;
    }
    String authHeader = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    CompletableFuture<InvokeResponse> turn;
    try {
      turn = adapter.processIncomingActivity(authHeader, read.activity(), bot);
    } catch (RuntimeException thrownBeforeTheFuture) {
      // e.g. JWTDecodeException for a garbage Bearer token is thrown synchronously
      turn = CompletableFuture.failedFuture(thrownBeforeTheFuture);
    }
    // Answer on this thread when the turn is done in time (it nearly always is: a turn is a few
    // database calls). Completing Jetty's callback from the turn's thread while Jetty is still
    // leaving handle() races inside Jetty 12.1 (jetty/jetty.project#14745: an NPE in
    // SerializedInvoker and a dropped connection, seen in HttpEndpointFuzzTest); only a turn that
    // outlasts the wait is answered from its own thread.
    try {
      InvokeResponse invoke = turn.get(ANSWER_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      respond(response, callback, invoke, null);
    } catch (ExecutionException e) {
      respond(response, callback, null, e.getCause() == null ? e : e.getCause());
    } catch (TimeoutException e) {
      turn.whenComplete((invoke, failure) -> respond(response, callback, invoke, failure));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      respond(response, callback, null, e);
    }
    return true;
  }

  /** How long handle() waits for a turn before answering from the turn's thread instead. */
  static final Duration ANSWER_WAIT = Duration.ofSeconds(10);

  private void respond(
      Response response, Callback callback, InvokeResponse invoke, Throwable failure) {
    if (failure != null) {
      Throwable cause = unwrap(failure);
      int status = statusFor(cause);
      if (status == HttpStatus.UNAUTHORIZED_401) {
        LOG.info("Teams activity refused: {}", cause.getClass().getSimpleName());
      } else {
        LOG.warn("Teams activity failed outside a turn", cause);
      }
      answer(response, callback, status, messageFor(status));
      return;
    }
    if (invoke == null) {
      response.setStatus(HttpStatus.ACCEPTED_202);
      callback.succeeded();
      return;
    }
    response.setStatus(invoke.getStatus());
    if (invoke.getBody() == null) {
      callback.succeeded();
      return;
    }
    try {
      writeJson(response, callback, json.writeValueAsString(invoke.getBody()));
    } catch (JsonProcessingException e) {
      callback.failed(e);
    }
  }

  static int statusFor(Throwable cause) {
    if (cause instanceof AuthenticationException || cause instanceof JWTVerificationException) {
      return HttpStatus.UNAUTHORIZED_401;
    }
    if (cause instanceof IllegalArgumentException) {
      return HttpStatus.BAD_REQUEST_400;
    }
    // Not ours to fix on this request (the connector or database was unreachable): the
    // Bot Connector retries on 503.
    return HttpStatus.SERVICE_UNAVAILABLE_503;
  }

  private static String messageFor(int status) {
    return switch (status) {
      case HttpStatus.UNAUTHORIZED_401 -> "missing or invalid Bot Framework token";
      case HttpStatus.BAD_REQUEST_400 -> "activity cannot be processed";
      default -> "temporarily unavailable, try again";
    };
  }

  static Throwable unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  private void answer(Response response, Callback callback, int status, String error) {
    response.setStatus(status);
    writeJson(response, callback, json.createObjectNode().put("error", error).toString());
  }

  private static void writeJson(Response response, Callback callback, String body) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    Content.Sink.write(response, true, body, callback);
  }
}

package dev.rituals.app.transcripts;

import dev.rituals.core.usecase.TranscriptUseCase;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /transcripts/<token>}: the HTML transcript a signed link names. Any other token (bad,
 * expired, another transcript's) gets the same 404, so links cannot be probed.
 */
public final class TranscriptPage extends Handler.Abstract {
  private final TranscriptTokens tokens;
  private final TranscriptUseCase transcripts;

  public TranscriptPage(TranscriptTokens tokens, TranscriptUseCase transcripts) {
    this.tokens = tokens;
    this.transcripts = transcripts;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = request.getHttpURI().getPath();
    String token =
        path.startsWith(TranscriptTokens.PATH)
            ? path.substring(TranscriptTokens.PATH.length())
            : "";
    Optional<String> html =
        "GET".equals(request.getMethod())
            ? tokens.verify(token).flatMap(t -> transcripts.html(t.community(), t.occurrence()))
            : Optional.empty();
    // The page is people's words: no scripts, no outside requests, not framed elsewhere.
    response
        .getHeaders()
        .put("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .put("X-Content-Type-Options", "nosniff")
        .put("Referrer-Policy", "no-referrer")
        .put(HttpHeader.CACHE_CONTROL, "private, no-store");
    response.setStatus(html.isPresent() ? 200 : 404);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    String body =
        html.orElse(
            "<!DOCTYPE html><title>Not found</title><p>This transcript link is not valid or has"
                + " expired. Type <code>archive export</code> again for a new one.</p>");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }
}

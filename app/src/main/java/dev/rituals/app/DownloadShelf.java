package dev.rituals.app;

import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Generated files (PD certificates, "my data" exports) behind {@code /files/<token>/<name>}: the
 * token is 256 random bits, so only whoever got the link in their private reply can fetch it, and
 * it expires after {@link #TTL}. Held in this node's memory: files are small, short-lived and
 * re-made on request; with several nodes behind a load balancer, route /files/ sticky or re-run the
 * command.
 */
final class DownloadShelf extends Handler.Abstract implements DocumentLinks {
  static final Duration TTL = Duration.ofMinutes(30);

  /** Keeps memory bounded if someone requests exports in a loop. */
  static final int MAX_FILES = 200;

  private record Shelved(String fileName, String contentType, byte[] content, Instant expires) {}

  private final Map<String, Shelved> files = new ConcurrentHashMap<>();
  private final URI base;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  DownloadShelf(URI base, Clock clock) {
    this.base = base;
    this.clock = clock;
  }

  @Override
  public String publish(UserRef owner, String fileName, String contentType, byte[] content) {
    Instant now = clock.instant();
    files.values().removeIf(f -> !f.expires().isAfter(now));
    if (files.size() >= MAX_FILES) {
      files.entrySet().stream()
          .min(Map.Entry.comparingByValue(java.util.Comparator.comparing(Shelved::expires)))
          .ifPresent(oldest -> files.remove(oldest.getKey()));
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    files.put(token, new Shelved(fileName, contentType, content.clone(), now.plus(TTL)));
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return root + "files/" + token + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    // The raw path: Jetty 12.1 path-in-context fails under PathMappingsHandler without a context.
    String path = request.getHttpURI().getPath();
    String[] parts = path.split("/");
    // "/files/<token>/<name>" splits to ["", "files", token, name]
    Shelved file = parts.length >= 3 ? files.get(parts[2]) : null;
    if (file == null || !file.expires().isAfter(clock.instant())) {
      PlainResponses.write(
          response,
          404,
          "text/plain; charset=utf-8",
          "This link has expired or does not exist. Run the command again for a fresh one.",
          callback);
      return true;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
    response
        .getHeaders()
        .put(
            HttpHeader.CONTENT_DISPOSITION,
            "attachment; filename=\"" + file.fileName().replace("\"", "") + "\"");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(file.content()), callback);
    return true;
  }
}

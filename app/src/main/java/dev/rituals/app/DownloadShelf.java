package dev.rituals.app;

import dev.rituals.core.model.UserRef;
import dev.rituals.core.port.DocumentLinks;
import dev.rituals.db.repository.JooqDownloadFiles;
import dev.rituals.db.repository.JooqDownloadFiles.StoredFile;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Generated files (PD certificates, signed credentials, "my data" exports) behind {@code
 * /files/<token>/<name>}. The token is 256 random bits and is the only key: whoever got the link in
 * their private reply can fetch the file, nobody can guess it, and the database keeps only the
 * token's SHA-256, so the table alone opens no link. Files live in the shared database, so any node
 * of a cluster serves a link another made; they expire after {@link #TTL}, are swept by {@link
 * #sweep()}, and "forget me" deletes them.
 */
final class DownloadShelf extends Handler.Abstract implements DocumentLinks {
  static final Duration TTL = Duration.ofMinutes(30);

  /** The largest file a download may hold; a bigger one is refused with a message. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  /** Links a person can have open at once; older ones stop working. */
  static final int MAX_PER_OWNER = 20;

  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

  private final URI base;
  private final Clock clock;
  private final JooqDownloadFiles files;
  private final SecureRandom random = new SecureRandom();

  DownloadShelf(URI base, Clock clock, JooqDownloadFiles files) {
    this.base = base;
    this.clock = clock;
    this.files = files;
  }

  @Override
  public String publish(UserRef owner, String fileName, String contentType, byte[] content) {
    if (content.length > MAX_BYTES) {
      throw new TooLargeException(
          String.format(
              "That file would be %.1f MB, more than the %d MB a download link may hold, so no"
                  + " link was made. Please ask a moderator for a shorter export.",
              content.length / (1024.0 * 1024.0), MAX_BYTES / (1024 * 1024)));
    }
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Instant now = clock.instant();
    files.store(hash(token), owner, fileName, contentType, content, now, now.plus(TTL));
    files.keepNewest(owner, MAX_PER_OWNER);
    String root = base.toString().endsWith("/") ? base.toString() : base + "/";
    return root + "files/" + token + "/" + URLEncoder.encode(fileName, StandardCharsets.UTF_8);
  }

  /** Deletes expired files; any node may run it. */
  int sweep() {
    return files.deleteExpired(clock.instant());
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    // The raw path: Jetty 12.1 path-in-context fails under PathMappingsHandler without a context.
    String[] parts = request.getHttpURI().getPath().split("/");
    // "/files/<token>/<name>" splits to ["", "files", token, name]
    Optional<StoredFile> file =
        parts.length >= 3 && TOKEN.matcher(parts[2]).matches()
            ? files.find(hash(parts[2]), clock.instant())
            : Optional.empty();
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "private, no-store");
    if (file.isEmpty()) {
      PlainResponses.write(
          response,
          404,
          "text/plain; charset=utf-8",
          "This link has expired or does not exist. Run the command again for a fresh one.",
          callback);
      return true;
    }
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.get().contentType());
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response
        .getHeaders()
        .put(
            HttpHeader.CONTENT_DISPOSITION,
            "attachment; filename=\""
                + file.get().fileName().replaceAll("[\"\\\\\\r\\n]", "")
                + "\"");
    response.write(true, ByteBuffer.wrap(file.get().content()), callback);
    return true;
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

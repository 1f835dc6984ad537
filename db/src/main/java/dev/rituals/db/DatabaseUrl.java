package dev.rituals.db;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the database is and how to log in. Parsed from {@code DATABASE_URL}, which comes either as
 * a JDBC URL ({@code jdbc:postgresql://host:5432/rituals?user=...}, {@code jdbc:h2:file:...}) or in
 * the Heroku / libpq form {@code postgres://user:password@host:5432/rituals}.
 *
 * <p>The password never appears in {@link #toString()} or in an error message.
 */
public record DatabaseUrl(String jdbcUrl, Optional<String> user, Optional<String> password) {

  public DatabaseUrl {
    Vendor.ofJdbcUrl(jdbcUrl);
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(password, "password");
    user = user.filter(u -> !u.isEmpty());
    password = password.filter(p -> !p.isEmpty());
  }

  public static DatabaseUrl of(String jdbcUrl, String user, String password) {
    return new DatabaseUrl(jdbcUrl, Optional.ofNullable(user), Optional.ofNullable(password));
  }

  /**
   * @throws IllegalArgumentException with a message fit to show an operator (no secrets in it)
   */
  public static DatabaseUrl parse(String databaseUrl) {
    if (databaseUrl == null || databaseUrl.isBlank()) {
      throw new IllegalArgumentException("DATABASE_URL is empty");
    }
    String url = databaseUrl.strip();
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:postgresql://") || lower.startsWith("jdbc:h2:")) {
      return new DatabaseUrl(url, Optional.empty(), Optional.empty());
    }
    if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
      return fromHerokuStyle(url);
    }
    throw new IllegalArgumentException(
        "DATABASE_URL must look like postgres://user:password@host:5432/database,"
            + " jdbc:postgresql://host:5432/database or jdbc:h2:file:./data/rituals");
  }

  private static DatabaseUrl fromHerokuStyle(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      // The parser's message quotes the input; ours must not (password).
      throw new IllegalArgumentException(
          "DATABASE_URL is not a valid postgres:// URL (percent-encode special characters)");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      throw new IllegalArgumentException("DATABASE_URL has no host name");
    }
    String path = uri.getRawPath();
    if (path == null || path.length() <= 1) {
      throw new IllegalArgumentException("DATABASE_URL has no database name after the host");
    }
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() != -1) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(path);
    if (uri.getRawQuery() != null) {
      jdbc.append('?').append(uri.getRawQuery());
    }
    Optional<String> user = Optional.empty();
    Optional<String> password = Optional.empty();
    String userInfo = uri.getRawUserInfo();
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      user = Optional.of(decode(colon < 0 ? userInfo : userInfo.substring(0, colon)));
      if (colon >= 0) {
        password = Optional.of(decode(userInfo.substring(colon + 1)));
      }
    }
    return new DatabaseUrl(jdbc.toString(), user, password);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  public Vendor vendor() {
    return Vendor.ofJdbcUrl(jdbcUrl);
  }

  @Override
  public String toString() {
    return "DatabaseUrl["
        + jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***")
        + ", user="
        + user.orElse("")
        + ", password="
        + (password.isPresent() ? "***" : "")
        + "]";
  }
}

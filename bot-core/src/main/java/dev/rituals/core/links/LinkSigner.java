package dev.rituals.core.links;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks links with HMAC-SHA256 over the path, the parameters and an expiry time, so a
 * link opens one page of one community until it expires, and changing any part of it breaks it.
 */
public final class LinkSigner {
  public static final String EXPIRES = "exp";
  public static final String SIGNATURE = "sig";
  private static final int MIN_SECRET_BYTES = 32;

  private final SecretKeySpec key;
  private final Clock clock;

  public LinkSigner(byte[] secret, Clock clock) {
    if (secret.length < MIN_SECRET_BYTES) {
      throw new IllegalArgumentException("the link secret needs at least 32 bytes");
    }
    this.key = new SecretKeySpec(secret.clone(), "HmacSHA256");
    this.clock = clock;
  }

  /** The query string ({@code a=1&b=2&exp=...&sig=...}) for {@code path} with these parameters. */
  public String sign(String path, Map<String, String> params, Duration ttl) {
    Map<String, String> all = new TreeMap<>(params);
    all.put(EXPIRES, Long.toString(clock.instant().plus(ttl).getEpochSecond()));
    String query = query(all);
    return query + "&" + SIGNATURE + "=" + mac(path + "?" + query);
  }

  /**
   * The parameters of a query string when its signature matches and it has not expired; empty for
   * anything else, with no hint of why (an attacker learns nothing).
   */
  public Optional<Map<String, String>> verify(String path, String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> params = new TreeMap<>();
    String signature = null;
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        return Optional.empty();
      }
      String name = decode(pair.substring(0, eq));
      String value = decode(pair.substring(eq + 1));
      if (name.equals(SIGNATURE)) {
        signature = value;
      } else if (params.put(name, value) != null) {
        return Optional.empty();
      }
    }
    if (signature == null || !params.containsKey(EXPIRES)) {
      return Optional.empty();
    }
    byte[] expected = mac(path + "?" + query(params)).getBytes(StandardCharsets.US_ASCII);
    if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
      return Optional.empty();
    }
    long expires;
    try {
      expires = Long.parseLong(params.get(EXPIRES));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    if (clock.instant().getEpochSecond() >= expires) {
      return Optional.empty();
    }
    Map<String, String> result = new LinkedHashMap<>(params);
    result.remove(EXPIRES);
    return Optional.of(result);
  }

  private static String query(Map<String, String> sorted) {
    StringBuilder q = new StringBuilder();
    sorted.forEach(
        (k, v) -> {
          if (q.length() > 0) {
            q.append('&');
          }
          q.append(encode(k)).append('=').append(encode(v));
        });
    return q.toString();
  }

  private String mac(String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return "\u0000";
    }
  }
}

package dev.rituals.bench.slack;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Requests to {@code /slack/events} signed exactly as Slack signs them ({@code v0=} + hex
 * HMAC-SHA256 of {@code v0:timestamp:body}), as raw HTTP/1.1 bytes for the load generator. Bodies
 * are shaped like the shared fixtures (slash command form, Events API envelope).
 */
public final class SlackRequests {
  public static final String PATH = "/slack/events";

  private final String secret;
  private final int port;
  private final ThreadLocal<Mac> macs;

  public SlackRequests(String signingSecret, int port) {
    this.secret = signingSecret;
    this.port = port;
    this.macs = ThreadLocal.withInitial(this::newMac);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  public String sign(long timestamp, String body) {
    Mac mac = macs.get();
    byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
    return "v0=" + HexFormat.of().formatHex(digest);
  }

  /** A complete signed POST with a form body (slash commands, interactivity). */
  public byte[] form(String body, long epochSecond) {
    return post("application/x-www-form-urlencoded", body, epochSecond);
  }

  /** A complete signed POST with a JSON body (Events API). */
  public byte[] json(String body, long epochSecond) {
    return post("application/json", body, epochSecond);
  }

  private byte[] post(String contentType, String body, long epochSecond) {
    byte[] content = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "POST "
            + PATH
            + " HTTP/1.1\r\nHost: 127.0.0.1:"
            + port
            + "\r\nUser-Agent: Slackbot 1.0 (+https://api.slack.com/robots)"
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + content.length
            + "\r\nX-Slack-Request-Timestamp: "
            + epochSecond
            + "\r\nX-Slack-Signature: "
            + sign(epochSecond, body)
            + "\r\n\r\n";
    byte[] headBytes = head.getBytes(StandardCharsets.ISO_8859_1);
    byte[] request = new byte[headBytes.length + content.length];
    System.arraycopy(headBytes, 0, request, 0, headBytes.length);
    System.arraycopy(content, 0, request, headBytes.length, content.length);
    return request;
  }

  /** {@code /rituals <text>} as Slack posts it. */
  public static String slashCommand(
      String team, String channel, String user, String text, String responseUrl) {
    return form(
        "token", "legacy-verification-token",
        "team_id", team,
        "team_domain", "bench-teachers",
        "channel_id", channel,
        "channel_name", "bench-cop",
        "user_id", user,
        "user_name", "teacher",
        "command", "/rituals",
        "text", text,
        "api_app_id", "A0RITUALS",
        "is_enterprise_install", "false",
        "response_url", responseUrl,
        "trigger_id", "13345224609.738474920.8088930838d88f008e0");
  }

  /**
   * An Events API {@code event_callback} with a {@code message} event; a thread reply when {@code
   * threadTs} is not null.
   */
  public static String messageEvent(
      String team,
      String eventId,
      String channel,
      String user,
      String text,
      String ts,
      String threadTs) {
    String thread =
        threadTs == null
            ? ""
            : ",\"thread_ts\":\""
                + threadTs
                + "\",\"parent_user_id\":\""
                + FakeSlackApi.BOT_USER
                + "\"";
    return "{\"token\":\"legacy-verification-token\",\"team_id\":\""
        + team
        + "\",\"api_app_id\":\"A0RITUALS\",\"event\":{\"type\":\"message\",\"channel\":\""
        + channel
        + "\",\"user\":\""
        + user
        + "\",\"text\":\""
        + escape(text)
        + "\",\"ts\":\""
        + ts
        + "\",\"event_ts\":\""
        + ts
        + "\",\"channel_type\":\"channel\",\"team\":\""
        + team
        + "\""
        + thread
        + "},\"type\":\"event_callback\",\"event_id\":\""
        + eventId
        + "\",\"event_time\":"
        + ts.substring(0, ts.indexOf('.'))
        + ",\"authorizations\":[{\"enterprise_id\":null,\"team_id\":\""
        + team
        + "\",\"user_id\":\""
        + FakeSlackApi.BOT_USER
        + "\",\"is_bot\":true,\"is_enterprise_install\":false}],"
        + "\"is_ext_shared_channel\":false,\"event_context\":\"4-bench\"}";
  }

  /** A message ts unique for {@code index}: seconds from {@code base}, microseconds from index. */
  public static String ts(long baseSecond, long index) {
    return (baseSecond + index / 1_000_000) + "." + String.format("%06d", index % 1_000_000);
  }

  static String form(String... pairs) {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      body.append(body.length() == 0 ? "" : "&")
          .append(URLEncoder.encode(pairs[i], StandardCharsets.UTF_8))
          .append('=')
          .append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
    }
    return body.toString();
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> out.append(c < 0x20 ? ' ' : c);
      }
    }
    return out.toString();
  }
}

package dev.rituals.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.app_backend.SlackSignature;
import dev.rituals.slack.FakeSlackApi;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The real app on an ephemeral port with Slack (single workspace, signed HTTP requests, fake Web
 * API on loopback) and Teams (anonymous local mode, fake Bot Connector on loopback) both on, and
 * helpers to send what the platforms send.
 */
public final class LiveApp implements AutoCloseable {
  public static final String SIGNING_SECRET = "f00dfeedcafe0123456789abcdef0123";
  public static final String BOT_TOKEN = FakeSlackApi.BOT_TOKEN;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final AtomicLong IDS = new AtomicLong(1_600_000_000_000L);

  public final FakeSlackApi slackApi = new FakeSlackApi();
  public final FakeConnector connector = new FakeConnector();
  public final RitualsApp app;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  public LiveApp(Path dataDir) throws Exception {
    this(dataDir, Map.of());
  }

  /** {@code extraEnv} adds to (or overrides) the environment the app reads. */
  public LiveApp(Path dataDir, Map<String, String> extraEnv) throws Exception {
    this(dataDir, extraEnv, true);
  }

  /** Only Teams, in anonymous local mode: no credentials at all, as on a developer's machine. */
  public static LiveApp teamsOnly(Path dataDir) throws Exception {
    return new LiveApp(dataDir, Map.of(), false);
  }

  private LiveApp(Path dataDir, Map<String, String> extraEnv, boolean slack) throws Exception {
    Map<String, String> env = new HashMap<>();
    env.put("RITUALS_DATA_DIR", dataDir.toString());
    if (slack) {
      env.put("SLACK_BOT_TOKEN", BOT_TOKEN);
      env.put("SLACK_SIGNING_SECRET", SIGNING_SECRET);
      env.put("SLACK_API_URL", slackApi.url());
    }
    env.putAll(extraEnv);
    AppConfig base = AppConfig.from(env);
    AppConfig config = base.withPort(0);
    try {
      app = RitualsApp.start(config, Clock.systemUTC());
    } catch (Exception e) {
      slackApi.close();
      connector.close();
      throw e;
    }
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + app.port() + path);
  }

  public HttpResponse<String> send(HttpRequest request) throws Exception {
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** POST with Slack's signature headers over exactly these bytes. */
  public HttpResponse<String> slackSigned(byte[] body, String contentType) throws Exception {
    String timestamp = Long.toString(System.currentTimeMillis() / 1000);
    String signature =
        new SlackSignature.Generator(SIGNING_SECRET)
            .generate(timestamp, new String(body, StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri("/slack/events"))
            .header("Content-Type", contentType)
            .header("X-Slack-Request-Timestamp", timestamp)
            .header("X-Slack-Signature", signature)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** {@code /rituals <text>} typed by {@code user} in {@code channel} of workspace {@code team}. */
  public HttpResponse<String> slash(String team, String channel, String user, String text)
      throws Exception {
    Map<String, String> form = new HashMap<>();
    form.put("token", "legacy");
    form.put("team_id", team);
    form.put("team_domain", "school");
    form.put("channel_id", channel);
    form.put("channel_name", "general");
    form.put("user_id", user);
    form.put("user_name", "teacher");
    form.put("command", "/rituals");
    form.put("text", text);
    form.put("api_app_id", "A0RITUALS");
    form.put("response_url", slackApi.responseUrl());
    form.put("trigger_id", "1.2.3");
    return slackSigned(
        formBody(form).getBytes(StandardCharsets.UTF_8), "application/x-www-form-urlencoded");
  }

  /** An Events API callback for workspace {@code team}. */
  public HttpResponse<String> slackEvent(String team, ObjectNode event) throws Exception {
    ObjectNode envelope = JSON.createObjectNode();
    envelope.put("token", "legacy");
    envelope.put("team_id", team);
    envelope.put("api_app_id", "A0RITUALS");
    envelope.set("event", event);
    envelope.put("type", "event_callback");
    envelope.put("event_id", "Ev" + IDS.incrementAndGet());
    envelope.put("event_time", System.currentTimeMillis() / 1000);
    return slackSigned(JSON.writeValueAsBytes(envelope), "application/json");
  }

  /** POST to the Teams endpoint with no token (local mode). */
  public HttpResponse<String> teams(byte[] body, String contentType) throws Exception {
    return send(
        HttpRequest.newBuilder(uri("/api/messages"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  /** "@Rituals {command}" in a Teams channel of {@code tenant}. */
  public HttpResponse<String> teamsCommand(
      String tenant, String channel, String user, String command) throws Exception {
    ObjectNode activity = teamsMessage(tenant, channel, user, "<at>Rituals</at> " + command);
    ObjectNode mention = activity.putArray("entities").addObject();
    mention.put("type", "mention");
    mention.put("text", "<at>Rituals</at>");
    mention.putObject("mentioned").put("id", "28:rituals-bot").put("name", "Rituals");
    return teams(JSON.writeValueAsBytes(activity), "application/json");
  }

  /**
   * The bot added to a team: conversationUpdate with the bot in membersAdded, in {@code channel}.
   */
  public HttpResponse<String> teamsInstall(String tenant, String channel) throws Exception {
    ObjectNode activity = teamsMessage(tenant, channel, "29:installer", "");
    activity.put("type", "conversationUpdate");
    activity.remove("text");
    activity.remove("textFormat");
    ((ObjectNode) activity.get("conversation")).put("id", channel);
    ((ObjectNode) activity.get("channelData")).put("eventType", "teamMemberAdded");
    activity.putArray("membersAdded").addObject().put("id", "28:rituals-bot");
    return teams(JSON.writeValueAsBytes(activity), "application/json");
  }

  /** A Teams channel message activity as the Bot Connector sends it. */
  public ObjectNode teamsMessage(String tenant, String channel, String user, String text) {
    String id = Long.toString(IDS.incrementAndGet());
    ObjectNode activity = JSON.createObjectNode();
    activity.put("type", "message");
    activity.put("id", id);
    activity.put("timestamp", "2026-03-02T08:00:00.000Z");
    activity.put("channelId", "msteams");
    activity.put("serviceUrl", connector.serviceUrl());
    activity.putObject("from").put("id", user).put("name", "Teacher").put("aadObjectId", "aad");
    activity.putObject("recipient").put("id", "28:rituals-bot").put("name", "Rituals");
    activity
        .putObject("conversation")
        .put("isGroup", true)
        .put("conversationType", "channel")
        .put("tenantId", tenant)
        .put("id", channel + ";messageid=" + id);
    ObjectNode data = activity.putObject("channelData");
    data.put("teamsChannelId", channel);
    data.put("teamsTeamId", channel);
    data.putObject("channel").put("id", channel);
    data.putObject("team").put("id", channel).put("name", "Team");
    data.putObject("tenant").put("id", tenant);
    activity.put("text", text);
    activity.put("textFormat", "plain");
    return activity;
  }

  static String formBody(Map<String, String> form) {
    StringBuilder body = new StringBuilder();
    form.forEach(
        (k, v) -> {
          if (body.length() > 0) {
            body.append('&');
          }
          body.append(URLEncoder.encode(k, StandardCharsets.UTF_8))
              .append('=')
              .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
        });
    return body.toString();
  }

  @Override
  public void close() {
    app.close();
    slackApi.close();
    connector.close();
  }
}

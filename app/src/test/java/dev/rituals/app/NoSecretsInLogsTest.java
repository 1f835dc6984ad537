package dev.rituals.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * A full run with everything at DEBUG (far more than production's INFO/WARN), except the library
 * loggers that production's logback.xml pins at INFO because they print headers and bodies: a
 * community created in Slack, a question asked and posted, an answer in its thread, a report, a
 * Teams install and command, bad signatures and bad tokens. Afterwards no log line holds a token, a
 * secret, a key, or an Authorization header, and no line at INFO or above holds what people wrote.
 */
class NoSecretsInLogsTest {
  static final String SECRET_KEY = Base64.getEncoder().encodeToString(filled(11));
  static final String MS_PASSWORD = "ms-app-password-value-0123456789";
  static final List<Pattern> TOKEN_PATTERNS =
      List.of(
          Pattern.compile("xox[abeprs]-[A-Za-z0-9-]+"),
          Pattern.compile("xapp-[A-Za-z0-9-]+"),
          Pattern.compile("(?i)bearer\\s+[A-Za-z0-9._~+/-]{8,}"),
          // the Slack SDK's own debug log prints "Authorization: (redacted)", which is fine
          Pattern.compile("(?i)authorization[\"']?\\s*[:=]\\s*(?!\\(redacted\\))\\S{8,}"));

  @TempDir Path dataDir;

  @Test
  void aFullRunAtDebugLevelLogsNoTokenSecretOrKey() throws Exception {
    List<String> lines;
    List<String> infoLines;
    List<String> ourInfoEvents;
    Map<String, Level> pins = productionPins();
    assertThat(pins).containsKeys("org.eclipse.jetty", "com.slack.api.app_backend");
    Map<Logger, Level> before = new java.util.HashMap<>();
    pins.forEach(
        (name, level) -> {
          Logger logger = (Logger) LoggerFactory.getLogger(name);
          before.put(logger, logger.getLevel());
          logger.setLevel(level);
        });
    try (LogCapture logs = new LogCapture(Level.DEBUG);
        LiveApp live = new LiveApp(dataDir, Map.of("RITUALS_SECRET_KEY", SECRET_KEY))) {
      runAFullWeek(live);
      lines = new ArrayList<>(logs.lines());
      ourInfoEvents =
          logs.events().stream()
              .filter(e -> e.getLoggerName().startsWith("dev.rituals"))
              .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
              .map(e -> e.getFormattedMessage())
              .toList();
      infoLines =
          logs.events().stream()
              .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO))
              .map(LogCapture::describe)
              .toList();
    } finally {
      before.forEach(Logger::setLevel);
    }
    assertThat(lines).as("the capture saw the run").hasSizeGreaterThan(20);

    List<String> secrets =
        List.of(
            LiveApp.BOT_TOKEN,
            LiveApp.SIGNING_SECRET,
            SECRET_KEY,
            MS_PASSWORD,
            "forged-signature-0123456789");
    List<String> leaks = new ArrayList<>();
    for (String line : lines) {
      for (String secret : secrets) {
        if (line.contains(secret)) {
          leaks.add("[" + secret.substring(0, 4) + "…] " + line);
        }
      }
      for (Pattern pattern : TOKEN_PATTERNS) {
        if (pattern.matcher(line).find()) {
          leaks.add("[" + pattern + "] " + line);
        }
      }
    }
    assertThat(leaks).as("log lines with a token, secret or key").isEmpty();
    assertThat(infoLines)
        .as("INFO and above say what happened without what people wrote")
        .isNotEmpty()
        .noneMatch(line -> PEOPLES_WORDS.stream().anyMatch(line::contains));
    assertThat(ourInfoEvents)
        .as("our INFO lines say what happened in one line each")
        .isNotEmpty()
        .noneMatch(message -> message.contains("\n"));
  }

  /** Questions and answers typed during the run. */
  static final List<String> PEOPLES_WORDS =
      List.of("What did you try?", "What worked?", "exit tickets", "hello");

  private static void runAFullWeek(LiveApp live) throws Exception {
    ObjectMapper json = new ObjectMapper();
    String team = dev.rituals.slack.FakeSlackApi.TEAM;
    assertThat(live.slash(team, "C1", "U1", "community create \"Quiet Lab\"").body())
        .contains("Quiet Lab");
    live.slash(team, "C1", "U1", "schedule add weekly fri 7am \"What worked?\"");
    live.slash(team, "C1", "U2", "community join");
    assertThat(live.slash(team, "C1", "U1", "ask now \"What did you try?\"").body())
        .contains("Posted");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> !live.slackApi.calls("chat.postMessage").isEmpty());
    String promptTs =
        live.slackApi.calls("chat.postMessage").stream()
            .map(c -> c.param("ts"))
            .filter(ts -> ts != null)
            .findFirst()
            .orElse("1700000000.000100");
    ObjectNode reply = json.createObjectNode();
    reply.put("type", "message");
    reply.put("channel", "C1");
    reply.put("user", "U2");
    reply.put("text", "A1 exit tickets with xoxb-looking-text are the user's words, not ours");
    reply.put("ts", "1800000000.000200");
    reply.put("thread_ts", promptTs);
    reply.put("channel_type", "channel");
    live.slackEvent(team, reply);
    live.slash(team, "C1", "U1", "report");
    live.slash(team, "C1", "U1", "archive");

    // refused requests: a forged Slack signature, a garbage Teams token
    live.send(
        HttpRequest.newBuilder(live.uri("/slack/events"))
            .header("Content-Type", "application/json")
            .header("X-Slack-Request-Timestamp", Long.toString(System.currentTimeMillis() / 1000))
            .header("X-Slack-Signature", "v0=forged-signature-0123456789")
            .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"event_callback\"}"))
            .build());
    live.send(
        HttpRequest.newBuilder(live.uri("/api/messages"))
            .header("Content-Type", "application/json")
            .header("Authorization", "Bearer " + MS_PASSWORD)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    live.teamsMessage("tenant-1", "19:c", "29:u", "hello").toString()))
            .build());

    live.teamsInstall("tenant-1", "19:general@thread.tacv2");
    live.teamsCommand("tenant-1", "19:general@thread.tacv2", "29:mod", "community create \"T\"");
    live.teamsCommand("tenant-1", "19:general@thread.tacv2", "29:mod", "ask now \"Q?\"");
    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> live.connector.calls().stream().anyMatch(c -> c.body().contains("Q?")));
  }

  /** The {@code <logger name=... level=.../>} pins of the production logback.xml. */
  static Map<String, Level> productionPins() throws Exception {
    String xml;
    try (var in = NoSecretsInLogsTest.class.getResourceAsStream("/logback.xml")) {
      xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    Map<String, Level> pins = new java.util.HashMap<>();
    var m = Pattern.compile("<logger name=\"([^\"]+)\" level=\"([A-Z]+)\"/>").matcher(xml);
    while (m.find()) {
      pins.put(m.group(1), Level.toLevel(m.group(2)));
    }
    return pins;
  }

  private static byte[] filled(int value) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) value);
    return key;
  }
}

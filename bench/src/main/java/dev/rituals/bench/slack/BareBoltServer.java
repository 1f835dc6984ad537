package dev.rituals.bench.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.model.event.MessageEvent;
import dev.rituals.app.HttpServer;
import dev.rituals.slack.SlackModule;
import dev.rituals.slack.http.SlackHttpHandler;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * The baseline for the ack-latency benchmark: a Bolt app of the same version that only
 * acknowledges, served exactly as Rituals serves Bolt: the app's own {@link SlackHttpHandler}
 * (Jetty 12 request to Bolt request and back) on the app's own {@link HttpServer} (same thread
 * pool, path mappings and graceful handler), with the same Bolt settings Rituals uses (single
 * workspace token, cached auth.test). Whatever the benchmark measures beyond this is our code.
 *
 * <p>{@code java -cp rituals-bench.jar dev.rituals.bench.slack.BareBoltServer <port> <apiUrl>
 * <signingSecret>}; prints {@code READY} and runs until stopped.
 */
public final class BareBoltServer {
  private BareBoltServer() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: BareBoltServer <port> <slackApiUrl> <signingSecret>");
      System.exit(2);
    }
    int port = Integer.parseInt(args[0]);
    SlackConfig slackConfig = new SlackConfig();
    slackConfig.setMethodsEndpointUrlPrefix(args[1]);
    slackConfig.setStatsEnabled(false);
    App app =
        new App(
            AppConfig.builder()
                .slack(Slack.getInstance(slackConfig))
                .signingSecret(args[2])
                .singleTeamBotToken(FakeSlackApi.BOT_TOKEN)
                .authTestCacheEnabled(true)
                .allEventsApiAutoAckEnabled(true)
                .build());
    app.command("/rituals", (request, ctx) -> ctx.ack());
    app.event(MessageEvent.class, (payload, ctx) -> ctx.ack());
    app.start();
    HttpServer http =
        new HttpServer(
            "127.0.0.1",
            port,
            Map.of("/slack/*", new SlackHttpHandler(app, Set.of(SlackModule.EVENTS_PATH))));
    http.start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    http.close();
                    app.stop();
                  } catch (Exception e) {
                    System.err.println("stopping failed: " + e);
                  }
                  stopped.countDown();
                }));
    System.out.println("READY " + http.port());
    System.out.flush();
    stopped.await();
  }
}

package dev.rituals.app.reliability;

import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.MessageBody;
import dev.rituals.core.model.MessageRef;
import dev.rituals.core.model.Platform;
import dev.rituals.core.port.DeliveryResult;
import dev.rituals.core.testing.ChannelPostGateway;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Slack stand-in for a child process: every send is a POST of the channel id to a recorder in the
 * test process, so what was "posted" survives the child being killed.
 */
final class HttpRecordingGateway extends ChannelPostGateway {
  private final HttpClient http = HttpClient.newHttpClient();
  private final URI recorder;
  private final AtomicLong ids = new AtomicLong();

  HttpRecordingGateway(URI recorder) {
    this.recorder = recorder;
  }

  @Override
  public Platform platform() {
    return Platform.SLACK;
  }

  @Override
  public DeliveryResult post(ChannelRef channel, MessageBody body) {
    try {
      HttpResponse<Void> response =
          http.send(
              HttpRequest.newBuilder(recorder)
                  .timeout(Duration.ofSeconds(10))
                  .POST(HttpRequest.BodyPublishers.ofString(channel.channelId()))
                  .build(),
              HttpResponse.BodyHandlers.discarding());
      if (response.statusCode() != 200) {
        return new DeliveryResult.RetryLater(Duration.ZERO, "http " + response.statusCode());
      }
      return new DeliveryResult.Delivered(new MessageRef(channel, "m" + ids.incrementAndGet()));
    } catch (IOException e) {
      return new DeliveryResult.RetryLater(Duration.ZERO, "network");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new DeliveryResult.RetryLater(Duration.ZERO, "interrupted");
    }
  }
}

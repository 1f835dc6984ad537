package dev.rituals.slack.events;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;
import dev.rituals.core.port.InboundEventLog;
import dev.rituals.slack.Background;
import dev.rituals.slack.Tenants;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Acknowledges every event at once and processes it on the executor, once: Slack redelivers an
 * event (X-Slack-Retry-Num) when it did not see our 200 in time, and Bolt does not de-duplicate, so
 * the event id goes through core's {@link InboundEventLog} first.
 */
public final class EventRunner {
  private static final Logger log = LoggerFactory.getLogger(EventRunner.class);

  private final InboundEventLog eventLog;
  private final Background background;
  private final Clock clock;

  public EventRunner(InboundEventLog eventLog, Background background, Clock clock) {
    this.eventLog = eventLog;
    this.background = background;
    this.clock = clock;
  }

  /** What to do with one event of type {@code E}, off the request thread. */
  @FunctionalInterface
  public interface Work<E extends Event> {
    void handle(String teamId, E event, EventContext ctx) throws Exception;
  }

  public <E extends Event> BoltEventHandler<E> handler(String name, Work<E> work) {
    return (payload, ctx) -> {
      String teamId = Tenants.teamId(ctx);
      String eventId = payload.getEventId();
      E event = payload.getEvent();
      boolean queued =
          background.run(
              name + " event",
              () -> {
                if (eventId != null
                    && !eventLog.firstTime(Tenants.tenant(teamId), eventId, clock.instant())) {
                  log.debug(
                      "skipped redelivered {} event {} (retry {})",
                      name,
                      eventId,
                      ctx.getRetryNum());
                  return;
                }
                work.handle(teamId, event, ctx);
              });
      // Refused work is not marked as seen: a 503 makes Slack deliver it again later.
      return queued ? ctx.ack() : Response.builder().statusCode(503).body("busy").build();
    };
  }
}

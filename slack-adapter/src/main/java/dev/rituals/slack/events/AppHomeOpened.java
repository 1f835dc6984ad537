package dev.rituals.slack.events;

import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.model.event.AppHomeOpenedEvent;
import dev.rituals.slack.views.HomePublisher;
import java.util.Optional;

/** Someone opened the app's Home tab: publish a fresh view of their communities. */
public final class AppHomeOpened {
  private final HomePublisher publisher;

  public AppHomeOpened(HomePublisher publisher) {
    this.publisher = publisher;
  }

  public void opened(String teamId, AppHomeOpenedEvent event, EventContext ctx) throws Exception {
    if (!"home".equals(event.getTab()) || event.getUser() == null) {
      return; // the Messages tab needs nothing from us
    }
    publisher.publish(ctx.client(), teamId, event.getUser(), Optional.empty());
  }
}

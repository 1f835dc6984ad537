package dev.rituals.app.web;

import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.participation.ParticipationUseCase;
import dev.rituals.core.port.CommunityRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /dashboard/tab?...}: what a saved Teams dashboard tab shows, the same script-free page
 * as {@code /dashboard}, always for the last 30 days in the community's time zone.
 */
public final class DashboardTabHandler extends Handler.Abstract {
  static final int DAYS = 30;

  private final DashboardTabLinks links;
  private final CommunityRepository communities;
  private final ParticipationUseCase participation;
  private final Clock clock;

  public DashboardTabHandler(
      DashboardTabLinks links,
      CommunityRepository communities,
      ParticipationUseCase participation,
      Clock clock) {
    this.links = links;
    this.communities = communities;
    this.participation = participation;
    this.clock = clock;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Optional<CommunityId> id = links.open(request.getHttpURI().getQuery());
    Optional<Community> community = id.flatMap(communities::findById);
    if (community.isEmpty()) {
      Responses.page(
          response,
          403,
          "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Tab link not valid</title>"
              + "<p>This tab's link is no longer valid (a moderator reset the dashboard tabs, or it"
              + " expired). A moderator can open the tab's Settings and paste a new link from"
              + " <code>report dashboard</code>.</p></html>",
          callback);
      return true;
    }
    LocalDate today = LocalDate.now(clock.withZone(community.get().zone()));
    DateRange dates = new DateRange(today.minusDays(DAYS - 1L), today);
    var metrics = participation.metrics(community.get().id(), dates);
    var resources =
        participation.topResources(community.get().id(), dates, DashboardHandler.TOP_RESOURCES);
    Responses.page(response, 200, DashboardPage.render(metrics, resources), callback);
    return true;
  }
}

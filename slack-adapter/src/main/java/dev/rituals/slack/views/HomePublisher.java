package dev.rituals.slack.views;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import com.slack.api.model.view.View;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.model.UserRef;
import dev.rituals.core.usecase.HomeView;
import dev.rituals.core.usecase.HomeViewUseCase;
import dev.rituals.core.usecase.ParticipationReport;
import dev.rituals.core.usecase.ReportUseCase;
import dev.rituals.slack.SlackUsers;
import dev.rituals.slack.Tenants;
import dev.rituals.slack.render.HomeTab;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds a person's App Home from core and publishes it with views.publish. */
public final class HomePublisher {
  private static final Logger log = LoggerFactory.getLogger(HomePublisher.class);
  private static final int REPORT_DAYS = 28;

  private final Optional<HomeViewUseCase> home;
  private final ReportUseCase reports;
  private final SlackUsers users;
  private final Clock clock;

  public HomePublisher(
      Optional<HomeViewUseCase> home, ReportUseCase reports, SlackUsers users, Clock clock) {
    this.home = home;
    this.reports = reports;
    this.users = users;
    this.clock = clock;
  }

  public Optional<HomeViewUseCase> useCase() {
    return home;
  }

  public void publish(MethodsClient client, String teamId, String userId, Optional<String> notice)
      throws IOException, SlackApiException {
    View view = home.map(h -> build(h, teamId, userId, notice)).orElseGet(HomeTab::basic);
    ViewsPublishResponse response = client.viewsPublish(r -> r.userId(userId).view(view));
    if (!response.isOk()) {
      log.warn("views.publish failed in team {}: {}", teamId, response.getError());
    }
  }

  private View build(
      HomeViewUseCase useCase, String teamId, String userId, Optional<String> notice) {
    UserRef viewer = Tenants.user(teamId, userId);
    HomeView view =
        useCase.homeFor(viewer, users.find(teamId, userId).flatMap(SlackUsers.Person::zone));
    Map<CommunityId, ParticipationReport> recent = new HashMap<>();
    for (HomeView.CommunityHome community : view.communities()) {
      if (community.moderator()) {
        LocalDate today = LocalDate.now(clock.withZone(community.zone()));
        recent.put(
            community.id(),
            reports.report(community.id(), new DateRange(today.minusDays(REPORT_DAYS - 1), today)));
      }
    }
    return HomeTab.build(view, recent, notice);
  }
}

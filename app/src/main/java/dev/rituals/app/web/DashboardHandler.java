package dev.rituals.app.web;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.participation.CommunityMetrics;
import dev.rituals.core.participation.ParticipationUseCase;
import dev.rituals.core.port.DashboardTabs;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /dashboard?c=...&from=...&to=...&exp=...&sig=...}: the moderators' dashboard of a
 * signed link (from {@code report dashboard}); Teams may show it as a website tab.
 */
public final class DashboardHandler extends Handler.Abstract {
  static final int TOP_RESOURCES = 10;

  private final ParticipationUseCase participation;
  private final LinkSigner signer;
  private final DashboardTabs generations;

  public DashboardHandler(
      ParticipationUseCase participation, LinkSigner signer, DashboardTabs generations) {
    this.participation = participation;
    this.signer = signer;
    this.generations = generations;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Optional<SignedQuery> query =
        SignedQuery.readDashboard(signer, generations, request.getHttpURI().getQuery());
    if (query.isEmpty()) {
      Responses.badLink(response, callback);
      return true;
    }
    try {
      CommunityMetrics metrics =
          participation.metrics(query.get().community(), query.get().range());
      var resources =
          participation.topResources(query.get().community(), query.get().range(), TOP_RESOURCES);
      Responses.page(response, 200, DashboardPage.render(metrics, resources), callback);
    } catch (NoSuchElementException e) {
      Responses.page(response, 404, "<p>That community no longer exists.</p>", callback);
    }
    return true;
  }
}

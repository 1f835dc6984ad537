package dev.rituals.app.web;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.participation.CommunityMetrics;
import dev.rituals.core.participation.ParticipationCsv;
import dev.rituals.core.participation.ParticipationUseCase;
import dev.rituals.core.participation.WeeklyChart;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /reports/download?...&sig=...}: the CSV export or the weekly chart of a signed,
 * expiring link (how Teams users get files a bot cannot post). Computed when asked, so the link
 * works on every node and always shows current data.
 */
public final class DownloadHandler extends Handler.Abstract {
  private final ParticipationUseCase participation;
  private final LinkSigner signer;

  public DownloadHandler(ParticipationUseCase participation, LinkSigner signer) {
    this.participation = participation;
    this.signer = signer;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    Optional<SignedQuery> query =
        SignedQuery.read(signer, SignedReportLinks.DOWNLOAD_PATH, request.getHttpURI().getQuery());
    String kind = query.map(q -> q.params().getOrDefault("kind", "")).orElse("");
    if (query.isEmpty() || !(kind.equals("csv") || kind.equals("png"))) {
      Responses.badLink(response, callback);
      return true;
    }
    CommunityMetrics metrics;
    try {
      metrics = participation.metrics(query.get().community(), query.get().range());
    } catch (NoSuchElementException e) {
      Responses.page(response, 404, "<p>That community no longer exists.</p>", callback);
      return true;
    }
    String name =
        "participation_" + metrics.range().from() + "_" + metrics.range().to() + "." + kind;
    response
        .getHeaders()
        .put(
            HttpHeader.CONTENT_DISPOSITION,
            (kind.equals("csv") ? "attachment" : "inline") + "; filename=\"" + name + "\"");
    if (kind.equals("csv")) {
      Responses.send(
          response, 200, "text/csv; charset=utf-8", ParticipationCsv.render(metrics), callback);
    } else {
      Responses.send(response, 200, "image/png", WeeklyChart.png(metrics), callback);
    }
    return true;
  }
}

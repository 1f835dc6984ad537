package dev.rituals.app.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.model.ChannelRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.Platform;
import dev.rituals.core.port.CommunityRepository;
import dev.rituals.core.port.DashboardTabs;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /teams/tab/check} (form: link, tenant, channel, chat): the config page's check of a
 * pasted dashboard link. The link must be a {@code report dashboard} link we signed, not expired,
 * for the community of the channel or group chat Teams says the tab is being added to. The answer
 * is JSON: {@code {ok:true, contentUrl, entityId, community}} or {@code {ok:false, message}}, with
 * a short message for the person and nothing about why a signature failed.
 */
public final class TabLinkCheck extends Handler.Abstract {
  public static final String PATH = "/teams/tab/check";
  static final int MAX_BODY = 8 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger log = LoggerFactory.getLogger(TabLinkCheck.class);

  static final String NOT_A_LINK =
      "That is not a valid dashboard link, or it has expired. Ask Rituals for a new one:"
          + " @Rituals report dashboard";
  static final String NOT_IN_TEAMS =
      "Open this page in Microsoft Teams: add the tab with + in a channel or group chat.";
  static final String NO_COMMUNITY =
      "Rituals has no community in this channel or chat. Add the tab where the community meets.";
  static final String OTHER_COMMUNITY =
      "That link is for another community than this channel's. Ask for the link here:"
          + " @Rituals report dashboard";

  private final LinkSigner signer;
  private final DashboardTabLinks tabs;
  private final CommunityRepository communities;
  private final DashboardTabs generations;

  public TabLinkCheck(
      LinkSigner signer,
      DashboardTabLinks tabs,
      CommunityRepository communities,
      DashboardTabs generations) {
    this.signer = signer;
    this.tabs = tabs;
    this.communities = communities;
    this.generations = generations;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws IOException {
    if (!HttpMethod.POST.is(request.getMethod())) {
      answer(response, callback, 405, refusal("Use the dashboard tab's configuration page."));
      return true;
    }
    byte[] body;
    try (InputStream in = Content.Source.asInputStream(request)) {
      body = in.readNBytes(MAX_BODY + 1);
    }
    Optional<FormBody> form = body.length > MAX_BODY ? Optional.empty() : FormBody.parse(body);
    if (form.isEmpty()) {
      answer(response, callback, 400, refusal("That request was not understood."));
      return true;
    }
    Outcome outcome;
    try {
      outcome = check(form.get());
    } catch (RuntimeException e) {
      // e.g. the database is away: a short answer for the page, the type (never the link) logged
      log.warn("Checking a dashboard tab link failed with {}", e.getClass().getName());
      outcome = new Outcome(503, refusal("Rituals could not check the link just now; try again."));
    }
    answer(response, callback, outcome.status(), outcome.json());
    return true;
  }

  private record Outcome(int status, ObjectNode json) {}

  private Outcome check(FormBody form) {
    Optional<CommunityId> linked = dashboardLinkCommunity(form.get("link"));
    if (linked.isEmpty()) {
      return new Outcome(400, refusal(NOT_A_LINK));
    }
    Optional<ChannelRef> where = where(form);
    if (where.isEmpty()) {
      return new Outcome(400, refusal(NOT_IN_TEAMS));
    }
    Optional<Community> community = communities.findByChannel(where.get());
    if (community.isEmpty()) {
      return new Outcome(404, refusal(NO_COMMUNITY));
    }
    if (!community.get().id().equals(linked.get())) {
      return new Outcome(403, refusal(OTHER_COMMUNITY));
    }
    ObjectNode ok = JSON.createObjectNode();
    ok.put("ok", true);
    ok.put("contentUrl", tabs.link(linked.get()).toString());
    ok.put("entityId", "rituals-dashboard-" + linked.get());
    ok.put("community", community.get().name());
    return new Outcome(200, ok);
  }

  private Optional<CommunityId> dashboardLinkCommunity(String link) {
    if (link.isBlank() || link.length() > 2048) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(link.strip());
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
    String path = uri.getRawPath();
    if (path == null || !path.endsWith(SignedReportLinks.DASHBOARD_PATH)) {
      return Optional.empty();
    }
    return SignedQuery.readDashboard(signer, generations, uri.getRawQuery())
        .map(SignedQuery::community);
  }

  /** The Teams channel or group chat the tab is being added to, as Teams' context names it. */
  private static Optional<ChannelRef> where(FormBody form) {
    String tenant = form.get("tenant");
    String conversation = form.get("channel").isBlank() ? form.get("chat") : form.get("channel");
    if (tenant.isBlank() || conversation.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ChannelRef.of(Platform.TEAMS, tenant, conversation));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ObjectNode refusal(String message) {
    return JSON.createObjectNode().put("ok", false).put("message", message);
  }

  private static void answer(Response response, Callback callback, int status, ObjectNode json) {
    try {
      Responses.send(
          response,
          status,
          "application/json; charset=utf-8",
          JSON.writeValueAsBytes(json),
          callback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.rituals.app.web;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.port.DashboardTabs;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Links a saved Teams tab opens: {@code /dashboard/tab?c=<community>&g=<generation>&exp&sig}.
 * Unlike a {@code report dashboard} link (30 days, fixed dates) a tab link shows the last 30 days
 * whenever it is opened and lasts two years, so a pinned tab keeps working; a moderator revokes
 * every tab link of the community at once with {@code dashboard tabs reset}, which moves the
 * generation on.
 */
public final class DashboardTabLinks {
  public static final String PATH = "/dashboard/tab";
  static final Duration TTL = Duration.ofDays(730);

  private final String base;
  private final LinkSigner signer;
  private final DashboardTabs tabs;

  public DashboardTabLinks(URI publicUrl, LinkSigner signer, DashboardTabs tabs) {
    this.base = publicUrl.toString().replaceAll("/+$", "");
    this.signer = signer;
    this.tabs = tabs;
  }

  /** A tab link of the community's current generation. */
  URI link(CommunityId community) {
    Map<String, String> params =
        Map.of("c", community.toString(), "g", Integer.toString(tabs.generation(community)));
    return URI.create(base + PATH + "?" + signer.sign(PATH, params, TTL));
  }

  /** The community of a tab link that is signed, unexpired and of the current generation. */
  Optional<CommunityId> open(String rawQuery) {
    return signer
        .verify(PATH, rawQuery)
        .flatMap(
            params -> {
              try {
                CommunityId community = CommunityId.parse(params.get("c"));
                int generation = Integer.parseInt(params.get("g"));
                return generation == tabs.generation(community)
                    ? Optional.of(community)
                    : Optional.empty();
              } catch (RuntimeException e) {
                return Optional.empty(); // signed by us but not a tab link
              }
            });
  }
}

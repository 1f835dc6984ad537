package dev.rituals.core.links;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.port.DashboardTabs;
import dev.rituals.core.port.ReportLinks;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/** Report links under the app's public address, signed with a {@link LinkSigner}. */
public final class SignedReportLinks implements ReportLinks {
  public static final String DOWNLOAD_PATH = "/reports/download";
  public static final String DASHBOARD_PATH = "/dashboard";

  /**
   * A CSV lists people, so its link is for now; a chart has totals only and shows in monthly
   * recaps, which Teams renders again whenever someone scrolls back; a dashboard link may be pinned
   * as a Teams tab.
   */
  public static final Duration DOWNLOAD_TTL = Duration.ofHours(24);

  public static final Duration CHART_TTL = Duration.ofDays(90);

  public static final Duration DASHBOARD_TTL = Duration.ofDays(30);

  /** The dashboard link parameter with the community's dashboard generation. */
  public static final String GENERATION = "g";

  private final String base;
  private final LinkSigner signer;
  private final ToIntFunction<CommunityId> generations;

  /** Dashboard links of generation 0, for a core without a database (tests, simulations). */
  public SignedReportLinks(URI publicUrl, LinkSigner signer) {
    this(publicUrl, signer, community -> 0);
  }

  /**
   * @param generations each community's dashboard generation ({@link DashboardTabs#generation}); a
   *     dashboard link carries it, so a reset revokes the dashboard links given out before
   */
  public SignedReportLinks(
      URI publicUrl, LinkSigner signer, ToIntFunction<CommunityId> generations) {
    String url = publicUrl.toString();
    this.base = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    this.signer = signer;
    this.generations = generations;
  }

  @Override
  public Optional<URI> download(CommunityId community, DateRange range, String kind) {
    return Optional.of(
        link(
            DOWNLOAD_PATH,
            Map.of(
                "c", community.value().toString(),
                "from", range.from().toString(),
                "to", range.to().toString(),
                "kind", kind),
            kind.equals("png") ? CHART_TTL : DOWNLOAD_TTL));
  }

  @Override
  public Optional<URI> dashboard(CommunityId community, DateRange range) {
    return Optional.of(
        link(
            DASHBOARD_PATH,
            Map.of(
                "c",
                community.value().toString(),
                "from",
                range.from().toString(),
                "to",
                range.to().toString(),
                GENERATION,
                Integer.toString(generations.applyAsInt(community))),
            DASHBOARD_TTL));
  }

  private URI link(String path, Map<String, String> params, Duration ttl) {
    return URI.create(base + path + "?" + signer.sign(path, params, ttl));
  }
}

package dev.rituals.app.web;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.links.SignedReportLinks;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import dev.rituals.core.port.DashboardTabs;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The community and dates a signed link is for; empty when the link is forged, expired or bad. */
record SignedQuery(CommunityId community, DateRange range, Map<String, String> params) {

  static Optional<SignedQuery> read(LinkSigner signer, String path, String rawQuery) {
    return signer.verify(path, rawQuery).flatMap(SignedQuery::of);
  }

  /**
   * A dashboard link that is also of the community's current generation: a moderator's {@code
   * dashboard reset} revokes the older ones. A link without one (made before generations) counts as
   * generation 0.
   */
  static Optional<SignedQuery> readDashboard(
      LinkSigner signer, DashboardTabs generations, String rawQuery) {
    return read(signer, SignedReportLinks.DASHBOARD_PATH, rawQuery)
        .filter(
            q ->
                q.params()
                    .getOrDefault(SignedReportLinks.GENERATION, "0")
                    .equals(Integer.toString(generations.generation(q.community()))));
  }

  private static Optional<SignedQuery> of(Map<String, String> params) {
    try {
      CommunityId community = CommunityId.parse(params.get("c"));
      LocalDate from = LocalDate.parse(params.get("from"));
      LocalDate to = LocalDate.parse(params.get("to"));
      return Optional.of(new SignedQuery(community, new DateRange(from, to), params));
    } catch (RuntimeException e) {
      // Signed by us but not a link we make: treat it like any other bad link.
      return Optional.empty();
    }
  }
}

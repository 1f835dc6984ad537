package dev.rituals.app.web;

import dev.rituals.core.links.LinkSigner;
import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The community and dates a signed link is for; empty when the link is forged, expired or bad. */
record SignedQuery(CommunityId community, DateRange range, Map<String, String> params) {

  static Optional<SignedQuery> read(LinkSigner signer, String path, String rawQuery) {
    return signer.verify(path, rawQuery).flatMap(SignedQuery::of);
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

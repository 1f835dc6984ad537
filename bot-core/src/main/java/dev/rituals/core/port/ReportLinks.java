package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.DateRange;
import java.net.URI;
import java.util.Optional;

/**
 * Links to pages the app serves for a community's reports: signed and expiring, so whoever holds
 * the link sees that community's data until it expires and nobody can forge one for another. Empty
 * when the app serves no pages (e.g. in tests of the core alone).
 */
public interface ReportLinks {

  /** A CSV or PNG download: {@code kind} is "csv" or "png". */
  Optional<URI> download(CommunityId community, DateRange range, String kind);

  Optional<URI> dashboard(CommunityId community, DateRange range);

  static ReportLinks none() {
    return new ReportLinks() {
      @Override
      public Optional<URI> download(CommunityId community, DateRange range, String kind) {
        return Optional.empty();
      }

      @Override
      public Optional<URI> dashboard(CommunityId community, DateRange range) {
        return Optional.empty();
      }
    };
  }
}

package dev.rituals.core.usecase;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import java.util.Optional;

/**
 * Archived transcripts of a community's occurrences, for the app to serve (e.g. an HTML page behind
 * a link). The caller checks the viewer may see the community; an occurrence of another community
 * is not found.
 */
public interface TranscriptUseCase {
  Optional<Transcript> transcript(CommunityId community, OccurrenceId occurrence);

  /** The transcript as Markdown, grouped by question (what {@code archive export} replies). */
  Optional<String> markdown(CommunityId community, OccurrenceId occurrence);

  /** The transcript as a standalone, escaped HTML page, grouped by question. */
  Optional<String> html(CommunityId community, OccurrenceId occurrence);
}

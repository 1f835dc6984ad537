package dev.rituals.core.port;

import dev.rituals.core.model.CommunityId;
import dev.rituals.core.model.OccurrenceId;
import java.util.Optional;

/**
 * Links to an occurrence's HTML transcript that anyone holding them may open for a while (the app
 * signs them); empty when the app has no public address to link to.
 */
public interface TranscriptLinks {
  TranscriptLinks NONE = (community, occurrence) -> Optional.empty();

  Optional<String> link(CommunityId community, OccurrenceId occurrence);
}

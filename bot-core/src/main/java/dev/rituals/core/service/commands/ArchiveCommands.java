package dev.rituals.core.service.commands;

import dev.rituals.core.command.ArchiveRef;
import dev.rituals.core.model.Community;
import dev.rituals.core.model.Occurrence;
import dev.rituals.core.port.TranscriptLinks;
import dev.rituals.core.service.ArchiveService;
import dev.rituals.core.usecase.CommandReply;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** archive [list] | archive export <n|id>: anyone in the community's channel may read its past. */
final class ArchiveCommands {
  static final int LIST_LIMIT = 10;

  /** Chat platforms cut very long messages; the HTML transcript has no such limit. */
  static final int MAX_EXPORT_CHARS = 30_000;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

  private final ArchiveService archive;
  private final Clock clock;
  private final TranscriptLinks links;

  ArchiveCommands(ArchiveService archive, Clock clock, TranscriptLinks links) {
    this.archive = archive;
    this.clock = clock;
    this.links = links;
  }

  CommandReply list(Community community, CommandContext ctx) {
    List<ArchiveService.Entry> entries = archive.list(community.id(), clock.instant(), LIST_LIMIT);
    if (entries.isEmpty()) {
      return CommandReply.ok("*" + community.name() + "* has no past rounds yet.");
    }
    StringBuilder text = new StringBuilder("Archive of *").append(community.name()).append("*:");
    int position = 1;
    for (ArchiveService.Entry e : entries) {
      text.append("\n")
          .append(position++)
          .append(". ")
          .append(DAY.format(e.opensAt().atZone(community.zone())))
          .append(" — ")
          .append(e.title())
          .append(" — “")
          .append(Describe.shorten(e.firstQuestion()))
          .append("”")
          .append(e.questions() > 1 ? " and " + (e.questions() - 1) + " more" : "")
          .append(" — ")
          .append(e.people())
          .append(e.people() == 1 ? " person, " : " people, ")
          .append(e.answers())
          .append(e.answers() == 1 ? " answer" : " answers")
          .append(e.open() ? " _(open)_" : "")
          .append(" · id `")
          .append(e.id().toString(), 0, 8)
          .append("`");
    }
    return CommandReply.ok(
        text.append("\nTranscript: `")
            .append(ctx.prefix())
            .append("archive export 1` (or the id).")
            .toString());
  }

  CommandReply export(Community community, ArchiveRef ref, CommandContext ctx) {
    Optional<Occurrence> occurrence = resolve(community, ref);
    if (occurrence.isEmpty()) {
      return CommandReply.notFound(
          "There is no round " + ref + " in the archive. See `" + ctx.prefix() + "archive`.");
    }
    String markdown = archive.markdown(community.id(), occurrence.get().id()).orElseThrow();
    if (markdown.length() > MAX_EXPORT_CHARS) {
      markdown =
          markdown.substring(0, MAX_EXPORT_CHARS)
              + "\n\n_…the transcript is longer than a message can hold; it stops here._";
    }
    Optional<String> link = links.link(community.id(), occurrence.get().id());
    String text = markdown;
    return CommandReply.ok(
        link.map(url -> text + "\n\nThe whole transcript as a web page: " + url).orElse(text));
  }

  private Optional<Occurrence> resolve(Community community, ArchiveRef ref) {
    List<Occurrence> all = archive.occurrences(community.id(), clock.instant());
    if (ref.position().isPresent()) {
      int n = ref.position().getAsInt();
      return n <= all.size() ? Optional.of(all.get(n - 1)) : Optional.empty();
    }
    List<Occurrence> matches =
        all.stream()
            .filter(o -> o.id().toString().startsWith(ref.idPrefix().orElseThrow()))
            .toList();
    return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
  }
}

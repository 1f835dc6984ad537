package dev.rituals.core.usecase;

import dev.rituals.core.model.UserRef;
import dev.rituals.core.participation.CommunityMetrics;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/** Something a command reply carries besides its text; each platform shows it its own way. */
public sealed interface ReplyAttachment {

  /**
   * A file for the person who asked. Slack uploads {@code content}; Teams, which cannot take a
   * bot's file in a channel, shows {@code downloadLink} (signed, expiring) when there is one.
   */
  record File(String name, String mimeType, byte[] content, Optional<URI> downloadLink)
      implements ReplyAttachment {
    public File {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(mimeType, "mimeType");
      Objects.requireNonNull(content, "content");
      Objects.requireNonNull(downloadLink, "downloadLink");
    }
  }

  /** A page to open, e.g. the dashboard. */
  record Link(String title, URI url) implements ReplyAttachment {
    public Link {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(url, "url");
    }
  }

  /**
   * A participation report for platforms that render it as a card. {@code moderator} says whether
   * the viewer may see everyone's lines; otherwise only the totals and the viewer's own line.
   */
  record Report(CommunityMetrics metrics, boolean moderator, UserRef viewer)
      implements ReplyAttachment {
    public Report {
      Objects.requireNonNull(metrics, "metrics");
      Objects.requireNonNull(viewer, "viewer");
    }
  }
}

package dev.rituals.core.command;

import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/** Creates the community of practice that meets in the current channel. */
public record CommunityCreate(QuotedText name, Optional<QuotedText> domain, Optional<ZoneId> zone)
    implements Command {
  static final int MAX_NAME = 80;
  static final int MAX_DOMAIN = 300;

  public CommunityCreate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(zone, "zone");
    if (name.value().length() > MAX_NAME) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_TEXT,
          "The name " + Words.show(name.value()) + " is too long; keep it to " + MAX_NAME + ".");
    }
    domain.ifPresent(
        d -> {
          if (d.value().length() > MAX_DOMAIN) {
            throw new CommandSyntaxException(
                ErrorCode.BAD_TEXT,
                "The domain "
                    + Words.show(d.value())
                    + " is too long; keep it to "
                    + MAX_DOMAIN
                    + ".");
          }
        });
  }
}

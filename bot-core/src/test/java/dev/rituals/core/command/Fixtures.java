package dev.rituals.core.command;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A parser pinned to Thursday 2026-10-15, so relative report ranges have known answers. */
final class Fixtures {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-15T12:00:00Z"), ZoneOffset.UTC);

  private Fixtures() {}

  static CommandParser parser() {
    return new CommandParser(CLOCK);
  }
}

package dev.rituals.bench.reports;

import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;

/** A benchmark whose derived name ("report") is a command: it must be named after its package. */
public final class ReportBench {
  private final Options options;

  public ReportBench(Options options) {
    this.options = options;
  }

  public Results run() {
    return new Results("reports", options);
  }
}

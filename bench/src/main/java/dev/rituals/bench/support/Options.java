package dev.rituals.bench.support;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Command-line options shared by every benchmark: {@code --quick}, {@code --duration <seconds>},
 * {@code --out <dir>}, {@code --app-jar <path>}, and benchmark-specific {@code --name value} pairs.
 */
public final class Options {
  private final boolean quick;
  private final Map<String, String> values;

  private Options(boolean quick, Map<String, String> values) {
    this.quick = quick;
    this.values = values;
  }

  /**
   * @throws IllegalArgumentException with a short message for anything not understood
   */
  public static Options parse(String[] args, int from) {
    boolean quick = false;
    Map<String, String> values = new HashMap<>();
    for (int i = from; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--quick")) {
        quick = true;
      } else if (arg.equals("--full")) {
        quick = false;
      } else if (arg.startsWith("--") && i + 1 < args.length) {
        values.put(arg.substring(2), args[++i]);
      } else {
        throw new IllegalArgumentException("unexpected argument: " + arg);
      }
    }
    return new Options(quick, values);
  }

  public boolean quick() {
    return quick;
  }

  public String mode() {
    return quick ? "quick" : "full";
  }

  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  /** {@code --duration <seconds>} if given, else the quick or full default. */
  public Duration duration(Duration quickDefault, Duration fullDefault) {
    return value("duration")
        .map(s -> Duration.ofMillis((long) (Double.parseDouble(s) * 1000)))
        .orElse(quick ? quickDefault : fullDefault);
  }

  public int integer(String name, int quickDefault, int fullDefault) {
    return value(name).map(Integer::parseInt).orElse(quick ? quickDefault : fullDefault);
  }

  public Path out() {
    return Path.of(value("out").orElse("bench/results"));
  }

  /** The runnable app jar built by the README's build command. */
  public Path appJar() {
    return Path.of(value("app-jar").orElse("app/target/rituals.jar"));
  }
}

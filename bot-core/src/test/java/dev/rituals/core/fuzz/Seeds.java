package dev.rituals.core.fuzz;

/**
 * The seed of a fuzz run: fixed by default so the build is repeatable, another with {@code
 * -Dfuzz.seed=N} to explore; printed so a failure names what reproduces it.
 */
public final class Seeds {
  private Seeds() {}

  public static long seed(String test, long fallback) {
    String property = System.getProperty("fuzz.seed");
    long seed = property == null || property.isBlank() ? fallback : Long.parseLong(property);
    System.out.println(test + ": fuzz seed " + seed + " (rerun with -Dfuzz.seed=" + seed + ")");
    return seed;
  }
}

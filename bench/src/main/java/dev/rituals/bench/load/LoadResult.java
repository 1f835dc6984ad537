package dev.rituals.bench.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * One load phase: how many requests were answered with 2xx, how many failed (non-2xx or I/O), over
 * how long, and the latency of the successful ones in microseconds.
 */
public record LoadResult(
    String name,
    int connections,
    long ok,
    long errors,
    long unsent,
    double seconds,
    Histogram latency,
    List<Map<String, Object>> timeline) {

  public double ratePerSecond() {
    return ok / seconds;
  }

  public double p50Millis() {
    return millis(latency.getValueAtPercentile(50));
  }

  public double p99Millis() {
    return millis(latency.getValueAtPercentile(99));
  }

  public double maxMillis() {
    return millis(latency.getMaxValue());
  }

  /** For the JSON results. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("connections", connections);
    m.put("ok", ok);
    m.put("errors", errors);
    m.put("unsent", unsent);
    m.put("seconds", round(seconds));
    m.put("reqPerSecond", round(ratePerSecond()));
    m.put("p50Ms", round(p50Millis()));
    m.put("p90Ms", round(millis(latency.getValueAtPercentile(90))));
    m.put("p99Ms", round(p99Millis()));
    m.put("p999Ms", round(millis(latency.getValueAtPercentile(99.9))));
    m.put("maxMs", round(maxMillis()));
    m.put("perSecond", timeline);
    return m;
  }

  /** One line for the console. */
  public String line() {
    return String.format(
        "%-34s %8.0f req/s  p50 %7.2f ms  p99 %8.2f ms  max %8.2f ms  ok %7d  errors %d%s",
        name,
        ratePerSecond(),
        p50Millis(),
        p99Millis(),
        maxMillis(),
        ok,
        errors,
        unsent > 0 ? "  NOT SENT (server too far behind) " + unsent : "");
  }

  private static double millis(long micros) {
    return micros / 1000.0;
  }

  static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}

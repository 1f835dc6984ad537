package dev.rituals.bench.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Latency second by second (by when each request was due), to see whether a phase was slow
 * throughout or stalled once and never caught up.
 */
final class Timeline {
  private final long start;
  private final AtomicLongArray count;
  private final AtomicLongArray sum;
  private final AtomicLongArray max;

  Timeline(long startNanos, java.time.Duration length) {
    this.start = startNanos;
    int seconds = (int) length.toSeconds() + 2;
    count = new AtomicLongArray(seconds);
    sum = new AtomicLongArray(seconds);
    max = new AtomicLongArray(seconds);
  }

  void record(long dueNanos, long micros) {
    int second = (int) Math.max(0, (dueNanos - start) / 1_000_000_000L);
    if (second >= count.length()) {
      return;
    }
    count.incrementAndGet(second);
    sum.addAndGet(second, micros);
    max.accumulateAndGet(second, micros, Math::max);
  }

  List<Map<String, Object>> summary() {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int s = 0; s < count.length(); s++) {
      long n = count.get(s);
      if (n == 0) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("second", s);
      m.put("ok", n);
      m.put("meanMs", LoadResult.round(sum.get(s) / (double) n / 1000.0));
      m.put("maxMs", LoadResult.round(max.get(s) / 1000.0));
      out.add(m);
    }
    return out;
  }
}

package dev.rituals.db.quartz;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Quartz scheduler runs on the shared database.
 *
 * @param schedulerName the {@code SCHED_NAME} the rows are kept under; every node of one cluster
 *     uses the same name, and within one JVM names must be unique (Quartz registers them globally)
 * @param threadCount worker threads, i.e. how many jobs run at once on this node
 * @param clustered several nodes share the tables: row locks, trigger acquisition inside the lock,
 *     instance ids generated per node, and recovery of a dead node's jobs
 * @param misfireThreshold how late a trigger may fire before its misfire policy applies
 * @param clusterCheckinInterval how often a clustered node tells the others it is alive
 */
public record QuartzOptions(
    String schedulerName,
    int threadCount,
    boolean clustered,
    Duration misfireThreshold,
    Duration clusterCheckinInterval) {
  /** Quartz keeps the name in VARCHAR(120) columns. */
  public static final int MAX_NAME_LENGTH = 120;

  public static final int MAX_THREADS = 100;

  public QuartzOptions {
    if (schedulerName == null || schedulerName.isBlank()) {
      throw new IllegalArgumentException("scheduler name must not be blank");
    }
    if (schedulerName.length() > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException("scheduler name is longer than " + MAX_NAME_LENGTH);
    }
    if (threadCount < 1 || threadCount > MAX_THREADS) {
      throw new IllegalArgumentException("thread count must be between 1 and " + MAX_THREADS);
    }
    requirePositive(misfireThreshold, "misfire threshold");
    requirePositive(clusterCheckinInterval, "cluster check-in interval");
  }

  /** One node on its own database (the embedded H2 default). */
  public static QuartzOptions standalone(String schedulerName) {
    return new QuartzOptions(
        schedulerName, 4, false, Duration.ofMinutes(1), Duration.ofSeconds(15));
  }

  /** Several nodes on one PostgreSQL database; each occurrence fires on one of them. */
  public static QuartzOptions clustered(String schedulerName) {
    return new QuartzOptions(schedulerName, 4, true, Duration.ofMinutes(1), Duration.ofSeconds(15));
  }

  public QuartzOptions withThreadCount(int count) {
    return new QuartzOptions(
        schedulerName, count, clustered, misfireThreshold, clusterCheckinInterval);
  }

  public QuartzOptions withMisfireThreshold(Duration threshold) {
    return new QuartzOptions(
        schedulerName, threadCount, clustered, threshold, clusterCheckinInterval);
  }

  private static void requirePositive(Duration duration, String name) {
    Objects.requireNonNull(duration, name);
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}

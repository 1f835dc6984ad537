package dev.rituals.bench.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM this benchmark started (the app jar or the bare Bolt server), its output in a log file.
 * Stopped by its own process handle only: SIGTERM first (the app shuts down gracefully), then
 * SIGKILL if it has not exited in time. A shutdown hook stops it if the benchmark dies first.
 */
public final class JavaProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final Process process;
  private final Thread cleanup;
  public final long startedNanos;

  private JavaProcess(Process process, long startedNanos) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.cleanup = new Thread(process::destroyForcibly, "stop-" + process.pid());
    Runtime.getRuntime().addShutdownHook(cleanup);
  }

  /** Starts {@code java <args>} with {@code env} added to this environment. */
  public static JavaProcess start(List<String> args, Map<String, String> env, Path log)
      throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(args);
    Files.createDirectories(log.toAbsolutePath().getParent());
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(log.toFile());
    // The app reads SLACK_* and Microsoft* itself: start from a clean slate for those.
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("SLACK_") || k.startsWith("Microsoft"));
    builder.environment().putAll(env);
    long started = System.nanoTime();
    return new JavaProcess(builder.start(), started);
  }

  public long pid() {
    return process.pid();
  }

  public boolean alive() {
    return process.isAlive();
  }

  /**
   * Polls {@code GET url} until it answers 200.
   *
   * @return nanoseconds from start to the first 200, or -1 if it never came within {@code timeout}
   */
  public long awaitHttp200(String url, Duration timeout, Duration every) {
    long[] at = {-1};
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).GET().build();
    Waits.until(
        () -> {
          if (!process.isAlive()) {
            return true;
          }
          try {
            if (HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
              at[0] = System.nanoTime() - startedNanos;
              return true;
            }
          } catch (IOException e) {
            // not listening yet
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
          }
          return false;
        },
        timeout,
        every);
    return at[0];
  }

  @Override
  public void close() {
    process.destroy();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      process.destroyForcibly();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(cleanup);
    } catch (IllegalStateException shuttingDown) {
      // the hook runs anyway
    }
  }

  /** CPU time the process has used so far, in clock ticks (utime + stime of /proc/pid/stat). */
  public long cpuTicks() {
    try {
      String stat = Files.readString(Path.of("/proc", String.valueOf(pid()), "stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  /**
   * Waits until every process is idle (under a tenth of a core over half a second), so work left
   * over from one phase (events are processed after their ack) does not run during the next.
   *
   * @return how long it took, or {@code max} if they never went idle
   */
  public static Duration settle(Duration max, JavaProcess... processes) {
    long start = System.nanoTime();
    long[] before = new long[processes.length];
    for (int i = 0; i < processes.length; i++) {
      before[i] = processes[i].cpuTicks();
    }
    Waits.until(
        () -> {
          Waits.sleep(Duration.ofMillis(500));
          boolean idle = true;
          for (int i = 0; i < processes.length; i++) {
            long now = processes[i].cpuTicks();
            idle &= now - before[i] <= 5; // 5 ticks of 10 ms in 500 ms = 10% of a core
            before[i] = now;
          }
          return idle;
        },
        max,
        Duration.ZERO);
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** A port free on loopback right now (for a child that needs one on its command line). */
  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  /** The jar or classes directory this benchmark runs from (to start the bare Bolt server). */
  public static String ownClassPath() {
    try {
      return Path.of(JavaProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI())
          .toString();
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.rituals.bench;

import dev.rituals.bench.slack.AckLatencyBench;
import dev.rituals.bench.slack.FanOutBench;
import dev.rituals.bench.slack.IngestionBench;
import dev.rituals.bench.startup.StartupBench;
import dev.rituals.bench.support.Options;
import dev.rituals.bench.support.Results;
import dev.rituals.bench.teams.TeamsFanOutBench;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every benchmark by name: the built-in five in a fixed order, then any other class named {@code
 * *Bench} under {@code dev.rituals.bench} (other features add theirs, e.g. reports or pairing),
 * found in this jar at run time, so {@code bench/run} picks them up without a list to keep in step.
 *
 * <p>A discovered class needs a public {@code (Options)} constructor and a public {@code Results
 * run()}, or else a public static {@code main(String[])}. Its name is its {@code public static
 * final String NAME} if it has one, else its simple name without "Bench" in kebab case
 * (PairingBench: {@code pairing}), else, if that is taken, its package's last segment.
 */
final class Catalogue {
  private interface Runner {
    Results run(Options options, String[] args) throws Exception;
  }

  private static final Set<String> RESERVED = Set.of("report", "list", "all");
  private static final Map<String, Class<?>> BUILT_IN = new LinkedHashMap<>();

  static {
    BUILT_IN.put("ack-latency", AckLatencyBench.class);
    BUILT_IN.put("ingestion", IngestionBench.class);
    BUILT_IN.put("fanout", FanOutBench.class);
    BUILT_IN.put("teams-fanout", TeamsFanOutBench.class);
    BUILT_IN.put("startup", StartupBench.class);
  }

  private final Map<String, Class<?>> all = new LinkedHashMap<>(BUILT_IN);

  private Catalogue(Map<String, Class<?>> discovered) {
    all.putAll(discovered);
  }

  static Catalogue load() throws IOException {
    Map<String, Class<?>> found = new TreeMap<>();
    for (String className : benchClassNames()) {
      Class<?> type;
      try {
        type = Class.forName(className, false, Catalogue.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      if (BUILT_IN.containsValue(type) || runner(type) == null) {
        continue;
      }
      found.put(nameOf(type, found.keySet()), type);
    }
    return new Catalogue(found);
  }

  List<String> names() {
    return List.copyOf(all.keySet());
  }

  boolean has(String name) {
    return all.containsKey(name);
  }

  /**
   * @return the results to write, or null when the benchmark wrote its own (a {@code main} class)
   */
  Results run(String name, Options options, String[] args) throws Exception {
    try {
      return runner(all.get(name)).run(options, args);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  private static Runner runner(Class<?> type) {
    if (!Modifier.isPublic(type.getModifiers()) || Modifier.isAbstract(type.getModifiers())) {
      return null;
    }
    try {
      Constructor<?> constructor = type.getConstructor(Options.class);
      Method run = type.getMethod("run");
      if (Results.class.isAssignableFrom(run.getReturnType())) {
        return (options, args) -> (Results) run.invoke(constructor.newInstance(options));
      }
    } catch (NoSuchMethodException e) {
      // maybe a main class instead
    }
    try {
      Method main = type.getMethod("main", String[].class);
      if (Modifier.isStatic(main.getModifiers())) {
        return (options, args) -> {
          main.invoke(null, (Object) args);
          return null;
        };
      }
    } catch (NoSuchMethodException e) {
      // not a benchmark
    }
    return null;
  }

  private static String nameOf(Class<?> type, Set<String> taken) {
    try {
      if (type.getField("NAME").get(null) instanceof String name && !name.isBlank()) {
        return name;
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // no NAME constant: derive one
    }
    String simple = type.getSimpleName().replaceFirst("Bench$", "");
    String kebab = simple.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    if (!kebab.isEmpty() && !RESERVED.contains(kebab) && !isTaken(kebab, taken)) {
      return kebab;
    }
    String pkg = type.getPackageName();
    String segment = pkg.substring(pkg.lastIndexOf('.') + 1);
    return isTaken(segment, taken) || RESERVED.contains(segment) ? segment + "-" + kebab : segment;
  }

  private static boolean isTaken(String name, Set<String> taken) {
    return BUILT_IN.containsKey(name) || taken.contains(name);
  }

  /** Class names ending in "Bench" under dev/rituals/bench in the jar or directory we run from. */
  private static List<String> benchClassNames() throws IOException {
    Path home;
    try {
      home = Path.of(Catalogue.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IOException(e);
    }
    List<String> entries = new ArrayList<>();
    if (Files.isDirectory(home)) {
      try (Stream<Path> files = Files.walk(home)) {
        files.forEach(f -> entries.add(home.relativize(f).toString().replace('\\', '/')));
      }
    } else {
      try (JarFile jar = new JarFile(home.toFile())) {
        jar.stream().forEach(e -> entries.add(e.getName()));
      }
    }
    return entries.stream()
        .filter(e -> e.startsWith("dev/rituals/bench/") && e.endsWith("Bench.class"))
        .filter(e -> !e.contains("$") && !e.equals("dev/rituals/bench/Bench.class"))
        .map(e -> e.substring(0, e.length() - ".class".length()).replace('/', '.'))
        .sorted()
        .toList();
  }
}

package dev.rituals.app;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * Every log event of the process while open, at the level asked for, in memory: for tests that
 * assert what was (or was not) logged. Closing restores the previous root level.
 */
public final class LogCapture implements AutoCloseable {
  private final Logger root;
  private final Level previous;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  public LogCapture(Level level) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    previous = root.getLevel();
    root.setLevel(level);
    appender.setContext(context);
    appender.start();
    root.addAppender(appender);
  }

  public List<ILoggingEvent> events() {
    synchronized (appender) {
      return List.copyOf(appender.list);
    }
  }

  /** Events that carry an exception, or are errors: what an unhandled failure leaves behind. */
  public List<String> failures() {
    return events().stream()
        .filter(e -> e.getThrowableProxy() != null || e.getLevel().isGreaterOrEqual(Level.ERROR))
        .map(LogCapture::describe)
        .toList();
  }

  /** Each event as one line: level, logger, formatted message and any exception with causes. */
  public List<String> lines() {
    return events().stream().map(LogCapture::describe).toList();
  }

  static String describe(ILoggingEvent e) {
    StringBuilder line =
        new StringBuilder()
            .append(e.getLevel())
            .append(' ')
            .append(e.getLoggerName())
            .append(" - ")
            .append(e.getFormattedMessage());
    for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
      line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
    }
    return line.toString();
  }

  public void clear() {
    synchronized (appender) {
      appender.list.clear();
    }
  }

  @Override
  public void close() {
    root.detachAppender(appender);
    appender.stop();
    root.setLevel(previous);
  }
}

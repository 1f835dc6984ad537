package dev.rituals.core.schedule;

/** The scheduler's store refused or failed an operation (e.g. the database is unreachable). */
public class SchedulingException extends RuntimeException {
  public SchedulingException(String message, Throwable cause) {
    super(message, cause);
  }
}

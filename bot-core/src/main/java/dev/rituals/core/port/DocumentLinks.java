package dev.rituals.core.port;

import dev.rituals.core.model.UserRef;

/**
 * Hands a generated file (a PD certificate, a data export) to one person: the app keeps it briefly
 * and returns a link that only works for a while, since chat replies cannot carry binary files on
 * both platforms.
 */
public interface DocumentLinks {
  /**
   * @return a link to the file, valid for a limited time
   * @throws TooLargeException when the file is over what a download may hold; nothing is kept
   */
  String publish(UserRef owner, String fileName, String contentType, byte[] content);

  /** A file over the size a download may hold; the message is fit to show the person. */
  final class TooLargeException extends RuntimeException {
    public TooLargeException(String message) {
      super(message);
    }
  }
}

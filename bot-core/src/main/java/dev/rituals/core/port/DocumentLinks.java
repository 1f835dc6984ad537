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
   */
  String publish(UserRef owner, String fileName, String contentType, byte[] content);
}

package dev.rituals.slack.render;

import java.util.ArrayList;
import java.util.List;

/** Splits long text for Block Kit fields, preferring line breaks as cut points. */
final class Chunks {
  private Chunks() {}

  static List<String> split(String text, int max) {
    List<String> chunks = new ArrayList<>();
    String rest = text;
    while (rest.length() > max) {
      int cut = rest.lastIndexOf('\n', max);
      if (cut <= 0) {
        cut = max;
      }
      chunks.add(rest.substring(0, cut));
      rest = rest.substring(cut).stripLeading();
    }
    if (!rest.isEmpty()) {
      chunks.add(rest);
    }
    return chunks;
  }
}

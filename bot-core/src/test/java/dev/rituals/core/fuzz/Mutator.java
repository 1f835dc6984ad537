package dev.rituals.core.fuzz;

import java.util.List;
import java.util.Random;

/**
 * Turns valid commands into near-misses: characters and words inserted, dropped, swapped, repeated
 * or replaced with hostile ones (control characters, lone surrogates, quotes, RTL marks, emoji,
 * very long runs). Near-misses reach deep into a parser where random noise stops at the first word.
 */
public final class Mutator {
  private static final List<String> HOSTILE =
      List.of(
          "\"",
          "\u201c",
          "\u201d",
          "'",
          "`",
          "\\",
          "\n",
          "\r\n",
          "\t",
          "\u0000",
          "\u200f",
          "\u202e",
          "\ufeff",
          "\ud83d\ude00",
          "\ud800",
          "\udfff",
          ",",
          "..",
          "-",
          "#",
          ":",
          "*",
          "<at>Rituals</at>",
          "0",
          "-1",
          "2147483648",
          "99999999999999999999",
          "1e9",
          "NaN",
          "24:00",
          "25:61",
          "Mars/Olympus",
          "2026-02-30",
          "9999-12-31",
          "0000-01-01",
          "x".repeat(5000));

  private final Random random;

  public Mutator(Random random) {
    this.random = random;
  }

  /** One to four mutations of {@code text}. */
  public String mutate(String text) {
    String result = text;
    int times = 1 + random.nextInt(4);
    for (int i = 0; i < times; i++) {
      result = once(result);
    }
    return result;
  }

  private String once(String text) {
    int at = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
    return switch (random.nextInt(7)) {
      case 0 -> text.substring(0, at) + hostile() + text.substring(at);
      case 1 ->
          text.isEmpty()
              ? hostile()
              : text.substring(0, at)
                  + text.substring(Math.min(text.length(), at + 1 + random.nextInt(6)));
      case 2 -> text.substring(0, at) + (char) random.nextInt(0x3000) + text.substring(at);
      case 3 -> text + " " + text.substring(at);
      case 4 -> swapWords(text);
      case 5 -> text.substring(0, at);
      default -> text.substring(0, at) + " " + hostile() + " " + text.substring(at);
    };
  }

  private String hostile() {
    return HOSTILE.get(random.nextInt(HOSTILE.size()));
  }

  private String swapWords(String text) {
    String[] words = text.split(" ", -1);
    if (words.length < 2) {
      return text;
    }
    int a = random.nextInt(words.length);
    int b = random.nextInt(words.length);
    String w = words[a];
    words[a] = words[b];
    words[b] = w;
    return String.join(" ", words);
  }

  /** Any code points: printable, control characters, anything above ASCII, lone surrogates. */
  public String noise(int length) {
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        text.append((char) (32 + random.nextInt(95)));
      } else if (kind < 7) {
        text.append((char) random.nextInt(32));
      } else if (kind < 9) {
        text.appendCodePoint(random.nextInt(0x10FFFF - 0x80) + 0x80);
      } else {
        text.append((char) (0xD800 + random.nextInt(0x800)));
      }
    }
    return text.toString();
  }
}

package dev.rituals.core.service;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the web links in answers: plain URLs and Slack's {@code <https://...|label>} form. Trailing
 * punctuation that ends a sentence is not part of a link.
 */
public final class Links {
  private static final Pattern URL =
      Pattern.compile("https?://[^\\s<>|\"]+", Pattern.CASE_INSENSITIVE);
  private static final String TRAILING = ".,;:!?)]}'’”";

  private Links() {}

  /** Distinct links in the order they first appear. */
  public static List<String> in(List<String> texts) {
    Set<String> links = new LinkedHashSet<>();
    for (String text : texts) {
      Matcher m = URL.matcher(text);
      while (m.find()) {
        String link = m.group();
        while (!link.isEmpty() && TRAILING.indexOf(link.charAt(link.length() - 1)) >= 0) {
          link = link.substring(0, link.length() - 1);
        }
        if (link.length() > "https://".length()) {
          links.add(link);
        }
      }
    }
    return List.copyOf(links);
  }
}

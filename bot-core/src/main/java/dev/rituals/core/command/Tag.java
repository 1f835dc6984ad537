package dev.rituals.core.command;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A question-bank tag: one word of letters, digits, - or _, lower-cased, a leading # dropped. */
public record Tag(String value) {
  private static final Pattern FORM = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]{0,31}");

  public Tag {
    Objects.requireNonNull(value, "value");
    String v = value.strip().toLowerCase(Locale.ROOT);
    if (v.startsWith("#")) {
      v = v.substring(1);
    }
    if (!FORM.matcher(v).matches()) {
      throw new CommandSyntaxException(
          ErrorCode.BAD_TAG,
          Words.show(value)
              + " is not a tag. A tag is one word of letters, digits, - or _ (up to 32),"
              + " like assessment or grade-5.");
    }
    value = v;
  }

  /** Whether a word could be a tag, so an optional tag can be told from the next option. */
  static boolean looksLikeTag(String word) {
    String w = word.startsWith("#") ? word.substring(1) : word;
    return FORM.matcher(w.toLowerCase(Locale.ROOT)).matches();
  }

  @Override
  public String toString() {
    return value;
  }
}

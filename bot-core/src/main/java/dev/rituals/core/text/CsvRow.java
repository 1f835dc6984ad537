package dev.rituals.core.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One CSV record (RFC 4180): fields split on the separator, "quoted" fields with "" escapes. Used
 * by both imports: questions and profiles.
 */
public record CsvRow(String text, char separator) {

  public List<String> fields() {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"' && field.toString().isBlank()) {
        field.setLength(0);
        quoted = true;
      } else if (c == separator) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }

  /** Whether a record read so far ends inside a quoted field (so it goes on on the next line). */
  public static boolean openQuote(CharSequence row, char separator) {
    boolean quoted = false;
    boolean fieldStart = true;
    for (int i = 0; i < row.length(); i++) {
      char c = row.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"' && fieldStart) {
        quoted = true;
      } else if (c == separator) {
        fieldStart = true;
      } else if (!Character.isWhitespace(c)) {
        fieldStart = false;
      }
    }
    return quoted;
  }
}

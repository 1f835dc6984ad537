package dev.rituals.core.command;

import dev.rituals.core.text.CsvRow;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code questions import [tags <a,b>]} followed by the list: on the next lines (or in one quoted
 * block). Plain lists take one question per line; bullets and numbering ("- ", "• ", "3. ") are
 * dropped and trailing #hashtags become tags. A list whose first line is a header such as {@code
 * question,tags} is CSV: quoted fields may hold commas, quotes ("") and line breaks; tags in the
 * tags column are separated by spaces, semicolons or commas. Every bad line is reported, with its
 * number, in one message.
 */
final class ImportParser {
  /** Where a command of this form starts; the list is read from the raw text, not from tokens. */
  static final Pattern COMMAND =
      Pattern.compile(
          "^\\s*(?:/rituals\\s+)?questions?\\s+import(?=\\s|$)(.*)$",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  private static final int MAX_ERRORS_SHOWN = 8;
  private static final Pattern BULLET =
      Pattern.compile("^(?:[-*•·–]|\\d{1,3}[.)]|[Qq]\\d{1,3}[:.)]?)(?:\\s+|$)");
  private static final Pattern TRAILING_TAG =
      Pattern.compile("\\s+#([\\p{L}\\p{N}][\\p{L}\\p{N}_-]*)\\s*$");
  private static final Pattern HEADER =
      Pattern.compile(
          "\\s*\"?(question|questions|text)\"?\\s*(?:[,;]\\s*\"?tags?\"?\\s*)?",
          Pattern.CASE_INSENSITIVE);

  private ImportParser() {}

  static Optional<String> body(String input) {
    Matcher m = COMMAND.matcher(input);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Everything after the word "import". */
  static QuestionsImport parse(String afterImport) {
    int newline = afterImport.indexOf('\n');
    String firstLine = newline < 0 ? afterImport : afterImport.substring(0, newline);
    String list = newline < 0 ? "" : afterImport.substring(newline + 1);
    Set<Tag> common = new LinkedHashSet<>();
    String rest = firstLine.strip();
    Matcher tags = Pattern.compile("^(?i:tags?)\\s+([^\"“]*?)\\s*(?=[\"“]|$)").matcher(rest);
    if (tags.find()) {
      for (String part : tags.group(1).split("[,\\s]+")) {
        if (!part.isBlank()) {
          common.add(new Tag(part));
        }
      }
      rest = rest.substring(tags.end()).strip();
    }
    if (!rest.isEmpty()) {
      list = rest + (list.isEmpty() ? "" : "\n" + list);
    }
    list = unquoteBlock(list.strip());
    List<String> lines = List.of(list.split("\r?\n", -1));
    Lines result =
        !lines.isEmpty() && HEADER.matcher(lines.get(0)).matches() && lines.size() > 1
            ? csv(lines, common)
            : plain(lines, common);
    if (!result.errors.isEmpty()) {
      throw new CommandSyntaxException(ErrorCode.BAD_IMPORT, report(result.errors), EXAMPLE);
    }
    return new QuestionsImport(result.questions);
  }

  static final String EXAMPLE =
      "questions import tags reflection\nWhat surprised you this week?\nWhat will you try next?";

  private static final class Lines {
    final List<QuestionsImport.Line> questions = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
  }

  private static Lines plain(List<String> lines, Set<Tag> common) {
    Lines result = new Lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      Set<Tag> tags = new LinkedHashSet<>(common);
      String text = line;
      try {
        Matcher trailing;
        while ((trailing = TRAILING_TAG.matcher(text)).find()) {
          tags.add(new Tag(trailing.group(1)));
          text = text.substring(0, trailing.start()).strip();
        }
      } catch (CommandSyntaxException e) {
        result.errors.add(lineRef(i + 1, line) + e.getMessage());
        continue;
      }
      add(result, i + 1, BULLET.matcher(text).replaceFirst("").strip(), tags);
    }
    return result;
  }

  /** RFC 4180 rows: the header names the columns; a quoted field may span lines. */
  private static Lines csv(List<String> lines, Set<Tag> common) {
    Lines result = new Lines();
    char separator = lines.get(0).contains(";") && !lines.get(0).contains(",") ? ';' : ',';
    List<String> header = new CsvRow(lines.get(0), separator).fields();
    int questionColumn = 0;
    int tagsColumn = -1;
    for (int c = 0; c < header.size(); c++) {
      String name = header.get(c).strip().toLowerCase(Locale.ROOT);
      if (name.startsWith("tag")) {
        tagsColumn = c;
      } else if (name.startsWith("question") || name.equals("text")) {
        questionColumn = c;
      }
    }
    int i = 1;
    while (i < lines.size()) {
      int first = i;
      StringBuilder row = new StringBuilder(lines.get(i));
      while (CsvRow.openQuote(row, separator) && i + 1 < lines.size()) {
        row.append('\n').append(lines.get(++i));
      }
      i++;
      if (row.toString().isBlank()) {
        continue;
      }
      if (CsvRow.openQuote(row, separator)) {
        result.errors.add(lineRef(first + 1, row.toString()) + "a quote is never closed.");
        continue;
      }
      List<String> fields = new CsvRow(row.toString(), separator).fields();
      if (fields.size() > header.size()) {
        result.errors.add(
            lineRef(first + 1, row.toString())
                + "has "
                + fields.size()
                + " columns, the header "
                + header.size()
                + ". Put text with commas in \"double quotes\".");
        continue;
      }
      Set<Tag> tags = new LinkedHashSet<>(common);
      String text = questionColumn < fields.size() ? fields.get(questionColumn).strip() : "";
      try {
        if (tagsColumn >= 0 && tagsColumn < fields.size()) {
          for (String part : fields.get(tagsColumn).split("[,;|\\s]+")) {
            if (!part.isBlank()) {
              tags.add(new Tag(part));
            }
          }
        }
      } catch (CommandSyntaxException e) {
        result.errors.add(lineRef(first + 1, text) + e.getMessage());
        continue;
      }
      add(result, first + 1, text, tags);
    }
    return result;
  }

  private static void add(Lines result, int line, String text, Set<Tag> tags) {
    if (text.isEmpty()) {
      result.errors.add("Line " + line + " has no question.");
      return;
    }
    try {
      result.questions.add(new QuestionsImport.Line(line, new QuotedText(text), tags));
    } catch (CommandSyntaxException e) {
      result.errors.add(lineRef(line, text) + e.getMessage());
    }
  }

  private static String lineRef(int line, String text) {
    return "Line " + line + " (" + Words.show(text.strip()) + "): ";
  }

  /** A whole list in one pair of double quotes, for clients that send a single line. */
  private static String unquoteBlock(String list) {
    if (list.length() >= 2
        && "\"“".indexOf(list.charAt(0)) >= 0
        && "\"”".indexOf(list.charAt(list.length() - 1)) >= 0
        && list.indexOf('\n') >= 0) {
      return list.substring(1, list.length() - 1);
    }
    return list;
  }

  private static String report(List<String> errors) {
    StringBuilder text =
        new StringBuilder("Nothing was imported: ")
            .append(errors.size())
            .append(errors.size() == 1 ? " line needs" : " lines need")
            .append(" fixing first.");
    errors.stream().limit(MAX_ERRORS_SHOWN).forEach(e -> text.append("\n• ").append(e));
    if (errors.size() > MAX_ERRORS_SHOWN) {
      text.append("\n• …and ").append(errors.size() - MAX_ERRORS_SHOWN).append(" more.");
    }
    return text.toString();
  }
}

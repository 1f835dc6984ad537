package dev.rituals.core.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Walks the tokens of one parse. Remembers which command form is being read, so any error can come
 * with that form's example. One cursor per parse: the parser itself keeps no state.
 */
final class TokenCursor {
  private final List<Token> tokens;
  private int index;
  private Usage usage = Usage.HELP;

  TokenCursor(List<Token> tokens) {
    this.tokens = List.copyOf(tokens);
  }

  Usage usage() {
    return usage;
  }

  void usage(Usage usage) {
    this.usage = usage;
  }

  boolean hasNext() {
    return index < tokens.size();
  }

  /** The next token without consuming it, or null at the end. */
  Token peek() {
    return hasNext() ? tokens.get(index) : null;
  }

  Token next() {
    if (!hasNext()) {
      throw new IllegalStateException("no more tokens; check hasNext() first");
    }
    return tokens.get(index++);
  }

  void back() {
    index--;
  }

  boolean nextIs(String... keywords) {
    Token next = peek();
    if (next != null) {
      for (String keyword : keywords) {
        if (next.is(keyword)) {
          return true;
        }
      }
    }
    return false;
  }

  boolean consumeIf(String... keywords) {
    if (nextIs(keywords)) {
      index++;
      return true;
    }
    return false;
  }

  /** The next token, or an error naming the word after which {@code what} is missing. */
  Token require(String what) {
    if (!hasNext()) {
      throw new CommandSyntaxException(
          ErrorCode.MISSING_ARGUMENT, "Missing " + what + " after " + previousWord() + ".");
    }
    return next();
  }

  void expectEnd() {
    if (hasNext()) {
      throw unexpected(peek(), "");
    }
  }

  CommandSyntaxException unexpected(Token token, String hint) {
    return new CommandSyntaxException(
        ErrorCode.UNEXPECTED_WORD,
        Words.show(token.text())
            + " was not expected here. "
            + (hint.isEmpty() ? "" : hint + " ")
            + "Usage: "
            + usage.syntax());
  }

  /**
   * Free text: one quoted token, or bare words up to the next keyword, so that {@code community
   * create Grade 5 Science tz Europe/Paris} works without quotes.
   */
  QuotedText text(String what, Set<String> stopWords) {
    Token first = require(what);
    if (first.quoted()) {
      return new QuotedText(first.text());
    }
    if (stopWords.contains(first.lower())) {
      back();
      throw new CommandSyntaxException(
          ErrorCode.MISSING_ARGUMENT,
          "Missing " + what + " before " + Words.show(first.text()) + ".");
    }
    List<String> words = new ArrayList<>(List.of(first.text()));
    while (hasNext() && !peek().quoted() && !stopWords.contains(peek().lower())) {
      words.add(next().text());
    }
    return new QuotedText(String.join(" ", words));
  }

  private String previousWord() {
    return index == 0 ? "the command" : Words.show(tokens.get(index - 1).text());
  }
}

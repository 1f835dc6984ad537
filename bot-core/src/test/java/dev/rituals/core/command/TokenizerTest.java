package dev.rituals.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  @Test
  void splitsOnAnyWhitespaceIncludingNonBreakingSpacesAndControlCharacters() {
    assertThat(Tokenizer.tokenize("  schedule\t\tlist\u00a0now\u0000x\n"))
        .containsExactly(
            Token.word("schedule"), Token.word("list"), Token.word("now"), Token.word("x"));
  }

  @Test
  void straightAndSmartDoubleQuotesMakeOneToken() {
    assertThat(Tokenizer.tokenize("ask \"a b\" “c d” „e f“ «g h»"))
        .containsExactly(
            Token.word("ask"),
            new Token("a b", true),
            new Token("c d", true),
            new Token("e f", true),
            new Token("g h", true));
  }

  @Test
  void smartSingleQuotesQuoteButApostrophesInsideWordsStayApostrophes() {
    assertThat(Tokenizer.tokenize("‘What’s new?’ don’t"))
        .containsExactly(new Token("What’s new?", true), Token.word("don’t"));
  }

  @Test
  void backslashEscapesAQuoteInsideQuotes() {
    assertThat(Tokenizer.tokenize("\"say \\\"hi\\\" \\\\ now\""))
        .containsExactly(new Token("say \"hi\" \\ now", true));
  }

  @Test
  void emptyQuotesAreAnEmptyQuotedToken() {
    assertThat(Tokenizer.tokenize("\"\"")).containsExactly(new Token("", true));
  }

  @Test
  void unclosedQuoteIsASyntaxErrorNamingTheStartOfTheText() {
    assertThatThrownBy(() -> Tokenizer.tokenize("ask now \"What did you"))
        .isInstanceOf(CommandSyntaxException.class)
        .hasMessageContaining("\"\"What did you\"");
  }

  @Test
  void emojiAndOtherScriptsPassThroughUntouched() {
    assertThat(Tokenizer.tokenize("ask now “¿Qué tal? 🎉 日本”"))
        .containsExactly(Token.word("ask"), Token.word("now"), new Token("¿Qué tal? 🎉 日本", true));
  }

  @Test
  void emptyInputHasNoTokens() {
    assertThat(Tokenizer.tokenize(" \n\t ")).isEqualTo(List.of());
  }
}
